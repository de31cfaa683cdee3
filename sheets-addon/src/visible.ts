/**
 * Text from a sheet shown back to people (the add-on's notes, Findings column and sidebar) with the
 * characters that act instead of showing written visibly: C0/C1 control characters and DEL as `\x1b`,
 * direction controls, zero-width characters and the BOM as `U+202E`. A cell holding `ESC[31m` or a
 * right-to-left override then cannot recolour, reorder or hide what the add-on says about it.
 * Line breaks and tabs stay (messages and notes are multi-line on purpose).
 */
const HIDDEN =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]/g;

function escape(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x100) return `\\x${code.toString(16).padStart(2, '0')}`;
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

export function visible(text: string): string {
  return text.replace(HIDDEN, escape);
}

