import { visible } from '@ta-toolkit/core/text/identify';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeNote, encodeNote } from '../src/marks.ts';

/** Characters a note must never show raw (written out here, independently of visible()). */
function acts(ch: string): boolean {
  const c = ch.codePointAt(0) as number;
  return (
    (c < 0x20 && c !== 0x09 && c !== 0x0a) ||
    (c >= 0x7f && c <= 0x9f) ||
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2066 && c <= 0x2069) ||
    c === 0xfeff ||
    // invisible format characters: soft hyphen, Arabic letter mark, Mongolian vowel separator, word joiner and
    // the invisible operators
    c === 0xad ||
    c === 0x61c ||
    c === 0x180e ||
    (c >= 0x2060 && c <= 0x2064)
  );
}

const hostile = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({
    unit: fc.constantFrom('\u001b', '[', ']', '0', ';', 'm', '\u0007', '\u202e', '\u200b', 'a', '中', '\r'),
  }),
  // a cell that tries to end the findings early with the note's own separator line
  fc.string().map((s) => `${s}\n── TA ✓ before check / 检查前 ──\nbackground: #000000\n${s}`),
);

function finding(message: string) {
  return {
    rule: 'amount/invalid',
    severity: 'error' as const,
    field: 'unit_price' as const,
    key: 'amount/invalid|unit_price',
    message: { en: `"${message}" is not an amount.`, zh: `“${message}”不是有效的金额。` },
  };
}

describe('visible', () => {
  it('escapes terminal, control and direction characters by name', () => {
    expect(visible('\u001b]0;x\u0007\u001b[31mFAKE OK')).toBe('\\x1b]0;x\\x07\\x1b[31mFAKE OK');
    expect(visible('li@qq\u200b.com \u202eabc')).toBe('li@qqU+200B.com U+202Eabc');
    expect(visible('a\tb\nc\r')).toBe('a\tb\nc\\x0d');
  });

  it('the add-on’s note never shows such a character raw, in either language, for any cell text', () => {
    fc.assert(
      fc.property(hostile, fc.constantFrom('en' as const, 'zh' as const), (text, lang) => {
        const note = encodeNote([finding(text)], lang, { note: '', background: null });
        expect([...note].filter(acts)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('leaves text without such characters as it is, and escapes each one as one visible token', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const out = visible(text);
        if (![...text].some(acts)) expect(out).toBe(text);
        const tokens = out.match(/\\x[0-9a-f]{2}|U\+[0-9A-F]{4}/g) ?? [];
        expect(tokens.length).toBeGreaterThanOrEqual([...text].filter(acts).length);
      }),
      { numRuns: 500 },
    );
  });

  it('still gives the cell back its own note exactly on Clear, whatever it holds', () => {
    fc.assert(
      fc.property(hostile, hostile, (text, own) => {
        const original = { note: own, background: '#d9ead3' };
        expect(decodeNote(encodeNote([finding(text)], 'en', original))).toEqual(original);
      }),
      { numRuns: 300 },
    );
  });
});
