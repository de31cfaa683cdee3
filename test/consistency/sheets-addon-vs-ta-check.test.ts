/**
 * A finance user must get the same answers from the Sheets add-on as from ta-check on the same rows:
 * the built Code.js (in a vm, with the Apps Script fakes) checks the example sheet, and its result columns
 * are compared, row by row, with ta-check's CSV output for the same file and settings.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../core/src/cli/main.ts';
import { parseCsv } from '../../core/src/sheet/read-file.ts';
import { build, DIST } from '../../sheets-addon/test/built.ts';
import { createFakeGas, loadCode } from '../../sheets-addon/test/fake-gas.ts';

const root = join(import.meta.dirname, '../..');
const settingsFile = join(root, 'examples/settings.json');

let code = '';
beforeAll(() => {
  code = build().code;
}, 120_000);

describe.each(['examples/orders.csv', 'examples/orders-zh.csv'])('%s', (file) => {
  it('gets the same status and fees in the add-on as in ta-check', async () => {
    const grid = parseCsv(readFileSync(join(root, file), 'utf8'));
    const gas = createFakeGas({ distDir: DIST, locale: 'en' });
    gas.docProps.set('ta-toolkit.settings', readFileSync(settingsFile, 'utf8'));
    gas.active.load(grid as string[][]);
    const ctx = loadCode(code, gas);
    (ctx.checkOrders as () => void)();

    const { values } = gas.active.grid(grid.length, 40);
    const header = values[0]?.map(String) ?? [];
    const column = (prefix: string) => header.findIndex((h) => h.startsWith(`TA ✓ ${prefix}`));
    const cols = {
      status: column('Status'),
      findings: column('Findings'),
      payment: column('Payment fee'),
      service: column('Service fee'),
      withdrawal: column('Withdrawal fee'),
      net: column('Net'),
    };
    for (const c of Object.values(cols)) expect(c).toBeGreaterThan(0);

    const cli = await runCli([join(root, file), '--format', 'csv', '--settings', settingsFile]);
    const csv = Papa.parse<string[]>(cli.stdout.trim()).data;
    const cliHeader = csv[0] ?? [];
    const at = (name: string) => cliHeader.indexOf(name);

    for (let r = 1; r < grid.length; r++) {
      const addon = values[r] ?? [];
      const check = csv[r] ?? [];
      const status = String(addon[cols.status]);
      const expectedStatus = check[at('ta_status')];
      expect(
        status.startsWith(expectedStatus === 'error' ? '✗' : expectedStatus === 'warning' ? '⚠' : '✓'),
        `row ${r + 1}`,
      ).toBe(true);
      const rules = (text: unknown) =>
        [...String(text ?? '').matchAll(/\b[a-z]+\/[a-z]+(?:-[a-z]+)*\b/g)].map((m) => m[0]);
      expect(rules(addon[cols.findings]), `row ${r + 1} findings`).toEqual(rules(check[at('ta_findings')]));
      const dash = (s: string | undefined) => (s === '' || s === undefined ? '—' : s);
      expect(addon[cols.payment], `row ${r + 1} payment`).toBe(dash(check[at('ta_payment_fee')]));
      expect(addon[cols.service], `row ${r + 1} service`).toBe(dash(check[at('ta_service_fee')]));
      expect(addon[cols.withdrawal], `row ${r + 1} withdrawal`).toBe(dash(check[at('ta_withdrawal_fee')]));
      expect(addon[cols.net], `row ${r + 1} net`).toBe(dash(check[at('ta_net')]));
    }
  });
});
