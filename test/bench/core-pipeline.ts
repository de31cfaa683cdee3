import { performance } from 'node:perf_hooks';
import { checkRows } from '../../core/src/sheet/check-rows.ts';
import { parseCsv } from '../../core/src/sheet/read-file.ts';
import type { Settings } from '../../core/src/types.ts';

/**
 * ta-check's pipeline (read CSV, check every row, price the fees) on generated rows, against only parsing
 * the same CSV, in the same process: the ratio is what the rules and fees cost on top of reading.
 */
const HEADER =
  'order_ref,order_type,drafted_by,buyer_email,destination,currency,unit_price,quantity,freight,insurance,order_total,advance,balance,payment_method,card_brand,export_mode,logistics,shipping_method,trade_term,shipping_address,ship_within_days,ship_by_date,remark,withdraw_amount,withdraw_currency,withdraw_to';

/** Valid choices per column: any combination of these is a valid order (checked by the bench test). */
const VALID = {
  type: ['TA', '信用保障', 'Trade Assurance'],
  email: ['buyer@example.com', 'ops@example.de', 'compras@example.com.br', 'k.tan@example.sg'],
  place: ['US', 'Germany', '巴西', 'GB', '日本', 'France', 'SG'],
  method: ['card', 'tt-intl', 'T/T', 'Credit/Debit Card', '"card, tt-intl"'],
  brand: ['visa', 'mastercard', 'amex', ''],
  mode: ['self', '自营出口', 'onetouch', 'convenient'],
  logistics: ['platform', 'third-party', ''],
  ship: ['sea', 'air', 'express'],
  term: ['FOB', 'CIF', 'EXW', 'DAP'],
  days: ['7', '10', '15', '30'],
} as const;

/** One mistake a seller makes, applied to an otherwise valid row (column index -> bad value). */
const MISTAKES: readonly [number, string][] = [
  [3, 'li@qq.com'], // buyer/email-domestic
  [4, 'Iran'], // destination/restricted
  [11, '0.50'], // payment/advance-min
  [13, 'boleto'], // payment/monthly-limit on larger orders
  [18, 'DDU'], // shipping/trade-term-legacy
  [20, '1'], // shipping/days-too-short
  [6, '12.345'], // amount/precision
  [21, '2026-11-21'], // shipping/date-too-soon
];

/**
 * Deterministic rows (a seeded linear congruential generator): valid orders with varied values, and one
 * row in ten carrying a typical mistake, as in a real sheet where most rows are fine.
 */
export function generateCsv(rows: number, seed = 42): string {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state >>> 16; // the low bits of this generator repeat with short periods
  };
  const pick = <T>(list: readonly T[]): T => list[next() % list.length] as T;
  const lines = [HEADER];
  for (let i = 0; i < rows; i++) {
    const unitCents = pick([1250, 2500, 9999, 48000, 120000]);
    const qty = pick([1, 2, 4, 10]);
    const totalCents = unitCents * qty;
    const mode = pick(VALID.mode);
    const cells = [
      `PO-${i}`,
      pick(VALID.type),
      'seller',
      pick(VALID.email),
      pick(VALID.place),
      'USD',
      (unitCents / 100).toFixed(2),
      String(qty),
      '0',
      '0',
      (totalCents / 100).toFixed(2),
      pick(['30%', '100%', (Math.floor(totalCents / 2) / 100).toFixed(2)]),
      '',
      pick(VALID.method),
      pick(VALID.brand),
      mode === 'convenient' && totalCents > 500_000 ? 'self' : mode,
      pick(VALID.logistics),
      pick(VALID.ship),
      pick(VALID.term),
      '"1 Market St, San Francisco"',
      pick(VALID.days),
      '',
      '',
      pick(['', '', (totalCents / 200).toFixed(2)]),
      'CNY',
      'corporate',
    ];
    if (next() % 10 === 0) {
      const [column, value] = pick(MISTAKES);
      cells[column] = value;
    }
    lines.push(cells.join(','));
  }
  return `${lines.join('\n')}\n`;
}

const SETTINGS: Settings = {
  membership: 'paid',
  region: 'mainland',
  usdCny: '7.1000',
  settlementRate: '7.0500',
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

export interface PipelineBench {
  rows: number;
  parseOnlyMs: number;
  pipelineMs: number;
  rowsPerSecond: number;
  ratioToParse: number;
  findings: number;
}

export function benchCorePipeline(rows = 100_000, repeats = 9): PipelineBench {
  const csv = generateCsv(rows);
  // Warm up both paths so the JIT has seen them before timing.
  checkRows(parseCsv(generateCsv(2000, 7)), SETTINGS, '2026-11-20');
  const parseOnly: number[] = [];
  const pipeline: number[] = [];
  let findings = 0;
  for (let i = 0; i < repeats; i++) {
    let t = performance.now();
    parseCsv(csv);
    parseOnly.push(performance.now() - t);
    t = performance.now();
    const report = checkRows(parseCsv(csv), SETTINGS, '2026-11-20');
    pipeline.push(performance.now() - t);
    findings = report.summary.errors + report.summary.warnings;
  }
  const parseMs = median(parseOnly);
  const pipelineMs = median(pipeline);
  return {
    rows,
    parseOnlyMs: Math.round(parseMs),
    pipelineMs: Math.round(pipelineMs),
    rowsPerSecond: Math.round((rows / pipelineMs) * 1000),
    ratioToParse: Number((pipelineMs / parseMs).toFixed(2)),
    findings,
  };
}
