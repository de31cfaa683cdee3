import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import Papa from 'papaparse';
import type { LinkOrder, LinkReceipt } from '../../core/src/linking/types.ts';
import { formatMinor } from '../../core/src/money/format.ts';
import { generateLedger } from '../../core/test/linking/ledger.ts';

/**
 * `ta-check link` on 10,000 orders × 10,000 receipts, the whole process spawned (start-up, reading both CSVs,
 * checking the orders, proposing, printing JSON), against `ta-check` on the same orders in the same run:
 * interleaved runs, the median of each, their ratio (target ≤ 3), and the peak RSS of each (/usr/bin/time -v).
 * Run: node --import tsx test/bench/link.ts [--runs N]. Needs core/dist/cli.js (npm run build -w core).
 */
const ORDERS = 10_000;
const RECEIPTS = 10_000;
const TODAY = '2026-11-20';
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5;

const dir = new URL('../../node_modules/.cache/ta-bench/', import.meta.url);
mkdirSync(dir, { recursive: true });
const ordersCsv = new URL('link-orders.csv', dir).pathname;
const receiptsCsv = new URL('link-receipts.csv', dir).pathname;
const cli = new URL('../../core/bin/ta-check.js', import.meta.url).pathname;

// A ledger big enough, cut to the sizes: receipts of the orders kept, and noise.
const ledger = generateLedger({ seed: 42, buyers: 3_000, noise: 0.15 });
const orders = ledger.orders.slice(0, ORDERS);
const kept = new Set(orders.map((_o, i) => i));
const receipts = ledger.receipts
  .filter((_r, i) => (ledger.truth[i]?.links ?? []).every((l) => kept.has(l.order)))
  .slice(0, RECEIPTS);
if (orders.length < ORDERS || receipts.length < RECEIPTS) throw new Error('the ledger is too small');
writeFileSync(ordersCsv, ordersSheet(orders));
writeFileSync(receiptsCsv, receiptsSheet(receipts));

interface Run {
  ms: number;
  /** User + system CPU time: steadier than the wall time when other processes share the cores. */
  cpuMs: number;
  rssKb: number;
  /** Bytes printed on stdout (the JSON report). */
  outBytes: number;
  code: number | null;
}

function run(args: string[]): Run {
  const start = performance.now();
  const child = spawnSync('/usr/bin/time', ['-v', process.execPath, cli, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const ms = performance.now() - start;
  const stat = (label: string) =>
    Number(new RegExp(`${label}: ([\\d.]+)`).exec(child.stderr ?? '')?.[1] ?? 0);
  return {
    ms,
    cpuMs: (stat('User time \\(seconds\\)') + stat('System time \\(seconds\\)')) * 1000,
    rssKb: stat('Maximum resident set size \\(kbytes\\)'),
    outBytes: Buffer.byteLength(child.stdout ?? ''),
    code: child.status,
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

const check: Run[] = [];
const link: Run[] = [];
for (let i = 0; i < RUNS; i++) {
  check.push(run([ordersCsv, '--format', 'json', '--today', TODAY]));
  link.push(run(['link', ordersCsv, receiptsCsv, '--format', 'json', '--today', TODAY]));
}
for (const r of [...check, ...link])
  if (r.code !== 0 && r.code !== 1) throw new Error(`ta-check exited with ${r.code}`);

const checkMs = median(check.map((r) => r.ms));
const linkMs = median(link.map((r) => r.ms));
const result = {
  orders: orders.length,
  receipts: receipts.length,
  runs: RUNS,
  checkMs: Math.round(checkMs),
  linkMs: Math.round(linkMs),
  ratio: Number((linkMs / checkMs).toFixed(2)),
  checkCpuMs: Math.round(median(check.map((r) => r.cpuMs))),
  linkCpuMs: Math.round(median(link.map((r) => r.cpuMs))),
  linkJsonMb: Number(((link[0]?.outBytes ?? 0) / 1e6).toFixed(1)),
  checkPeakRssMb: Math.round(Math.max(...check.map((r) => r.rssKb)) / 1024),
  linkPeakRssMb: Math.round(Math.max(...link.map((r) => r.rssKb)) / 1024),
};
console.log('ta-check link (10,000 orders × 10,000 receipts, whole process) vs ta-check on the same orders');
console.table(result);
const met = result.ratio <= 3;
console.log(`target: ratio <= 3 -> ${result.ratio}: ${met ? 'met' : 'NOT met'}`);
if (!met) process.exitCode = 1;

function ordersSheet(list: readonly LinkOrder[]): string {
  const rows = list.map((o) => {
    const advance = o.advance?.amount.minor ?? 0;
    const balance = o.balance?.amount.minor ?? 0;
    return {
      order_ref: o.ref,
      order_type: 'TA',
      currency: o.currency,
      order_total: formatMinor(advance + balance, o.currency),
      advance: formatMinor(advance, o.currency),
      balance: formatMinor(balance, o.currency),
      payment_method: 'tt-intl',
      export_mode: 'self',
      buyer_name: o.buyerName,
      registered_payer: o.registeredPayer ?? '',
      confirmed_on: o.confirmedOn,
      advance_paid: '0',
      balance_paid: '0',
      ship_within_days: '30',
      status: o.closed ? '已关闭' : '待支付',
    };
  });
  return `${Papa.unparse(rows, { newline: '\n' })}\n`;
}

function receiptsSheet(list: readonly LinkReceipt[]): string {
  const rows = list.map((r) => ({
    receipt_ref: r.ref,
    received_at: new Date(r.receivedAt ?? 0).toISOString(),
    payer: r.payer,
    amount: formatMinor(r.amount.minor, r.amount.currency),
    currency: r.amount.currency,
    memo: r.memo,
  }));
  return `${Papa.unparse(rows, { newline: '\n' })}\n`;
}
