import { describe, expect, it } from 'vitest';
import { writeLinkJson } from '../../src/cli/link-json.ts';
import { linkSheets } from '../../src/sheet/link-report.ts';
import { readSheetFile } from '../../src/sheet/read-file.ts';

const sheet = (path: string) => readSheetFile(new URL(`../../../${path}`, import.meta.url).pathname);

async function written(json: Parameters<typeof writeLinkJson>[0]): Promise<string[]> {
  const chunks: string[] = [];
  await writeLinkJson(json, async (text) => {
    chunks.push(text);
  });
  return chunks;
}

describe('the streamed link report (--format json)', () => {
  it('is JSON.stringify(report, null, 2) byte for byte: proposals, candidates, intended links, order findings', async () => {
    const { json } = linkSheets(
      await sheet('examples/link-orders.csv'),
      await sheet('examples/receipts.csv'),
      {},
      '2026-11-20',
    );
    // the example sheets have every part of the report, so each renderer is compared
    expect(json.proposals.length).toBeGreaterThan(0);
    expect(json.unmatched.some((u) => u.candidates.some((c) => c.findings.length > 0))).toBe(true);
    expect(json.unmatched.some((u) => u.candidates.length === 0)).toBe(true);
    expect(json.intended.length).toBeGreaterThan(0);
    expect(json.orders.some((o) => o.findings.length > 0)).toBe(true);
    expect((await written(json)).join('')).toBe(`${JSON.stringify(json, null, 2)}\n`);
  });

  it('writes a large report in chunks, and empty sections as []', async () => {
    const { json } = linkSheets(
      await sheet('examples/link-orders.csv'),
      await sheet('examples/receipts.csv'),
      {},
      '2026-11-20',
    );
    const large = { ...json, proposals: Array.from({ length: 200 }, () => json.proposals).flat() };
    const chunks = await written(large);
    expect(chunks.length).toBeGreaterThan(3);
    expect(chunks.join('')).toBe(`${JSON.stringify(large, null, 2)}\n`);
    const empty = { ...json, proposals: [], unmatched: [], intended: [], orders: [] };
    expect((await written(empty)).join('')).toBe(`${JSON.stringify(empty, null, 2)}\n`);
  });
});
