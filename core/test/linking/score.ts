import { proposeLinks } from '../../src/linking/engine.ts';
import type { LinkOptions } from '../../src/linking/types.ts';
import type { Ledger } from './ledger.ts';

export interface Figures {
  receipts: number;
  real: number;
  proposed: number;
  correct: number;
  noiseProposed: number;
  overOutstanding: number;
  precision: number;
  recall: number;
}

export interface Score extends Figures {
  /** The same figures restricted to the receipts carrying each label. */
  byLabel: Record<string, Figures>;
}

/**
 * Runs the engine on a ledger and scores it against the truth: a proposal is correct when it links the
 * receipt to exactly the orders' parts it was meant for. Also counts links above what was outstanding
 * (replaying the proposals in the engine's own order).
 */
export function scoreLedger(ledger: Ledger, options?: LinkOptions): Score {
  const result = proposeLinks(ledger.orders, ledger.receipts, options);
  const proposalOf = new Map(result.proposals.map((p) => [p.receipt, p.reading]));
  const outstanding = new Map<string, number>();
  for (const [o, order] of ledger.orders.entries())
    for (const part of ['advance', 'balance'] as const) {
      const p = order[part];
      if (p) outstanding.set(`${o}:${part}`, p.amount.minor - p.paid.minor);
    }
  let overOutstanding = 0;
  const sequence = [...ledger.receipts.keys()].sort(
    (a, b) => (ledger.receipts[a]?.receivedAt ?? 0) - (ledger.receipts[b]?.receivedAt ?? 0) || a - b,
  );
  for (const r of sequence) {
    for (const link of proposalOf.get(r)?.links ?? []) {
      const key = `${link.order}:${link.part}`;
      const left = (outstanding.get(key) ?? 0) - link.amount.minor;
      if (left < 0) overOutstanding++;
      outstanding.set(key, left);
    }
  }
  const tally = new Map<string, Figures>();
  const bump = (label: string, f: (x: Figures) => void) => {
    const x = tally.get(label) ?? empty();
    tally.set(label, x);
    f(x);
  };
  ledger.receipts.forEach((_receipt, r) => {
    const truth = ledger.truth[r];
    if (!truth) return;
    const reading = proposalOf.get(r);
    const real = truth.links.length > 0;
    const correct =
      reading !== undefined &&
      real &&
      sameSet(
        reading.links.map((l) => `${l.order}:${l.part}`),
        truth.links.map((l) => `${l.order}:${l.part}`),
      );
    for (const label of ['all', ...truth.labels])
      bump(label, (x) => {
        x.receipts++;
        if (real) x.real++;
        if (reading) x.proposed++;
        if (correct) x.correct++;
        if (reading && !real) x.noiseProposed++;
      });
  });
  const all = tally.get('all') ?? empty();
  all.overOutstanding = overOutstanding;
  const byLabel: Record<string, Figures> = {};
  for (const [label, x] of [...tally.entries()].sort(([a], [b]) => (a < b ? -1 : 1)))
    byLabel[label] = finish(x);
  return { ...finish(all), byLabel };
}

function empty(): Figures {
  return {
    receipts: 0,
    real: 0,
    proposed: 0,
    correct: 0,
    noiseProposed: 0,
    overOutstanding: 0,
    precision: 1,
    recall: 1,
  };
}

function finish(x: Figures): Figures {
  return {
    ...x,
    precision: x.proposed === 0 ? 1 : x.correct / x.proposed,
    recall: x.real === 0 ? 1 : x.correct / x.real,
  };
}

function sameSet(a: string[], b: string[]): boolean {
  const sa = [...a].sort().join(',');
  const sb = [...b].sort().join(',');
  return sa === sb;
}
