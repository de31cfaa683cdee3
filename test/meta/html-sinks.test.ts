/**
 * No data reaches an HTML parser: anywhere in the repository's source, `innerHTML =`, `outerHTML =` and
 * `insertAdjacentHTML(…)` may only take a string literal written in the code (test fixtures), never a value
 * built from data; `dangerouslySetInnerHTML` and `document.write` are not used at all. UI is rendered with
 * Preact (which escapes) or built with DOM calls.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
// Build output and installed packages are not the repository's source.
const SKIP = new Set([
  'node_modules',
  'dist',
  '.output',
  '.output-test',
  '.wxt',
  'artifacts',
  '.git',
  'test-results',
]);
const SOURCE = /\.(ts|tsx|js|jsx|mjs|cjs|html|vue)$/;

function* sources(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sources(path);
    else if (SOURCE.test(entry.name)) yield path;
  }
}

/** A whole-string literal with nothing interpolated: '…', "…" or `…` without ${. */
const LITERAL = /^\s*(?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`(?:[^`\\$]|\\.|\$(?!\{))*`)\s*[;,)]?\s*$/;

const SINKS: { name: string; pattern: RegExp; literalAllowed: boolean }[] = [
  {
    name: 'innerHTML/outerHTML assignment',
    pattern: /\.(?:inner|outer)HTML\s*\+?=(?!=)([^\n]*)/g,
    literalAllowed: true,
  },
  {
    name: 'insertAdjacentHTML',
    pattern: /\.insertAdjacentHTML\s*\(\s*[^,]+,([^\n]*)/g,
    literalAllowed: true,
  },
  { name: 'dangerouslySetInnerHTML', pattern: /dangerouslySetInnerHTML()/g, literalAllowed: false },
  { name: 'document.write', pattern: /document\.write(?:ln)?\s*\(()/g, literalAllowed: false },
];

/** The HTML sinks of a source text fed with anything but a literal, as "line: code". */
export function unsafeSinks(text: string): string[] {
  const found: string[] = [];
  for (const sink of SINKS) {
    for (const m of text.matchAll(sink.pattern)) {
      const argument = (m[1] ?? '').replace(/\)\s*;?\s*$/, '');
      if (sink.literalAllowed && LITERAL.test(argument)) continue;
      const line = text.slice(0, m.index).split('\n').length;
      found.push(`${line}: ${m[0].trim()}`);
    }
  }
  return found;
}

describe('HTML sinks', () => {
  it('take no data anywhere in the repository', () => {
    const self = relative(root, import.meta.filename);
    const offenders: string[] = [];
    let files = 0;
    for (const path of sources(root)) {
      const rel = relative(root, path);
      if (rel === self) continue;
      files++;
      for (const hit of unsafeSinks(readFileSync(path, 'utf8'))) offenders.push(`${rel}:${hit}`);
    }
    expect(files).toBeGreaterThan(100);
    expect(offenders).toEqual([]);
  });

  it('are found when fed data, and a literal written in the code passes', () => {
    expect(unsafeSinks('box.innerHTML = resultsHtml(r);')).toEqual(['1: .innerHTML = resultsHtml(r);']);
    expect(unsafeSinks(['el.innerHTML += `<p>$', '{name}</p>`;'].join(''))).toHaveLength(1);
    expect(unsafeSinks('x.outerHTML = html')).toHaveLength(1);
    expect(unsafeSinks("document.body.insertAdjacentHTML('beforeend', row);")).toHaveLength(1);
    expect(unsafeSinks('<div dangerouslySetInnerHTML={{ __html: s }} />')).toHaveLength(1);
    expect(unsafeSinks('document.write(s)')).toHaveLength(1);
    expect(unsafeSinks("document.body.insertAdjacentHTML('beforeend', '<p id=\"x\">订单列表</p>');")).toEqual(
      [],
    );
    expect(unsafeSinks("root.innerHTML = '';")).toEqual([]);
    expect(unsafeSinks('expect(root.innerHTML).toBe("<p>a</p>");')).toEqual([]);
  });
});
