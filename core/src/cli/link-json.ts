import type { LinkJson } from '../sheet/link-report.ts';

/**
 * `ta-check link --format json`, written out in pieces: byte for byte `JSON.stringify(json, null, 2)` and a
 * line end (the contract's bytes), without the one string of tens of megabytes that a large ledger's report
 * is. Each piece is a run of a section's items as JSON.stringify indents them inside the whole document.
 */

/** Items per piece: a few hundred kilobytes of text. */
const ITEMS_PER_PIECE = 100;

type Section = 'proposals' | 'unmatched' | 'intended' | 'orders';

/** Writes the report as `JSON.stringify(json, null, 2) + '\n'` would, in pieces, waiting on each write. */
export async function writeLinkJson(
  json: LinkJson,
  write: (text: string) => void | Promise<void>,
): Promise<void> {
  let open = '{';
  for (const key of ['proposals', 'unmatched', 'intended', 'orders'] as const satisfies Section[]) {
    const items: readonly unknown[] = json[key];
    if (items.length === 0) {
      open += `\n  "${key}": [],`;
      continue;
    }
    await write(`${open}\n  "${key}": [\n`);
    // {"key": items} as JSON.stringify indents it: the items are at their depth in the document.
    const head = `{\n  "${key}": [\n`.length;
    const tail = '\n  ]\n}'.length;
    for (let i = 0; i < items.length; i += ITEMS_PER_PIECE) {
      const piece = JSON.stringify({ [key]: items.slice(i, i + ITEMS_PER_PIECE) }, null, 2);
      await write(`${i === 0 ? '' : ',\n'}${piece.slice(head, piece.length - tail)}`);
    }
    open = '\n  ],';
  }
  const summary = JSON.stringify({ summary: json.summary }, null, 2);
  await write(`${open}${summary.slice(1)}\n`);
}
