import type { LinkOrder, LinkReceipt, Part } from '../../src/linking/types.ts';
import type { CurrencyCode, Money } from '../../src/types.ts';

/**
 * A generator of realistic T/T ledgers for scoring the fund-linking engine: many buyers with look-alike
 * amounts and order numbers, receipts short by intermediary-bank charges, payer names as banks print them,
 * memos with typos or cut off, split and combined payments, and noise (receipts that belong to no open order).
 * Every receipt carries its difficulties as labels so the score can be broken down by kind.
 */

/** mulberry32: a small seeded PRNG, so every ledger is reproducible from its seed. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface TruthLink {
  order: number;
  part: Part;
}

export interface Truth {
  /** Empty for noise. */
  links: TruthLink[];
  /** Bank charges deducted on the way, minor units. */
  charges: number;
  labels: string[];
}

export interface Ledger {
  orders: LinkOrder[];
  receipts: LinkReceipt[];
  truth: Truth[];
}

export interface LedgerOptions {
  seed: number;
  buyers: number;
  /** Share of receipts that belong to no open order. */
  noise: number;
  /** Turn kinds of difficulty off (for the breakdown): 'charges', 'memo', 'payer', 'lookalike', 'split', 'combined'. */
  easy?: readonly string[];
}

const SYLLABLES = [
  'ka',
  'vor',
  'lin',
  'tes',
  'mar',
  'do',
  'bren',
  'qui',
  'sol',
  'ran',
  'fe',
  'lux',
  'ost',
  'ze',
  'nor',
  'pal',
  'gri',
  'ton',
  'vi',
  'hel',
];
const GENERIC = [
  'Trading',
  'Imports',
  'International',
  'Group',
  'Supply',
  'Industrial',
  'Global',
  'Distribution',
  '',
];
const SUFFIXES = ['Co., Ltd.', 'LLC', 'Ltd', 'GmbH', 'Inc.', 'S.A.', 'Pty Ltd', 'Limited', 'S.R.L.', 'Corp.'];
const SUFFIX_SWAP: Record<string, string> = {
  'Co., Ltd.': 'COMPANY LIMITED',
  LLC: 'L.L.C.',
  Ltd: 'LIMITED',
  GmbH: 'GMBH',
  'Inc.': 'INCORPORATED',
  'S.A.': 'SA',
  'Pty Ltd': 'PTY. LTD.',
  Limited: 'LTD',
  'S.R.L.': 'SRL',
  'Corp.': 'CORPORATION',
};
const AGENTS = [
  'Swift Pay Services Ltd',
  'Orient Forwarding LLC',
  'Meridian Payment Agency',
  'JOHN A. SMITH',
  'MARIA GONZALEZ',
  'Atlas Freight Forwarders',
];
/** Price points shared by many buyers: look-alike order amounts. */
const PRICE_POINTS = [
  1500, 2400, 2500, 3000, 4800, 5000, 6250, 7500, 9600, 10000, 12000, 12500, 15000, 18000, 25000,
];
const ADVANCE_SHARES = [30, 30, 30, 50, 50, 100, 20, 40];

const DAY = 86_400_000;
const BASE_DAY = Date.UTC(2026, 8, 1);

export function generateLedger(opts: LedgerOptions): Ledger {
  const r = rng(opts.seed);
  const easy = new Set(opts.easy ?? []);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
  const chance = (p: number) => r() < p;
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const word = () => {
    const w = Array.from({ length: int(2, 3) }, () => pick(SYLLABLES)).join('');
    return w[0]?.toUpperCase() + w.slice(1);
  };

  const orders: LinkOrder[] = [];
  const buyers: {
    name: string;
    distinct: string;
    generic: string;
    suffix: string;
    registered: string | null;
  }[] = [];
  for (let b = 0; b < opts.buyers; b++) {
    const distinct = chance(0.3) ? `${word()} ${word()}` : word();
    const generic = pick(GENERIC);
    const suffix = pick(SUFFIXES);
    const name = [distinct, generic, suffix].filter((s) => s !== '').join(' ');
    buyers.push({ name, distinct, generic, suffix, registered: chance(0.25) ? pick(AGENTS) : null });
  }

  // Order numbers: some random, some from sequential series that differ only in their last digits.
  let series = 310_000_000_000_000_000n + BigInt(Math.floor(r() * 1e12)) * 1000n;
  const orderNumber = () => {
    if (chance(0.4)) {
      series += BigInt(int(1, 40));
      return series.toString();
    }
    return `3${Array.from({ length: 17 }, () => int(0, 9)).join('')}`;
  };

  const owner: number[] = [];
  for (let b = 0; b < buyers.length; b++) {
    const buyer = buyers[b] as (typeof buyers)[number];
    for (let k = int(1, 6); k > 0; k--) {
      const currency: CurrencyCode = chance(0.08) ? 'CNY' : 'USD';
      const total =
        easy.has('lookalike') || chance(0.3) ? int(800, 40_000) * 100 + int(0, 99) : pick(PRICE_POINTS) * 100;
      const share = pick(ADVANCE_SHARES);
      const advance = Math.round((total * share) / 100);
      const confirmedDay = BASE_DAY + int(0, 60) * DAY;
      orders.push({
        row: orders.length + 2,
        ref: orderNumber(),
        currency,
        buyerName: buyer.name,
        registeredPayer: buyer.registered,
        confirmedOn: new Date(confirmedDay).toISOString().slice(0, 10),
        advance: { amount: money(advance, currency), paid: money(0, currency) },
        balance:
          total - advance > 0 ? { amount: money(total - advance, currency), paid: money(0, currency) } : null,
        closed: chance(0.03),
      });
      owner.push(b);
    }
  }

  const receipts: LinkReceipt[] = [];
  const truth: Truth[] = [];
  const addReceipt = (
    links: TruthLink[],
    gross: number,
    currency: CurrencyCode,
    day: number,
    labels: string[],
    buyer: number | null,
  ) => {
    let charges = 0;
    if (currency === 'USD' && links.length > 0 && !easy.has('charges') && chance(0.45)) {
      charges = int(15, 50) * 100;
      labels.push('charges');
    }
    const b = buyer === null ? null : (buyers[buyer] as (typeof buyers)[number]);
    const refs = links.map((l) => (orders[l.order] as LinkOrder).ref as string);
    const [memo, memoLabel] =
      easy.has('memo') && refs.length > 0 ? [`ORDER ${refs.join(' ')}`, 'memo-exact'] : makeMemo(refs);
    labels.push(memoLabel);
    const [payer, payerLabel] =
      b === null
        ? [`${word()} ${pick(GENERIC)} ${pick(SUFFIXES)}`.replace('  ', ' '), 'payer-stranger']
        : easy.has('payer')
          ? [b.name, 'payer-same']
          : makePayer(b);
    labels.push(payerLabel);
    const at = day + int(0, 86_399) * 1000;
    receipts.push({
      row: receipts.length + 2,
      ref: `R-${receipts.length + 1}`,
      receivedAt: at,
      receivedOn: new Date(at).toISOString().slice(0, 10),
      payer,
      amount: money(gross - charges, currency),
      linked: money(0, currency),
      memo,
      intended: null,
    });
    truth.push({ links, charges, labels });
  };

  const makeMemo = (refs: string[]): [string, string] => {
    if (refs.length === 0) {
      const noise = [
        '',
        `INV ${int(10000, 99999)}`,
        `PAYMENT PI-${int(2026000, 2026999)}`,
        `/ROC/${Array.from({ length: 18 }, () => int(0, 9)).join('')}`,
        'SAMPLE FEE',
      ];
      return [pick(noise), 'memo-noise'];
    }
    const ref = refs[0] as string;
    const x = r();
    if (x < 0.4)
      return [`${pick(['ORDER', 'PO', 'TA ORDER NO.', 'PAYMENT FOR'])} ${refs.join(' / ')}`, 'memo-exact'];
    if (x < 0.52) return [`ORDER ${typo(ref)}`, 'memo-typo'];
    if (x < 0.62) return [`PO ${ref.slice(-int(5, 8))}`, 'memo-last-digits'];
    if (x < 0.68) {
      const full = `/RFB/PAYMENT OF GOODS ALIBABA ORDER NO ${ref}`;
      return [full.slice(0, 35 + int(-2, 8)), 'memo-cut'];
    }
    if (x < 0.85)
      return [
        pick([`PI NO. ${int(100, 999)}-${int(10, 99)}`, 'GOODS PAYMENT', `INVOICE ${int(1000, 9999)}`]),
        'memo-none',
      ];
    return ['', 'memo-empty'];
  };

  const typo = (ref: string): string => {
    const i = int(0, ref.length - 2);
    const kind = r();
    if (kind < 0.5) return ref.slice(0, i) + String((Number(ref[i]) + int(1, 9)) % 10) + ref.slice(i + 1);
    if (kind < 0.8) return ref.slice(0, i) + ref[i + 1] + ref[i] + ref.slice(i + 2);
    return ref.slice(0, i) + ref.slice(i + 1);
  };

  const makePayer = (b: (typeof buyers)[number]): [string, string] => {
    const x = r();
    if (b.registered !== null && x < 0.35) return [b.registered.toUpperCase(), 'payer-registered'];
    if (x < 0.45) return [b.name, 'payer-same'];
    if (x < 0.6) return [b.name.toUpperCase().replace(/[.,]/g, ''), 'payer-variant'];
    if (x < 0.7)
      return [
        [b.distinct, b.generic, SUFFIX_SWAP[b.suffix] ?? b.suffix]
          .filter((s) => s)
          .join(' ')
          .toUpperCase(),
        'payer-variant',
      ];
    if (x < 0.78) return [b.name.toUpperCase().slice(0, 12 + int(0, 6)), 'payer-cut'];
    if (x < 0.85) {
      const i = int(1, b.distinct.length - 2);
      return [b.name.slice(0, i) + b.name[i + 1] + b.name[i] + b.name.slice(i + 2), 'payer-typo'];
    }
    if (x < 0.9) return [`${b.distinct} Holdings Ltd`, 'payer-related'];
    return [pick(AGENTS.filter((a) => a !== b.registered)).toUpperCase(), 'payer-agent'];
  };

  // Real receipts, scenario by scenario.
  orders.forEach((order, o) => {
    if (order.closed) return;
    const confirmed = Date.parse(order.confirmedOn as string);
    const advance = order.advance?.amount.minor ?? 0;
    const balance = order.balance?.amount.minor ?? 0;
    const cur = order.currency;
    const x = r();
    if (!easy.has('split') && x < 0.1 && advance >= 200_00) {
      const first = Math.round(advance * (0.3 + r() * 0.4));
      addReceipt(
        [{ order: o, part: 'advance' }],
        first,
        cur,
        confirmed + int(1, 6) * DAY,
        ['instalment'],
        owner[o] as number,
      );
      // Each instalment loses its own bank charges on the way.
      addReceipt(
        [{ order: o, part: 'advance' }],
        advance - first,
        cur,
        confirmed + int(8, 14) * DAY,
        ['instalment'],
        owner[o] as number,
      );
      return;
    }
    if (x < 0.25 && balance > 0) {
      addReceipt(
        [
          { order: o, part: 'advance' },
          { order: o, part: 'balance' },
        ],
        advance + balance,
        cur,
        confirmed + int(1, 10) * DAY,
        ['advance+balance'],
        owner[o] as number,
      );
      return;
    }
    addReceipt(
      [{ order: o, part: 'advance' }],
      advance,
      cur,
      confirmed + int(1, 12) * DAY,
      ['advance'],
      owner[o] as number,
    );
    if (balance > 0 && chance(0.5))
      addReceipt(
        [{ order: o, part: 'balance' }],
        balance,
        cur,
        confirmed + int(20, 45) * DAY,
        ['balance'],
        owner[o] as number,
      );
  });

  // Two orders of one buyer in one transfer: re-route pairs of single-advance receipts.
  if (!easy.has('combined')) {
    for (let b = 0; b < buyers.length; b++) {
      if (!chance(0.2)) continue;
      const mine = truth
        .map((t, i) => ({ t, i }))
        .filter(
          ({ t }) =>
            t.labels.includes('advance') && t.links.length === 1 && owner[t.links[0]?.order as number] === b,
        );
      const [p, q] = mine;
      if (p === undefined || q === undefined) continue;
      const op = orders[p.t.links[0]?.order as number] as LinkOrder;
      const oq = orders[q.t.links[0]?.order as number] as LinkOrder;
      if (op.currency !== oq.currency) continue;
      const gross = (op.advance?.amount.minor ?? 0) + (oq.advance?.amount.minor ?? 0);
      const day = Math.max(receipts[p.i]?.receivedAt as number, receipts[q.i]?.receivedAt as number);
      // Drop the two single receipts (mark them as removed) and add the combined one.
      truth[p.i] = { links: [], charges: 0, labels: ['removed'] };
      truth[q.i] = { links: [], charges: 0, labels: ['removed'] };
      addReceipt(
        [...(p.t.links as TruthLink[]), ...(q.t.links as TruthLink[])],
        gross,
        op.currency,
        day - (day % DAY),
        ['two-orders'],
        b,
      );
    }
  }

  // Noise: strangers with look-alike amounts, known buyers paying something else (samples, old orders).
  const real = truth.filter((t) => t.links.length > 0).length;
  const noiseCount = Math.round((real * opts.noise) / (1 - opts.noise));
  for (let n = 0; n < noiseCount; n++) {
    const day = BASE_DAY + int(0, 90) * DAY;
    const x = r();
    if (x < 0.5) {
      const like = orders[int(0, orders.length - 1)] as LinkOrder;
      const amount = chance(0.5) ? (like.advance?.amount.minor ?? 100_000) : pick(PRICE_POINTS) * 100;
      addReceipt([], amount, 'USD', day, ['noise', 'noise-stranger'], null);
    } else if (x < 0.8) {
      addReceipt(
        [],
        int(50, 400) * 100,
        'USD',
        day,
        ['noise', 'noise-known-buyer'],
        int(0, buyers.length - 1),
      );
    } else {
      addReceipt(
        [],
        int(100, 90_000) * 100 + int(0, 99),
        pick(['USD', 'EUR'] as const),
        day,
        ['noise', 'noise-random'],
        null,
      );
    }
  }

  // Drop the receipts that were folded into combined transfers; renumber rows.
  const keep = truth.map((t, i) => (t.labels[0] === 'removed' ? -1 : i)).filter((i) => i >= 0);
  const outReceipts = keep.map((i, k) => ({
    ...(receipts[i] as LinkReceipt),
    row: k + 2,
    ref: `R-${k + 1}`,
  }));
  const outTruth = keep.map((i) => truth[i] as Truth);
  return { orders, receipts: outReceipts, truth: outTruth };
}

function money(minor: number, currency: CurrencyCode): Money {
  return { minor, currency };
}
