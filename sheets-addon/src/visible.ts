/**
 * Text from a sheet shown back to people (the add-on's notes, Findings column, TA_CHECK and the sidebar)
 * with the characters that act instead of showing written visibly: C0/C1 control characters and DEL as
 * `\x1b`, direction controls, zero-width characters and the BOM as `U+202E`. A cell holding `ESC[31m` or a
 * right-to-left override then cannot recolour, reorder or hide what the add-on says about it.
 * Line breaks and tabs stay (messages and notes are multi-line on purpose).
 */
function isHidden(code: number): boolean {
  if (code < 0x20) return code !== 0x09 && code !== 0x0a;
  if (code < 0x7f) return false;
  return (
    code <= 0x9f || // DEL and the C1 controls (0x9b is a CSI on some terminals)
    code === 0xad || // soft hyphen
    code === 0x061c || // Arabic letter mark
    code === 0x180e || // Mongolian vowel separator
    (code >= 0x200b && code <= 0x200f) || // zero-width space/joiners, LRM, RLM
    (code >= 0x202a && code <= 0x202e) || // bidi embeddings and overrides
    (code >= 0x2060 && code <= 0x2064) || // word joiner, invisible operators
    (code >= 0x2066 && code <= 0x206f) || // bidi isolates, deprecated format characters
    code === 0xfeff || // BOM / zero-width no-break space
    (code >= 0xfff9 && code <= 0xfffb) // interlinear annotation
  );
}

function shown(code: number): string {
  if (code < 0x100) return `\\x${code.toString(16).padStart(2, '0')}`;
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

export function visible(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isHidden(code)) continue;
    out += text.slice(from, i) + shown(code);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}
