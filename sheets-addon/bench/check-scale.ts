/**
 * Benchmark (not a test): Check orders at scale, through the built dist/Code.js and the faithful fake.
 * - service calls of Check orders at 10, 10,000 and 50,000 rows (mixedSheet: 3 in 4 rows marked), by kind;
 * - checkSheet with two date columns (ship_by_date, order_date as Sheets Date cells) at 10,000 rows: reading
 *   the cells (values + formats + display -> typed cells, one date formatter) and the pure check + plan;
 * - memory of the whole menu action at 50,000 rows (heap after, peak RSS growth).
 * Usage: npm run bench -w sheets-addon   (node --expose-gc for the heap figure)
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSheet } from '../src/check.ts';
import { DateReader, sheetCells } from '../src/sheet-cells.ts';
import { createFakeGas, loadCode } from '../test/fake-gas.ts';
import { HEADERS, mixedSheet } from '../test/orders.ts';
import { typed } from '../test/typed-input.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const code = readFileSync(join(dist, 'Code.js'), 'utf8');
const TZ = 'America/Los_Angeles';
const gc = (globalThis as { gc?: () => void }).gc;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}
const mb = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MB`;

function checkOrders(n: number, rows = mixedSheet(n)) {
  const gas = createFakeGas({ distDir: dist, timeZone: TZ });
  gas.active.load(rows);
  const ctx = loadCode(code, gas);
  gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  const rss0 = process.resourceUsage().maxRSS * 1024;
  const t0 = performance.now();
  (ctx.checkOrders as () => void)();
  const ms = performance.now() - t0;
  const peakGrowth = process.resourceUsage().maxRSS * 1024 - rss0;
  gc?.();
  // what stays is the fake sheet's new cells (result columns, notes): the add-on keeps nothing between runs
  const heapAfter = process.memoryUsage().heapUsed - heap0;
  const byName = gas.calls.byName();
  const sum = (prefix: string[]) =>
    Object.entries(byName)
      .filter(([k]) => prefix.some((p) => k.startsWith(p)))
      .reduce((a, [, v]) => a + v, 0);
  return {
    n,
    ms,
    total: gas.calls.count,
    reads: sum(['Range.get']),
    marks: sum(['Range.setNotes', 'Range.setBackgrounds', 'RangeList.']),
    results: sum(['Range.setValues', 'Range.setNumberFormats']),
    summary: gas.toasts.at(-1)?.msg,
    heapAfter,
    peakGrowth,
  };
}

// Two date columns: ship_by_date and order_date, as Sheets stores typed dates (a Date, format yyyy-mm-dd).
function datedSheet(n: number) {
  const headers = [...HEADERS, 'ship_by_date', 'order_date'];
  const values: unknown[][] = [headers];
  const formats: string[][] = [headers.map(() => '0.###############')];
  const display: string[][] = [headers];
  for (const row of mixedSheet(n).slice(1)) {
    const ship = typed('2026-12-20', TZ);
    const ordered = typed('2026-11-02', TZ);
    values.push([...row, ship.value, ordered.value]);
    formats.push([...row.map(() => '0.###############'), ship.format, ordered.format]);
    display.push([...row.map(String), '2026-12-20', '2026-11-02']);
  }
  return { values, formats, display };
}

const N = 10_000;
const dated = datedSheet(N);
const readMs: number[] = [];
const checkMs: number[] = [];
let rows = 0;
for (let i = 0; i < 6; i++) {
  const t0 = performance.now();
  const cells = sheetCells(dated.values, dated.formats, dated.display, new DateReader(TZ));
  const t1 = performance.now();
  const snap = {
    values: cells,
    notes: cells.map((r) => r.map(() => '')),
    backgrounds: cells.map((r) => r.map(() => '#ffffff')),
  };
  const res = checkSheet(snap, {}, 'en', '2026-11-20');
  const t2 = performance.now();
  rows = res.report?.summary.rows ?? 0;
  if (i > 0) {
    readMs.push(t1 - t0);
    checkMs.push(t2 - t1);
  }
}

console.log('sheets-addon bench: Check orders through dist/Code.js and the faithful fake');
console.log('  rows     total calls  reads  note/fill writes  result writes  time in Node');
const runs = [10, 10_000, 50_000].map((n) => checkOrders(n));
for (const r of runs) {
  console.log(
    `  ${String(r.n).padEnd(8)} ${String(r.total).padEnd(12)} ${String(r.reads).padEnd(6)} ${String(r.marks).padEnd(17)} ${String(r.results).padEnd(14)} ${(r.ms / 1000).toFixed(1)} s`,
  );
}
console.log(`  (${runs.at(-1)?.summary})`);
// Worst case for writes: each marked mailbox and unit price gets its own note (the ship-days note repeats),
// on rows that are not adjacent, so nothing shares a RangeList call or a run.
const distinct = mixedSheet(10_000).map((row, i) =>
  i === 0 ? row : row.map((v) => (typeof v === 'string' && /qq\.com|twenty/.test(v) ? `${i}${v}` : v)),
);
const worst = checkOrders(10_000, distinct);
console.log(
  `  10000, every note different: ${worst.total} calls (${worst.marks} note/fill writes), ${(worst.ms / 1000).toFixed(1)} s`,
);
console.log(
  `checkSheet, ${N.toLocaleString('en')} rows (${rows} checked) with two date columns: reading typed cells ${median(readMs).toFixed(0)} ms, check + plan ${median(checkMs).toFixed(0)} ms (median of 5)`,
);
const big = runs.at(-1);
if (big)
  console.log(
    `memory, Check orders on 50,000 rows: peak RSS growth during the run ${mb(big.peakGrowth)}; heap still held after it (the fake sheet's new result cells and notes) ${gc ? mb(big.heapAfter) : 'n/a (run with --expose-gc)'}`,
  );
