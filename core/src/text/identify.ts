/**
 * Text from a sheet or a page is data, never control. Two jobs, one table of characters:
 *
 * - `identifying(text)`: the one normalisation for text that names something (an email, a country, a method,
 *   a mode, a reference): NFKC, trimmed, with invisible and direction characters removed and reported
 *   (chat apps paste U+200B into addresses; a bidi override reverses what follows it).
 * - `visible(text)`: how such characters are shown to people — escaped (`\x1b`, `U+202E`), never raw —
 *   so a cell cannot retitle a terminal, colour a report or reverse a line.
 */

/** Zero-width, joiner, word-joiner, BOM, soft hyphen, Mongolian vowel separator: render as nothing. */
const INVISIBLE = /[\u00ad\u180e\u200b-\u200d\u2060-\u2064\ufeff]/;
/** Direction marks, embeddings, overrides and isolates. */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
/** Spaces that look like a space but are not one (inside a value they split what looks whole). */
const ODD_SPACE = /[\u00a0\u2007\u202f]/;
const HIDDEN = new RegExp(`${INVISIBLE.source}|${BIDI.source}|${ODD_SPACE.source}`, 'g');
/** C0 and C1 controls (ESC, BEL, CR …) other than tab and newline, and DEL. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const UNSAFE = new RegExp(`${CONTROL.source}|${INVISIBLE.source}|${BIDI.source}`, 'g');

/** A character found where it should not be: its code point (`U+200B`) and its 1-based position. */
export interface HiddenCharacter {
  char: string;
  position: number;
}

export interface Identifying {
  /** NFKC, trimmed, hidden characters removed: what lookups use. */
  text: string;
  /** The first hidden character of the original text, if any. */
  hidden: HiddenCharacter | null;
}

/** U+200B */
export function codePoint(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

function isPlain(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 || c > 126) return false;
  }
  return true;
}

/** The one normalisation for identifying text (see the top of this file). */
export function identifying(raw: string): Identifying {
  if (isPlain(raw)) return { text: raw.trim(), hidden: null };
  const trimmed = raw.trim();
  let hidden: HiddenCharacter | null = null;
  HIDDEN.lastIndex = 0;
  for (let m = HIDDEN.exec(trimmed); m !== null; m = HIDDEN.exec(trimmed)) {
    // A non-breaking space between words ("New York") is only a space; inside a token it hides a break.
    const char = m[0];
    const isSpace = ODD_SPACE.test(char);
    const before = trimmed[m.index - 1] ?? ' ';
    const after = trimmed[m.index + 1] ?? ' ';
    if (isSpace && (/\s/.test(before) || /\s/.test(after) || !/[@.]/.test(trimmed))) continue;
    hidden = { char: codePoint(char), position: [...trimmed.slice(0, m.index)].length + 1 };
    break;
  }
  const text = trimmed
    .replace(HIDDEN, (c) => (ODD_SPACE.test(c) ? ' ' : ''))
    .normalize('NFKC')
    .trim();
  return { text, hidden };
}

/** True when `text` holds a character `visible` would escape. */
export function hasUnsafe(text: string): boolean {
  if (isPlain(text)) return false;
  UNSAFE.lastIndex = 0;
  return UNSAFE.test(text);
}

/**
 * Text as people may safely see it: control characters as `\x1b`-style escapes, invisible and direction
 * characters as `U+202E`. Everything else is kept as typed (Chinese, emoji, spaces).
 */
export function visible(text: string): string {
  if (!hasUnsafe(text)) return text;
  return text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x20 || (code >= 0x7f && code <= 0x9f)
      ? `\\x${code.toString(16).padStart(2, '0')}`
      : codePoint(c);
  });
}
