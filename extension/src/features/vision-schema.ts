/**
 * The order detail embeds its data as `window.VISION_SCHEMA = {…}` in an inline script. A content script
 * lives in an isolated world and cannot read the page's variables (and no script is run in the page's
 * world): the object is cut out of the script's text and parsed as JSON. Never throws.
 */

const ASSIGNMENT = /\bVISION_SCHEMA\s*=\s*/;

/** The end index of the {…} or […] starting at `start`, strings and escapes respected; -1 if unbalanced. */
function closing(text: string, start: number): number {
  let depth = 0;
  let quote: string | null = null;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

export function readVisionSchema(doc: Document): unknown {
  for (const script of doc.querySelectorAll('script:not([src])')) {
    const text = script.textContent ?? '';
    const m = ASSIGNMENT.exec(text);
    if (!m) continue;
    const start = m.index + m[0].length;
    if (text[start] !== '{') continue;
    const end = closing(text, start);
    if (end < 0) continue;
    try {
      return JSON.parse(text.slice(start, end + 1));
    } catch {
      // not JSON (an object literal with unquoted keys): not readable without running it
    }
  }
  return null;
}

/** The first value under `key` anywhere in `node` (depth-first). */
export function findKey(node: unknown, key: string): unknown {
  if (!node || typeof node !== 'object') return undefined;
  const o = node as Record<string, unknown>;
  if (key in o) return o[key];
  for (const v of Object.values(o)) {
    const hit = findKey(v, key);
    if (hit !== undefined) return hit;
  }
  return undefined;
}

/** Every { label, value } field under `node` whose label matches `label`: its value as text. */
export function fieldValue(node: unknown, label: RegExp): string | null {
  if (!node || typeof node !== 'object') return null;
  const o = node as Record<string, unknown>;
  if (
    typeof o.label === 'string' &&
    label.test(o.label) &&
    (typeof o.value === 'string' || typeof o.value === 'number')
  )
    return String(o.value);
  for (const v of Object.values(o)) {
    const hit = fieldValue(v, label);
    if (hit !== null) return hit;
  }
  return null;
}
