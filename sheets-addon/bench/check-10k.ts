/**
 * Benchmark (not a test): Check orders on 10,000 rows.
 * - core time: checkRows on 10,000 order rows (2D array, as read from the sheet), median of 5 runs;
 * - planning time: the add-on's pure write plan for them;
 * - service calls of the built dist/Code.js (run `npm run build` first) on 10 and on 10,000 rows, counted by
 *   the in-memory Apps Script fake, and the wall time of the whole menu action in Node;
 * - bundle sizes.
 * Usage: npm run bench -w sheets-addon  (or: node --import tsx sheets-addon/bench/check-10k.ts)
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { checkRows } from '@ta-toolkit/core';
import { coreInput, layoutOf, planCheck } from '../src/plan.ts';
import { createFakeGas, loadCode } from '../test/fake-gas.ts';
import { mixedSheet } from '../test/orders.ts';
import { blankSnapshot } from '../test/sim.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const N = 10_000;
const TODAY = '2026-11-20';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

const values = mixedSheet(N);
const snap = blankSnapshot(values);
const layout = layoutOf(values);
const { rows, sheetRow } = coreInput(values, layout);

const coreMs: number[] = [];
const planMs: number[] = [];
let report = checkRows(rows, {}, TODAY); // warm-up
for (let i = 0; i < 5; i++) {
  const t0 = performance.now();
  report = checkRows(rows, {}, TODAY);
  const t1 = performance.now();
  planCheck(snap, layout, report, sheetRow, 'en');
  const t2 = performance.now();
  coreMs.push(t1 - t0);
  planMs.push(t2 - t1);
}

const code = readFileSync(join(dist, 'Code.js'), 'utf8');
function viaAppsScript(n: number) {
  const gas = createFakeGas({ distDir: dist });
  gas.active.load(mixedSheet(n));
  const ctx = loadCode(code, gas);
  const t0 = performance.now();
  (ctx.checkOrders as () => void)();
  const ms = performance.now() - t0;
  return { calls: gas.calls.count, byName: gas.calls.byName(), ms };
}
const small = viaAppsScript(10);
const big = viaAppsScript(N);

const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
const codeBytes = statSync(join(dist, 'Code.js')).size;
const sidebarBytes = statSync(join(dist, 'Sidebar.html')).size;
console.log(`sheets-addon bench: Check orders on ${N.toLocaleString('en')} rows`);
console.log(
  `  rows checked ${report.summary.rows}, errors ${report.summary.errors}, warnings ${report.summary.warnings}`,
);
console.log(
  `  core checkRows:            ${median(coreMs).toFixed(0)} ms (median of 5; ${((median(coreMs) / N) * 1000).toFixed(1)} µs/row)`,
);
console.log(`  add-on write plan:         ${median(planMs).toFixed(0)} ms (median of 5)`);
console.log(`  service calls, 10 rows:    ${small.calls}`);
console.log(
  `  service calls, ${N} rows: ${big.calls}${big.calls === small.calls ? ' (same)' : ' (DIFFERENT!)'}`,
);
console.log(
  `  whole menu action in Node (fake services, vm): ${small.ms.toFixed(0)} ms / ${big.ms.toFixed(0)} ms`,
);
console.log(
  `  calls: ${Object.entries(big.byName)
    .map(([k, v]) => `${k}×${v}`)
    .join(', ')}`,
);
console.log(
  `  dist/Code.js ${kb(codeBytes)} (${kb(gzipSync(readFileSync(join(dist, 'Code.js'))).length)} gz), dist/Sidebar.html ${kb(sidebarBytes)}`,
);
if (big.calls !== small.calls) process.exitCode = 1;
