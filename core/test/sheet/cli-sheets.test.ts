import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../src/cli/main.ts';

// The first XLSX read loads exceljs, which can take seconds on a shared, busy machine.
vi.setConfig({ testTimeout: 30_000 });

const ROOT = join(import.meta.dirname, '..', '..', '..');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'sheets');
const EXPECTED = join(FIXTURES, 'expected');
const EXAMPLES = join(ROOT, 'examples');
const SETTINGS = join(EXAMPLES, 'settings.json');
const dir = mkdtempSync(join(tmpdir(), 'cli-sheets-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (file: string, ...args: string[]) =>
  runCli([file, '--today', '2026-11-20', '--settings', SETTINGS, ...args]);

interface JsonRow {
  row: number;
  ref: string | null;
  findings: { rule: string; field: string; severity: string }[];
}

async function report(file: string, ...args: string[]): Promise<JsonRow[]> {
  const { stdout } = await run(file, '--format', 'ndjson', ...args);
  return stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line))
    .filter((o) => !('summary' in o));
}

/** Each row as `row ref: rule[field] …`, to compare findings without their wording. */
const keys = (rows: JsonRow[]) =>
  rows.map((r) => `${r.row} ${r.ref}: ${r.findings.map((f) => `${f.rule}[${f.field}]`).join(' ')}`);

describe('examples/* reports stay byte-identical (saved from the code before streaming)', () => {
  for (const [name, lang] of [
    ['orders', 'en'],
    ['orders-zh', 'zh'],
  ] as const) {
    it(`${name}: json, table and csv (after its BOM)`, async () => {
      const file = join(EXAMPLES, `${name}.csv`);
      for (const format of ['json', 'table', 'csv']) {
        const { stdout, code } = await run(file, '--format', format, '--lang', lang);
        const expected = readFileSync(join(EXPECTED, `${name}.${format}`), 'utf8');
        expect(format === 'csv' ? stdout.replace(/^\ufeff/, '') : stdout, format).toBe(expected);
        expect(code).toBe(1);
      }
    });
  }

  it('json is exactly JSON.stringify(report, null, 2) for every fixture and hostile text', async () => {
    const files = [
      'title-rows.csv',
      'stray-quotes.csv',
      'blank-and-totals.csv',
      'semicolon-ambiguous.csv',
      'typed.xlsx',
      'big5-traditional.csv',
    ].map((f) => join(FIXTURES, f));
    for (const file of [...files, sheetWith(HOSTILE)]) {
      const { stdout } = await run(file, '--format', 'json');
      expect(stdout, file).toBe(`${JSON.stringify(JSON.parse(stdout), null, 2)}\n`);
    }
    const empty = join(dir, 'header-only.csv');
    writeFileSync(empty, 'order_ref,order_type,order_total\n');
    const { stdout } = await run(empty, '--format', 'json');
    expect(stdout).toBe(
      `${JSON.stringify({ rows: [], summary: { rows: 0, errors: 0, warnings: 0 } }, null, 2)}\n`,
    );
  });

  it('ndjson: each line is one element of the JSON report, then the summary', async () => {
    const file = join(EXAMPLES, 'orders.csv');
    const json = JSON.parse((await run(file, '--format', 'json')).stdout);
    const { stdout } = await run(file, '--format', 'ndjson');
    expect(stdout.endsWith('\n')).toBe(true);
    expect(stdout.charCodeAt(0)).not.toBe(0xfeff);
    const lines = stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toEqual([...json.rows, { summary: json.summary }]);
  });
});

describe('sheets as people have them, end to end', () => {
  it('GB18030 and UTF-16 "Unicode text" give the same findings as the UTF-8 example', async () => {
    const utf8 = keys(await report(join(EXAMPLES, 'orders-zh.csv')));
    expect(keys(await report(join(FIXTURES, 'gb18030-zh.csv')))).toEqual(utf8);
    expect(keys(await report(join(FIXTURES, 'unicode-text.txt')))).toEqual(utf8);
    const { stderr } = await run(join(FIXTURES, 'gb18030-zh.csv'), '--lang', 'zh');
    expect(stderr).toContain('按 GB18030 编码读取 gb18030-zh.csv');
  });

  it('Big5 with Traditional headers and values (美國, 電匯, 自營出口): read, not "invalid"', async () => {
    expect(keys(await report(join(FIXTURES, 'big5-traditional.csv')))).toEqual([
      '2 TW-1: ',
      '3 TW-2: payment/advance-min[advance]',
    ]);
  });

  it('the examples saved by LibreOffice as XLSX give the same findings as the CSVs', async () => {
    for (const name of ['orders', 'orders-zh']) {
      const fromCsv = keys(await report(join(EXAMPLES, `${name}.csv`)));
      // LibreOffice stores 0.50 and 30% as numbers: an advance below 1 in a number cell may have meant 50%,
      // which only the XLSX can say; every other finding is the same.
      const fromXlsx = keys(await report(join(FIXTURES, `${name}.xlsx`))).map((r) =>
        r.replace(/ ?amount\/percent-as-number\[advance\]/, ''),
      );
      expect(fromXlsx, name).toEqual(fromCsv);
    }
  });

  it('a title row and a date line above the header: the qq.com buyer, Iran and a 0.10 advance are caught', async () => {
    expect(keys(await report(join(FIXTURES, 'title-rows.csv')))).toEqual([
      '5 T-1: ',
      '6 T-2: payment/advance-min[advance] buyer/email-domestic[buyer_email] destination/restricted[destination]',
    ]);
  });

  it('says how it read the sheet before the report starts, not after it', async () => {
    const printed: string[] = [];
    const outcome = await runCli([join(FIXTURES, 'title-rows.csv'), '--today', '2026-11-20'], {
      write: (text) => void printed.push(`out ${text.slice(0, 20)}`),
      notice: (line) => void printed.push(`err ${line}`),
    });
    expect(outcome.stderr).toBe('');
    expect(printed[0]).toMatch(/^err ta-check: .*title-rows\.csv: the header is on row 4/);
    expect(printed.findIndex((p) => p.startsWith('out '))).toBeGreaterThan(0);
  });

  it('a stray quote: every row reported, the damaged one named', async () => {
    expect(keys(await report(join(FIXTURES, 'stray-quotes.csv')))).toEqual([
      '2 Q-1: ',
      '3 Q-2: sheet/quote-damage[remark]',
      '4 Q-3: buyer/email-domestic[buyer_email]',
      '5 Q-4: payment/method-not-allowed[payment_method]',
    ]);
  });

  it('blank rows are skipped and said; totals rows are reported as skipped', async () => {
    expect(keys(await report(join(FIXTURES, 'blank-and-totals.csv')))).toEqual([
      '2 B-1: ',
      '5 B-2: ',
      '6 null: sheet/row-skipped[order_ref]',
      '7 null: sheet/row-skipped[order_ref]',
    ]);
    const zh = await run(join(FIXTURES, 'blank-and-totals.csv'), '--lang', 'zh');
    expect(zh.stderr).toContain('已跳过空行：3, 4');
    expect(zh.code).toBe(0);
  });

  it('semicolon files: decimal commas read as amounts, `12.000` named as ambiguous', async () => {
    expect(keys(await report(join(FIXTURES, 'semicolon-decimal-comma.csv')))).toEqual(['2 E-1: ', '3 E-2: ']);
    expect(keys(await report(join(FIXTURES, 'semicolon-ambiguous.csv')))).toEqual([
      '2 A-1: amount/ambiguous[order_total] amount/ambiguous[advance]',
      '3 A-2: ',
    ]);
  });

  it('headers with units and marks: a wrong stated total is caught, the unknown column said', async () => {
    const rows = await report(join(FIXTURES, 'headers-marks.csv'));
    expect(keys(rows)).toEqual(['2 H-1: ', '3 H-2: amount/total-mismatch[order_total]']);
    const { stderr } = await run(join(FIXTURES, 'headers-marks.csv'));
    expect(stderr).toContain('not order columns, ignored: I "业务员"');
  });

  it('typed XLSX: 30% and 100% as percentages, #N/A and a formula without value named, a rounded order number', async () => {
    const rows = await report(join(FIXTURES, 'typed.xlsx'));
    expect(keys(rows)).toEqual([
      '2 X-1: shipping/date-missing[ship_within_days]',
      '3 X-2: amount/precision[unit_price]',
      '4 X-3: input/invalid[order_total] shipping/date-missing[ship_within_days]',
      '5 X-4: input/invalid[order_total] shipping/date-missing[ship_within_days]',
      '6 12345678901234600: sheet/number-precision[order_ref] shipping/date-missing[ship_within_days]',
    ]);
  });

  it('an unreadable order total: the buyer fee is null (not priced on the advance alone), and the finding says why', async () => {
    const path = join(dir, 'unreadable-total.csv');
    writeFileSync(
      path,
      'order_ref,order_type,currency,order_total,advance,payment_method\nF-1,TA,USD,#N/A,300,card\nF-2,TA,USD,"2.500,00",300,card\nF-3,TA,USD,1000,300,card\n',
    );
    const { stdout } = await run(path, '--format', 'json');
    const rows = JSON.parse(stdout).rows;
    expect(rows.map((r: { fees: { payment: unknown } }) => r.fees.payment === null)).toEqual([
      true,
      true,
      false,
    ]);
    expect(keys(rows.slice(0, 2))).toEqual([
      '2 F-1: amount/invalid[order_total]',
      '3 F-2: amount/invalid[order_total]',
    ]);
  });

  it("Boleto's monthly limit across rows: the earlier row, already written when the later is read, is named too", async () => {
    const path = join(dir, 'boleto.csv');
    writeFileSync(
      path,
      'order_ref,order_type,buyer_email,destination,currency,order_total,payment_method,order_date,export_mode\n' +
        'B-1,TA,ana@example.com.br,Brazil,USD,2000.00,boleto,2026-11-02,self\n' +
        'B-2,TA,ana@example.com.br,Brazil,USD,900.00,card,2026-11-03,self\n' +
        'B-3,TA,ana@example.com.br,Brazil,USD,1500.00,boleto,2026-11-20,self\n',
    );
    const { stdout } = await run(path, '--format', 'json');
    const json = JSON.parse(stdout);
    expect(keys(json.rows)).toEqual([
      '2 B-1: payment/monthly-limit[payment_method]',
      '3 B-2: ',
      '4 B-3: payment/monthly-limit[payment_method]',
    ]);
    expect(json.rows[0].findings[0].message.en).toContain('(rows 2, 4: USD 3,500.00)');
    expect(json.summary).toEqual({ rows: 3, errors: 0, warnings: 2 });
  });

  it('refuses what it cannot check, exit 2, in the chosen language', async () => {
    const none = await run(join(FIXTURES, 'no-order-column.csv'), '--lang', 'zh');
    expect([none.code, none.stdout]).toEqual([2, '']);
    expect(none.stderr).toContain('没有订单类型或金额列');
    const two = await run(join(FIXTURES, 'two-order-sheets.xlsx'));
    expect(two.stderr).toContain(
      'several sheets hold orders: "Orders A", "Orders B"; choose one with --sheet NAME',
    );
    const chosen = await run(
      join(FIXTURES, 'two-order-sheets.xlsx'),
      '--sheet',
      'Orders A',
      '--format',
      'json',
    );
    expect(JSON.parse(chosen.stdout).rows.map((r: JsonRow) => r.ref)).toEqual(['A-1']);
    const xls = await run(join(FIXTURES, 'orders.xls'));
    expect([xls.code, xls.stderr]).toEqual([2, expect.stringContaining('save it as .xlsx')]);
  });
});

const HOSTILE = [
  '\x1b]0;pwned\x07\x1b[31m FAKE OK',
  'PO\u202e1001',
  'li@qq\u200b.com',
  '=HYPERLINK("http://x")',
  '+1',
  '-2',
  '@SUM(A1)',
  '\tTab',
  '\rCR',
];
/** Control characters (C0 but tab and line feed, DEL, C1), zero-width and direction controls. */
function rawUnsafe(text: string): string | null {
  for (const ch of text) {
    const c = ch.codePointAt(0) as number;
    const control = (c < 0x20 && c !== 0x09 && c !== 0x0a) || (c >= 0x7f && c <= 0x9f);
    const format =
      (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
    if (control || format) return `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
  }
  return null;
}

function sheetWith(cells: readonly string[]): string {
  const path = join(dir, `hostile-${Math.random().toString(36).slice(2)}.csv`);
  const quote = (s: string) => `"${s.replaceAll('"', '""')}"`;
  const rows = cells.map((c) => [quote(c), 'TA', quote(c), quote(c), 'USD', '100', quote(c)].join(','));
  writeFileSync(
    path,
    `order_ref,order_type,buyer_email,destination,currency,order_total,remark\n${rows.join('\n')}\n`,
  );
  return path;
}

describe('text from the sheet is data, never control (issue 11)', () => {
  it('the table shows escape, bell and direction characters escaped, never raw', async () => {
    const { stdout } = await runCli([sheetWith(HOSTILE), '--today', '2026-11-20']);
    expect(rawUnsafe(stdout)).toBeNull();
    expect(stdout).toContain('\\x1b]0;pwned\\x07');
    expect(stdout).toContain('U+202E');
  });

  it('for any text in any cell, the table holds no raw control or direction character (colour off)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string({ unit: 'binary', maxLength: 12 }), { minLength: 1, maxLength: 4 }),
        async (cells) => {
          const { stdout } = await runCli([sheetWith(cells), '--today', '2026-11-20']);
          expect(rawUnsafe(stdout)).toBeNull();
        },
      ),
      { numRuns: 25 },
    );
  }, 60_000);

  it('--format csv: result columns never start a formula; --csv-safe neutralises echoed cells', async () => {
    const path = sheetWith(HOSTILE);
    const parse = (csv: string) => csv.replace(/^\ufeff/, '');
    const plain = parse((await runCli([path, '--format', 'csv', '--today', '2026-11-20'])).stdout);
    const safe = parse(
      (await runCli([path, '--format', 'csv', '--csv-safe', '--today', '2026-11-20'])).stdout,
    );
    const { default: Papa } = await import('papaparse');
    const width = 7;
    for (const [csv, echoedSafe] of [
      [plain, false],
      [safe, true],
    ] as const) {
      const rows = Papa.parse<string[]>(csv.trimEnd()).data.slice(1);
      expect(rows).toHaveLength(HOSTILE.length);
      for (const row of rows) {
        for (const result of row.slice(width)) expect(result).not.toMatch(/^[=+\-@\t\r]/);
        if (echoedSafe) for (const echoed of row.slice(0, width)) expect(echoed).not.toMatch(/^[=+\-@\t\r]/);
      }
    }
    // Without --csv-safe the user's own cells are echoed exactly as they are.
    expect(Papa.parse<string[]>(plain.trimEnd()).data[4]?.[0]).toBe('=HYPERLINK("http://x")');
    expect(Papa.parse<string[]>(safe.trimEnd()).data[4]?.[0]).toBe('\'=HYPERLINK("http://x")');
  });
});

describe('every data row appears in the report exactly once, whatever the damage', () => {
  const remark = fc.oneof(
    fc.string({ unit: fc.constantFrom('a', ' ', '"', ',', '中', '1'), maxLength: 10 }),
    fc
      .string({ unit: fc.constantFrom('a', '\n', ',', '"'), maxLength: 10 })
      .map((s) => `"${s.replaceAll('"', '""')}"`),
    fc.constantFrom('合计', 'Total', ''),
  );
  it('CSV with stray quotes, line breaks, blank and totals-like rows', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.boolean(), remark), { minLength: 1, maxLength: 20 }),
        async (spec) => {
          const lines = spec.map(([blank, r], i) => (blank ? ',,,' : `R${i + 1},TA,100,${r}`));
          const path = join(dir, `property-${Math.random().toString(36).slice(2)}.csv`);
          writeFileSync(path, `order_ref,order_type,order_total,remark\n${lines.join('\n')}\n`);
          const rows = await report(path);
          const refs = rows.map((r) => r.ref).filter((ref) => ref !== null && /^R\d+$/.test(ref));
          const expected = spec.flatMap(([blank], i) => (blank ? [] : [`R${i + 1}`]));
          expect(refs).toEqual(expected);
          expect(new Set(rows.map((r) => r.row)).size).toBe(rows.length);
        },
      ),
      { numRuns: 60 },
    );
  }, 60_000);
});
