/**
 * Benchmark (not a test): Match receipts through the built dist/Code.js and the faithful fake, on N orders × N
 * receipts typed as a user types them (dates as dates, amounts as numbers). One receipt per order: a third
 * carry the order number in the memo, a third arrive short by USD 15–50 of bank charges, a third have neither;
 * payer names as banks print them (upper case, no punctuation).
 * Usage: npm run bench -w sheets-addon
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createFakeGas, type FakeSheet, loadCode } from '../test/fake-gas.ts';
import { ORDER_HEADERS, orderRow, pacificDay, STATUS } from '../test/match-fixtures.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const code = readFileSync(join(dist, 'Code.js'), 'utf8');

function workbook(n: number) {
  const orders: string[][] = [ORDER_HEADERS.en];
  const receipts: string[][] = [['receipt_ref', 'received_at', 'payer', 'amount', 'currency', 'memo']];
  const confirmed = pacificDay(-10);
  const received = pacificDay(-3);
  for (let i = 0; i < n; i++) {
    const ref = String(311893905010000000 + i * 7919);
    const advance = 500 + ((i * 37) % 4000) + (i % 100) / 100;
    const total = advance * 4;
    orders.push(
      orderRow({
        ref,
        total: total.toFixed(2),
        advance: advance.toFixed(2),
        balance: (total - advance).toFixed(2),
        buyer: `Buyer ${i} Trading Co. Ltd.`,
        confirmed,
        status: STATUS.en.unpaid,
      }),
    );
    const kind = i % 3;
    const charges = kind === 1 ? 15 + (i % 36) : 0;
    receipts.push([
      `R-${i + 1}`,
      received,
      `BUYER ${i} TRADING CO LTD`,
      (advance - charges).toFixed(2),
      'USD',
      kind === 0 ? `ORDER ${ref}` : 'GOODS PAYMENT',
    ]);
  }
  return { orders, receipts };
}

function run(n: number) {
  const gas = createFakeGas({ distDir: dist });
  const book = workbook(n);
  gas.active.name = 'Orders';
  gas.active.type(book.orders);
  const sheet = gas.services.SpreadsheetApp.getActive().insertSheet('Receipts') as FakeSheet;
  sheet.type(book.receipts);
  const ctx = loadCode(code, gas);
  gas.calls.reset();
  const t0 = performance.now();
  (ctx.matchReceipts as () => void)();
  const ms = performance.now() - t0;
  const t1 = performance.now();
  (ctx.clearResults as () => void)();
  const clearMs = performance.now() - t1;
  return { n, ms, clearMs, calls: gas.calls.count, summary: gas.toasts.at(-2)?.msg, alerts: gas.alerts };
}

console.log('sheets-addon bench: Match receipts through dist/Code.js and the faithful fake');
for (const n of [100, 1_000, 10_000]) {
  const r = run(n);
  console.log(
    `  ${n} orders × ${n} receipts: ${(r.ms / 1000).toFixed(2)} s, ${r.calls} service calls (with Clear: ${(r.clearMs / 1000).toFixed(2)} s)${r.alerts.length ? ` ALERT ${r.alerts[0]}` : ''}`,
  );
  console.log(`    ${r.summary}`);
}
