import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { openSheet, type SheetRow } from '../../src/sheet/open-sheet.ts';

const dir = mkdtempSync(join(tmpdir(), 'rows-property-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A remark as people damage them: raw quotes and commas, CJK, or a well-quoted field with line breaks. */
const remark = fc.oneof(
  fc.string({ unit: fc.constantFrom('a', ' ', '"', ',', '中', '1', "'"), maxLength: 12 }),
  fc
    .string({ unit: fc.constantFrom('a', ' ', '\n', ',', '"', '中'), maxLength: 12 })
    .map((s) => `"${s.replaceAll('"', '""')}"`),
);

describe('every data row is read exactly once, whatever the damage', () => {
  it('CSV: each order line is one row, named once, in order, with the rows numbered without gaps', async () => {
    let file = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(remark, { minLength: 1, maxLength: 25 }), async (remarks) => {
        const path = join(dir, `sheet-${file++}.csv`);
        const lines = remarks.map((r, i) => `R${i + 1},TA,${r}`);
        writeFileSync(path, `order_ref,order_type,remark\n${lines.join('\n')}\n`);
        const rows: SheetRow[] = [];
        for await (const batch of (await openSheet(path)).rows())
          rows.push(...batch.filter((r) => r.kind !== 'header'));
        expect(rows.map((r) => r.row)).toEqual(rows.map((_, i) => i + 2));
        const refs = rows.map((r) => r.cells[0]).filter((ref) => /^R\d+$/.test(ref as string));
        expect(refs).toEqual(remarks.map((_, i) => `R${i + 1}`));
      }),
      { numRuns: 150 },
    );
  });
});
