/**
 * A finance user must get the same answers from the Sheets add-on as from ta-check on the same orders.
 * 1. The example sheets, typed into the faithful Sheets fake as a user types them (so `30%` is stored as 0.3
 *    formatted as a percentage, `$12` as 12 in a dollar format), checked by the built Code.js, against
 *    ta-check's CSV output for the same file: same status, same rules, and the same fees — compared as
 *    amounts: the add-on's fee cells are numbers with the currency in their number format.
 * 2. The add-on's own template examples, typed the same way, give exactly the findings ta-check gives for the
 *    same orders as text.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../core/src/cli/main.ts';
import { parseCsv } from '../../core/src/sheet/read-file.ts';
import { templateSpec } from '../../sheets-addon/src/template.ts';
import { build, DIST } from '../../sheets-addon/test/built.ts';
import { createFakeGas, type FakeSheet, loadCode } from '../../sheets-addon/test/fake-gas.ts';
import { AUTOMATIC } from '../../sheets-addon/test/typed-input.ts';

const root = join(import.meta.dirname, '../..');
const settingsFile = join(root, 'examples/settings.json');

let code = '';
beforeAll(() => {
  code = build().code;
}, 120_000);

/** Check orders on rows typed into a fresh fake sheet; the sheet afterwards. */
function checkTyped(rows: string[][], settings?: string): FakeSheet {
  const gas = createFakeGas({ distDir: DIST, locale: 'en' });
  if (settings) gas.docProps.set('ta-toolkit.settings', settings);
  gas.active.type(rows);
  const ctx = loadCode(code, gas);
  (ctx.checkOrders as () => void)();
  expect(gas.alerts).toEqual([]);
  return gas.active;
}

function resultColumns(sheet: FakeSheet, height: number) {
  const grid = sheet.grid(height, 60);
  const header = grid.values[0]?.map(String) ?? [];
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
  return { grid, cols };
}

/** A fee as an amount: currency, low, high (numbers), approximate — from ta-check's text or the add-on's cell. */
function feeFromText(text: string | undefined) {
  if (!text) return null;
  const m = /^(≈ )?([A-Z]{3}) ([\d,]+\.\d+)(?:–([\d,]+\.\d+))?$/.exec(text);
  if (!m) return { text };
  const n = (s: string) => Number(s.replace(/,/g, ''));
  return {
    approximate: m[1] !== undefined,
    currency: m[2],
    low: n(m[3] as string),
    high: n(m[4] ?? (m[3] as string)),
  };
}
function feeFromCell(value: unknown, format: string) {
  if (value === '—' || value === '') return null;
  if (typeof value !== 'number') return feeFromText(String(value));
  const currency = /\[\$([A-Z]{3})\]/.exec(format)?.[1];
  return { approximate: format.includes('≈'), currency, low: value, high: value };
}

const rulesOf = (text: unknown) =>
  [...String(text ?? '').matchAll(/^(?:error|warning|info) ([a-z]+\/[a-z-]+) \(([a-z_]+)\)/gm)].map(
    (m) => `${m[1]} (${m[2]})`,
  );

describe.each(['examples/orders.csv', 'examples/orders-zh.csv'])('%s typed into Sheets', (file) => {
  it('gets the same status, rules and fee amounts in the add-on as in ta-check', async () => {
    const rows = parseCsv(readFileSync(join(root, file), 'utf8')) as string[][];
    const sheet = checkTyped(rows, readFileSync(settingsFile, 'utf8'));
    const { grid, cols } = resultColumns(sheet, rows.length);

    const cli = await runCli([join(root, file), '--format', 'csv', '--settings', settingsFile]);
    const csv = Papa.parse<string[]>(cli.stdout.trim()).data;
    const at = (name: string) => (csv[0] ?? []).indexOf(name);
    const advanceCol = (rows[0] ?? []).findIndex((h) => h === 'advance' || h === '预付款');
    expect(advanceCol).toBeGreaterThanOrEqual(0);

    for (let r = 1; r < rows.length; r++) {
      const values = grid.values[r] ?? [];
      const formats = grid.formats[r] ?? [];
      const check = csv[r] ?? [];
      const expectedStatus = check[at('ta_status')];
      expect(String(values[cols.status]).slice(0, 1), `row ${r + 1}`).toBe(
        expectedStatus === 'error' ? '✗' : expectedStatus === 'warning' ? '⚠' : '✓',
      );
      const cliRules = [...String(check[at('ta_findings')]).matchAll(/\b[a-z]+\/[a-z]+(?:-[a-z]+)*\b/g)].map(
        (m) => m[0],
      );
      // Sheets stores a typed `0.50` as the number 0.5: an advance below 1 the sheet cannot tell from 50%
      // (rules.md §10), which the CSV's text `0.50` is not.
      const advance = values[advanceCol];
      if (typeof advance === 'number' && advance < 1 && formats[advanceCol] === AUTOMATIC)
        cliRules.push('amount/percent-as-number');
      expect(
        rulesOf(values[cols.findings])
          .map((x) => x.split(' ')[0])
          .sort(),
        `row ${r + 1} findings`,
      ).toEqual(cliRules.sort());
      for (const [key, column] of [
        ['payment', 'ta_payment_fee'],
        ['service', 'ta_service_fee'],
        ['withdrawal', 'ta_withdrawal_fee'],
        ['net', 'ta_net'],
      ] as const) {
        const c = cols[key];
        expect(feeFromCell(values[c], formats[c] ?? ''), `row ${r + 1} ${key}`).toEqual(
          feeFromText(check[at(column)]),
        );
      }
    }
  });
});

describe.each(['en', 'zh'] as const)('the %s template examples', (lang) => {
  it('typed into Sheets give exactly the findings ta-check gives for the same orders as text', async () => {
    const spec = templateSpec(lang);
    const rows = [spec.headers, ...spec.examples.map((r) => r.map(String))];
    const sheet = checkTyped(rows);
    expect(sheet.grid(3, 40).formats[2]?.[spec.headers.indexOf(lang === 'zh' ? '预付款' : 'advance')]).toBe(
      '0%',
    );
    const { grid, cols } = resultColumns(sheet, rows.length);

    const dir = mkdtempSync(join(tmpdir(), 'template-'));
    const csvFile = join(dir, 'template.csv');
    writeFileSync(csvFile, Papa.unparse(rows));
    const cli = await runCli([csvFile, '--format', 'json']);
    const report = JSON.parse(cli.stdout) as {
      rows: { row: number; findings: { rule: string; field: string }[] }[];
    };
    expect(report.rows).toHaveLength(spec.examples.length);
    for (const row of report.rows) {
      const expected = row.findings.map((f) => `${f.rule} (${f.field})`);
      expect(rulesOf(grid.values[row.row - 1]?.[cols.findings]), `row ${row.row}`).toEqual(expected);
    }
    // and they pass their own check: no errors
    expect(
      report.rows.flatMap((r) => r.findings).filter((f) => (f as { severity?: string }).severity === 'error'),
    ).toEqual([]);
  });
});
