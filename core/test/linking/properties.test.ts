import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LINK_OPTIONS, proposeLinks } from '../../src/linking/engine.ts';
import type { LinkOrder, LinkReceipt, LinkResult, Reading } from '../../src/linking/types.ts';
import { generateLedger } from './ledger.ts';

/** Small ledgers from the generator, each with its seed, so a failure names a reproducible ledger. */
const ledgers = fc
  .record({ seed: fc.integer({ min: 1, max: 2 ** 30 }), buyers: fc.integer({ min: 3, max: 25 }) })
  .map(({ seed, buyers }) => generateLedger({ seed, buyers, noise: 0.2 }));

/** Proposals keyed by receipt row, orders named by row: independent of the input arrays' order. */
function canonical(result: LinkResult, orders: readonly LinkOrder[], receipts: readonly LinkReceipt[]) {
  const describe = (r: Reading) => ({
    links: r.links.map((l) => `${orders[l.order]?.row}:${l.part}:${l.amount.minor}`),
    shortfall: r.shortfall.minor,
    unlinked: r.unlinked.minor,
    confidence: r.confidence,
    reasons: r.reasons.map((x) => `${x.code}:${x.message.en}`),
  });
  const out: Record<number, unknown> = {};
  for (const p of result.proposals) out[receipts[p.receipt]?.row ?? -1] = describe(p.reading);
  for (const u of result.unmatched)
    out[receipts[u.receipt]?.row ?? -1] = { why: u.why.en, candidates: u.candidates.map(describe) };
  return out;
}

function shuffled<T>(list: readonly T[], keys: readonly number[]): T[] {
  return list
    .map((item, i) => ({ item, key: keys[i % keys.length] ?? 0, i }))
    .sort((a, b) => a.key - b.key || a.i - b.i)
    .map((x) => x.item);
}

describe('fund-linking properties', () => {
  it('links only positive amounts, in proposals and in every candidate', () => {
    fc.assert(
      fc.property(ledgers, ({ orders, receipts }) => {
        const result = proposeLinks(orders, receipts);
        const readings = [
          ...result.proposals.map((p) => p.reading),
          ...result.unmatched.flatMap((u) => u.candidates),
        ];
        for (const r of readings) for (const link of r.links) expect(link.amount.minor).toBeGreaterThan(0);
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it('never links more than is outstanding on a part, taking receipts in received order', () => {
    fc.assert(
      fc.property(ledgers, ({ orders, receipts }) => {
        const result = proposeLinks(orders, receipts);
        const due = new Map<string, number>();
        orders.forEach((o, i) => {
          if (o.advance) due.set(`${i}:advance`, o.advance.amount.minor - o.advance.paid.minor);
          if (o.balance) due.set(`${i}:balance`, o.balance.amount.minor - o.balance.paid.minor);
        });
        const byReceipt = new Map(result.proposals.map((p) => [p.receipt, p.reading]));
        const sequence = [...receipts.keys()].sort(
          (a, b) => (receipts[a]?.receivedAt ?? 0) - (receipts[b]?.receivedAt ?? 0) || a - b,
        );
        for (const r of sequence) {
          const reading = byReceipt.get(r);
          if (!reading) continue;
          reading.links.forEach((link, k) => {
            const key = `${link.order}:${link.part}`;
            const left = (due.get(key) ?? 0) - link.amount.minor;
            expect(left).toBeGreaterThanOrEqual(0);
            // the accepted shortfall settles the last part it pays
            const settled = k === reading.links.length - 1 ? left - reading.shortfall.minor : left;
            due.set(key, Math.max(0, settled));
          });
        }
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it('adds up exactly: links + unlinked rest = the receipt less what was linked; a shortfall only within the tolerance', () => {
    const tolerance = DEFAULT_LINK_OPTIONS.bankFeeTolerance.USD?.minor ?? 0;
    fc.assert(
      fc.property(ledgers, ({ orders, receipts }) => {
        for (const p of proposeLinks(orders, receipts).proposals) {
          const receipt = receipts[p.receipt] as LinkReceipt;
          const { links, shortfall, unlinked } = p.reading;
          const linked = links.reduce((sum, l) => sum + l.amount.minor, 0);
          expect(linked + unlinked.minor).toBe(receipt.amount.minor - receipt.linked.minor);
          expect(
            links.every((l) => l.amount.minor > 0 && l.amount.currency === receipt.amount.currency),
          ).toBe(true);
          expect(shortfall.minor).toBeGreaterThanOrEqual(0);
          if (receipt.amount.currency === 'USD') expect(shortfall.minor).toBeLessThanOrEqual(tolerance);
          else expect(shortfall.minor).toBe(0);
          if (shortfall.minor > 0) expect(unlinked.minor).toBe(0);
          expect(p.reading.confidence).toBeGreaterThanOrEqual(0);
          expect(p.reading.confidence).toBeLessThanOrEqual(1);
          expect(Math.round(p.reading.confidence * 100) / 100).toBe(p.reading.confidence);
        }
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it('gives the same proposals whatever the order of the receipts and of the orders', () => {
    fc.assert(
      fc.property(
        ledgers,
        fc.array(fc.integer(), { minLength: 1, maxLength: 50 }),
        fc.array(fc.integer(), { minLength: 1, maxLength: 50 }),
        ({ orders, receipts }, orderKeys, receiptKeys) => {
          const before = canonical(proposeLinks(orders, receipts), orders, receipts);
          const orders2 = shuffled(orders, orderKeys);
          const receipts2 = shuffled(receipts, receiptKeys);
          const after = canonical(proposeLinks(orders2, receipts2), orders2, receipts2);
          expect(after).toEqual(before);
        },
      ),
      { numRuns: 30 },
    );
  }, 120_000);

  it('gives the same proposals when the receipts sheet is sorted otherwise (rows renumbered, days without times)', () => {
    /** Proposals keyed by receipt reference: the rows themselves change. */
    const byRef = (result: LinkResult, receipts: readonly LinkReceipt[]) =>
      Object.fromEntries([
        ...result.proposals.map((p) => [
          receipts[p.receipt]?.ref,
          p.reading.links.map((l) => `${l.order}:${l.part}:${l.amount.minor}`).join(' '),
        ]),
        ...result.unmatched.map((u) => [receipts[u.receipt]?.ref, u.why.en]),
      ]);
    fc.assert(
      fc.property(
        ledgers,
        fc.array(fc.integer(), { minLength: 1, maxLength: 50 }),
        ({ orders, receipts }, keys) => {
          // a statement that gives the day only: many receipts share their moment
          const dayOnly = receipts.map((r) => ({
            ...r,
            receivedAt: r.receivedAt === null ? null : r.receivedAt - (r.receivedAt % 86_400_000),
          }));
          const resorted = shuffled(dayOnly, keys).map((r, i) => ({ ...r, row: i + 2 }));
          expect(byRef(proposeLinks(orders, resorted), resorted)).toEqual(
            byRef(proposeLinks(orders, dayOnly), dayOnly),
          );
        },
      ),
      { numRuns: 30 },
    );
  }, 120_000);
});
