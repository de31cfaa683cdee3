import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/main.ts';

const root = new URL('../../', import.meta.url).pathname;
const example = join(root, 'examples/orders.csv');
const exampleZh = join(root, 'examples/orders-zh.csv');
const settings = join(root, 'examples/settings.json');
const dir = mkdtempSync(join(tmpdir(), 'ta-check-'));

const VALID = `order_ref,order_type,buyer_email,destination,unit_price,quantity,advance,payment_method,card_brand,export_mode,logistics,shipping_method,trade_term,shipping_address,ship_within_days
OK-1,TA,buyer@example.com,US,25.00,100,100%,card,visa,self,platform,express,FOB,1 Market St,10
`;

describe('ta-check', () => {
  it('exits 0 when no row has an error, 1 when one does', async () => {
    const valid = join(dir, 'valid.csv');
    writeFileSync(valid, VALID);
    expect((await runCli([valid, '--today', '2026-11-20'])).code).toBe(0);
    expect((await runCli([example, '--today', '2026-11-20', '--settings', settings])).code).toBe(1);
  });

  it('exits 2 with a one-line message for a missing, unreadable or wrong file', async () => {
    for (const [args, text] of [
      [[join(dir, 'nope.csv')], 'no such file'],
      [[settings], 'not a .csv or .xlsx file'],
      [[join(dir, 'broken.xlsx')], 'not a readable XLSX workbook'],
      [[example, '--format', 'yaml'], '--format must be table, json, ndjson or csv'],
      [[example, '--today', '2026-13-01'], '--today must be a date'],
      [[example, '--settings', join(dir, 'missing.json')], 'no such file'],
      [[], 'expected one FILE'],
    ] as const) {
      writeFileSync(join(dir, 'broken.xlsx'), 'not a zip');
      const outcome = await runCli([...args]);
      expect(outcome.code, args.join(' ')).toBe(2);
      expect(outcome.stderr).toContain(text);
      expect(outcome.stderr).not.toMatch(/\n\s+at /); // no stack trace
      expect(outcome.stdout).toBe('');
    }
  });

  it('says its usage and its argument errors in Chinese with --lang zh, with no English word but the options', async () => {
    const english = (text: string) =>
      text
        .replace(
          /--[a-z-]+|ta-check|YYYY-MM-DD|FILE|\b(?:table|json|ndjson|csv|xlsx|en|zh|utf-\d+\w*|gb18030|gbk|big5|link|UTF-8|BOM|JSON|CSV|XLSX|T\/T|yaml|nope)\b/gi,
          '',
        )
        .match(/[A-Za-z]{3,}/g) ?? [];
    const help = await runCli(['--help', '--lang', 'zh']);
    expect(help.stdout).toContain('用法：ta-check 文件.csv');
    expect(english(help.stdout)).toEqual([]);
    for (const [args, text] of [
      [['--lang', 'zh', '--nope'], '未知选项“--nope”'],
      [
        ['--lang', 'zh', example, '--format', 'yaml'],
        '--format 应为 table、json、ndjson、csv 之一，而不是“yaml”',
      ],
      [['--lang=zh', example, '--today', '2026-13-01'], '--today 应为日期 YYYY-MM-DD'],
      [['--lang', 'zh'], '需要且只需要一个文件'],
      [['--lang', 'zh', example, '--settings', join(dir, 'missing.json')], '文件不存在'],
    ] as const) {
      const outcome = await runCli([...args]);
      expect(outcome.code, args.join(' ')).toBe(2);
      expect(outcome.stderr, args.join(' ')).toContain(text);
      expect(english(outcome.stderr.replace(join(dir, 'missing.json'), '')), args.join(' ')).toEqual([]);
    }
    // Without --lang the same error is English.
    expect((await runCli(['--nope'])).stderr).toContain("Unknown option '--nope'");
  });

  it('reads Chinese headers and prints Chinese with --lang zh', async () => {
    const { stdout } = await runCli([
      exampleZh,
      '--today',
      '2026-11-20',
      '--settings',
      settings,
      '--lang',
      'zh',
    ]);
    expect(stdout).toContain('第 3 行');
    expect(stdout).toContain('e收汇订单只能由卖家起草');
    expect(stdout).toMatch(/3 行, \d+ 个错误/);
  });

  it('writes the input back with result columns in csv format', async () => {
    const { stdout } = await runCli([
      example,
      '--format',
      'csv',
      '--today',
      '2026-11-20',
      '--settings',
      settings,
    ]);
    // UTF-8 with a BOM, so Excel in any locale reads the Chinese text.
    expect(stdout.startsWith('\ufeff')).toBe(true);
    const lines = stdout.slice(1).trim().split('\n');
    expect(lines[0]).toMatch(
      /^order_ref,order_type,.*,withdraw_to,ta_status,ta_findings,ta_payment_fee,ta_service_fee,ta_withdrawal_fee,ta_net$/,
    );
    expect(lines[1]).toMatch(/^PO-1001,TA,seller,buyer@example\.com,US,USD,25\.00,100,/);
    expect(lines[1]).toContain(',ok,,USD 73.76,USD 25.00,CNY 0.00,"CNY 17,625.00"');
  });

  it('colours only when stdout is a terminal and NO_COLOR is not set', async () => {
    const args = [example, '--today', '2026-11-20'];
    expect((await runCli(args, { stdoutIsTty: true, env: {} })).stdout).toContain('\x1b[31m');
    expect((await runCli(args, { stdoutIsTty: true, env: { NO_COLOR: '1' } })).stdout).not.toContain('\x1b[');
    expect((await runCli(args, { stdoutIsTty: false, env: {} })).stdout).not.toContain('\x1b[');
  });

  it('reports progress on stderr for long files only when stderr is a terminal', async () => {
    const long = join(dir, 'long.csv');
    const [header, row] = VALID.trim().split('\n');
    writeFileSync(long, [header, ...Array(25_000).fill(row)].join('\n'));
    const lines: string[] = [];
    await runCli([long, '--format', 'json'], { stderrIsTty: true, progress: (l) => lines.push(l) });
    expect(lines.some((l) => l.includes('ta-check: 25000 rows'))).toBe(true);
    lines.length = 0;
    await runCli([long, '--format', 'json'], { stderrIsTty: false, progress: (l) => lines.push(l) });
    expect(lines).toEqual([]);
    // 50,000 rows checked twice: a functional test that needs room on a busy machine, not a timing one.
  }, 60_000);

  it('gives the same report for the same orders as XLSX and as CSV (dates as cell dates)', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Orders');
    sheet.addRow([
      'order_ref',
      'order_type',
      'unit_price',
      'quantity',
      'advance',
      'ship_by_date',
      '买家邮箱',
    ]);
    sheet.addRow(['X-1', 'TA', 25, 100, 0.5, new Date(Date.UTC(2026, 10, 19)), 'a@qq.com']);
    const xlsx = join(dir, 'orders.xlsx');
    await workbook.xlsx.writeFile(xlsx);
    const csv = join(dir, 'orders.csv');
    writeFileSync(
      csv,
      'order_ref,order_type,unit_price,quantity,advance,ship_by_date,买家邮箱\nX-1,TA,25,100,0.5,2026-11-19,a@qq.com\n',
    );
    const fromXlsx = await runCli([xlsx, '--format', 'json', '--today', '2026-11-20']);
    const fromCsv = await runCli([csv, '--format', 'json', '--today', '2026-11-20']);
    const rules = (out: string) => JSON.parse(out).rows[0].findings.map((f: { rule: string }) => f.rule);
    expect(rules(fromCsv.stdout)).toEqual([
      'payment/advance-min',
      'buyer/email-domestic',
      'shipping/date-past',
    ]);
    // A spreadsheet number 0.5 in the advance may have meant 50%: the XLSX says so; the CSV's text "0.5" cannot.
    expect(rules(fromXlsx.stdout)).toEqual([
      'amount/percent-as-number',
      'payment/advance-min',
      'buyer/email-domestic',
      'shipping/date-past',
    ]);
  });
});

describe('the installed ta-check binary', () => {
  const run = promisify(execFile);
  beforeAll(async () => {
    await run('npm', ['run', 'build', '-w', 'core'], { cwd: root });
  }, 60_000);

  it('prints the table and exits 1 on the example sheet', async () => {
    const error = await run(join(root, 'node_modules/.bin/ta-check'), [
      example,
      '--today',
      '2026-11-20',
    ]).catch((e) => e);
    expect(error.code).toBe(1);
    expect(error.stdout).toContain('buyer/email-domestic');
  });

  it('exits 2 with a single line for a missing file', async () => {
    const error = await run(join(root, 'node_modules/.bin/ta-check'), ['missing.csv']).catch((e) => e);
    expect(error.code).toBe(2);
    expect(error.stderr).toBe('ta-check: missing.csv: no such file\n');
  });
});
