import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { type LinkJson, runLink } from '../../src/cli/link.ts';
import { runCli } from '../../src/cli/main.ts';

const examples = (name: string) => new URL(`../../../examples/${name}`, import.meta.url).pathname;
const ORDERS = examples('link-orders.csv');
const RECEIPTS = examples('receipts.csv');
const schema = JSON.parse(
  readFileSync(new URL('../../../docs/link-report.schema.json', import.meta.url), 'utf8'),
);

/** What the example sheets say each receipt pays (examples/receipts.csv describes each situation). */
const EXAMPLE_PROPOSALS = {
  'R-1': '311893905010267091 advance 750.00, shortfall 0.00',
  'R-2': '311893905010267104 advance 2300.00, shortfall 25.00',
  'R-3': '298877665544332211 advance 1170.00, shortfall 30.00',
  'R-4': '275512340000999888 advance 1080.00, shortfall 0.00',
  'R-5': '264401772093118456 advance 1780.00, shortfall 20.00',
  'R-6': '253300981174622019 advance 594.00, 253300981174622019 balance 1366.00, shortfall 20.00',
  'R-7': '242219004738155602 advance 1500.00, 242219004738155718 advance 1235.00, shortfall 25.00',
  'R-8': '231108336612907733 advance 1200.00, shortfall 0.00',
  'R-9': '231108336612907733 advance 1780.00, shortfall 20.00',
  'R-12': '219986004411229857 advance 580.00, shortfall 20.00',
};

const proposedOf = (json: LinkJson) =>
  Object.fromEntries(
    json.proposals.map((p) => [
      p.receipt.ref,
      [...p.links.map((l) => `${l.order.ref} ${l.part} ${l.amount}`), `shortfall ${p.shortfall}`].join(', '),
    ]),
  );

async function linkJson(...extra: string[]): Promise<{ json: LinkJson; code: number }> {
  const out = await runLink([ORDERS, RECEIPTS, '--format', 'json', '--today', '2026-11-20', ...extra]);
  return { json: JSON.parse(out.stdout) as LinkJson, code: out.code };
}

describe('ta-check link on the example sheets', () => {
  it('prints the contract: the JSON validates against docs/link-report.schema.json', async () => {
    const { json } = await linkJson();
    const validate = new Ajv({ allErrors: true }).compile(schema);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    for (const p of json.proposals) expect(Math.round(p.confidence * 100) / 100).toBe(p.confidence);
  });

  it('says its usage and its argument errors in Chinese with --lang zh', async () => {
    const help = await runLink(['--help', '--lang', 'zh']);
    expect(help.stdout).toContain('用法：ta-check link 订单表 收款表');
    expect(help.stdout).toContain('关联后不能修改或撤销');
    const missing = await runLink(['--lang', 'zh', ORDERS]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('需要订单表和收款表两个文件');
    expect((await runLink([ORDERS, RECEIPTS, '--format', 'xml', '--lang', 'zh'])).stderr).toContain(
      '--format 应为 table、json、csv 之一，而不是“xml”',
    );
    expect((await runLink(['--help'])).stdout).toContain('Usage: ta-check link ORDERS RECEIPTS');
  });

  it("tells what a statement's columns mean for the receipts, and counts its payments out apart", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ta-link-statement-'));
    const statement = join(dir, 'statement.csv');
    writeFileSync(
      statement,
      [
        'Booking Date,Value Date,Description,Amount',
        '2026-11-10,2026-11-09,WIRE ORDER 311893905010267091,750.00',
        '2026-11-10,2026-11-10,WIRE FEE,-15.00',
      ].join('\n'),
    );
    const out = await runLink([ORDERS, statement, '--today', '2026-11-20']);
    expect(out.code).toBe(0);
    expect(out.stderr).toContain('column "Booking Date" not read: "Value Date" gives the same');
    expect(out.stderr).toContain('no currency column: an amount without a currency sign is read as USD');
    expect(out.stderr).toContain('no payer column: no payer counts for or against an order');
    expect(out.stdout).toContain('1 receipt, 1 proposed, 0 not proposed, 1 row not a receipt, 0 errors');
    const zh = await runLink([ORDERS, statement, '--today', '2026-11-20', '--lang', 'zh']);
    expect(zh.stderr).toContain('未读取“Booking Date”列：“Value Date”列已给出同一项');
    expect(zh.stdout).toContain('1 笔到账，建议关联 1 笔，未建议 0 笔，非收款行 1 行，错误 0 个');
  });

  it('reads a formula whose saved result is 0 as 0, in ta-check and ta-check link (LibreOffice workbook)', async () => {
    const book = new URL('../../../test/fixtures/sheets/formula-zero.xlsx', import.meta.url).pathname;
    const checked = (await runCli([book, '--format', 'json', '--today', '2026-11-20'])).stdout;
    const linked = (await runLink([book, RECEIPTS, '--format', 'json', '--today', '2026-11-20'])).stdout;
    for (const out of [checked, linked]) {
      expect(out).toContain('payment/overdue');
      expect(out).not.toContain('no saved result');
    }
  });

  it("skips the orders sheet's totals row as ta-check does, instead of checking it as an order", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ta-link-totals-'));
    const orders = join(dir, 'orders.csv');
    const sheet = readFileSync(ORDERS, 'utf8').trimEnd();
    const totalsRow = sheet.split('\n').length + 1;
    writeFileSync(orders, `${sheet}\n合计,,,50000.00\n`);
    const linked = await runLink([orders, RECEIPTS, '--format', 'json', '--today', '2026-11-20']);
    const json = JSON.parse(linked.stdout) as LinkJson;
    const checked = JSON.parse(
      (await runCli([orders, '--format', 'json', '--today', '2026-11-20'])).stdout,
    ) as { rows: { row: number; findings: { rule: string }[] }[] };
    const rules = (findings: readonly { rule: string }[] | undefined) => findings?.map((f) => f.rule);
    expect(rules(json.orders.find((o) => o.row === totalsRow)?.findings)).toEqual(['sheet/row-skipped']);
    expect(rules(json.orders.find((o) => o.row === totalsRow)?.findings)).toEqual(
      rules(checked.rows.find((r) => r.row === totalsRow)?.findings),
    );
    expect(json.proposals.some((p) => p.links.some((l) => l.order.row === totalsRow))).toBe(false);
  });

  it("prints what the README's excerpt shows, line for line", async () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const command =
      '`npx ta-check link examples/link-orders.csv examples/receipts.csv --today 2026-11-20` prints';
    const excerpt = readme.slice(readme.indexOf(command)).split('```')[1] ?? '';
    const shown = excerpt.split('\n').filter((line) => line.trim() !== '' && line !== '…');
    expect(shown.length).toBeGreaterThan(20);
    const printed = new Set((await runLink([ORDERS, RECEIPTS, '--today', '2026-11-20'])).stdout.split('\n'));
    expect(shown.filter((line) => !printed.has(line))).toEqual([]);
  });

  it('proposes each receipt the examples describe, and nothing for the ambiguous, the stranger, the EUR one', async () => {
    const { json, code } = await linkJson();
    const proposed = proposedOf(json);
    expect(proposed).toEqual(EXAMPLE_PROPOSALS);
    expect(json.unmatched.map((u) => [u.receipt.ref, u.why.en])).toEqual([
      ['R-10', 'Two readings are about equally likely: choose by hand (a link cannot be undone).'],
      ['R-11', 'The best reading is too weak to propose: a link cannot be undone.'],
      ['R-14', 'No open order is in EUR.'],
    ]);
    expect(json.proposals.find((p) => p.receipt.ref === 'R-12')?.findings.map((f) => f.rule)).toEqual([
      'linking/payer-mismatch',
      'linking/irreversible',
    ]);
    expect(json.intended.map((i) => [i.receipt.ref, i.findings.map((f) => f.rule)])).toEqual([
      ['R-13', ['linking/over-outstanding', 'linking/irreversible']],
    ]);
    const flagged = json.orders.filter((o) => o.findings.length > 0);
    // row 14 is confirmed 19 days ago and unpaid in the sheet, but R-13 (the seller's own link) pays its advance:
    // not "the buyer has not paid, you may close the order"
    expect(flagged.map((o) => [o.row, o.findings.map((f) => f.rule)])).toEqual([[15, ['shipping/overdue']]]);
    expect(json.summary).toEqual({ receipts: 14, proposed: 10, unmatched: 3, errors: 1, warnings: 2 });
    expect(code).toBe(1);
  });

  it('writes the receipts sheet with ta_ columns, one line per link, in either language', async () => {
    const out = await runLink([ORDERS, RECEIPTS, '--format', 'csv', '--today', '2026-11-20', '--lang', 'zh']);
    const lines = out.stdout.trim().split('\n');
    expect(lines[0]).toBe(
      'receipt_ref,received_at,payer,amount,currency,linked,memo,account,link_order,link_part,link_amount,ta_order,ta_part,ta_amount,ta_shortfall,ta_confidence,ta_why',
    );
    const r7 = lines.filter((l) => l.startsWith('R-7,'));
    expect(r7.map((l) => l.split(',').slice(11, 15).join(','))).toEqual([
      // the shortfall once, on the link it settles: a column sum counts it once
      '242219004738155602,预付款,1500.00,',
      '242219004738155718,预付款,1235.00,25.00',
    ]);
    // a receipt not proposed lists its candidates
    expect(lines.find((l) => l.startsWith('R-10,'))).toContain(
      '1. 220097552289031174 预付款 USD 900.00 (0.49) 2. 220097552289031290 预付款 USD 900.00 (0.49)',
    );
    expect(lines.find((l) => l.startsWith('R-14,'))).toContain('没有币种为 EUR 的未结订单。');
  });

  it('reads a table for people, and says why an input cannot be read (exit 2)', async () => {
    const table = await runLink([ORDERS, RECEIPTS, '--today', '2026-11-20']);
    expect(table.stdout).toContain('✔ Row 8  R-7\n    → 242219004738155602 advance USD 1,500.00');
    expect(table.stdout).toContain('14 receipts, 10 proposed, 3 not proposed, 1 error, 2 warnings');
    const missing = await runLink([ORDERS, examples('nope.csv')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.csv: no such file');
    const swapped = await runLink([ORDERS, ORDERS]);
    expect(swapped.code).toBe(2);
    expect(swapped.stderr).toContain('no receipts sheet');
  });
});

describe('ta-check link on sheets as people have them', () => {
  const fixture = (name: string) =>
    new URL(`../../../test/fixtures/sheets/${name}`, import.meta.url).pathname;
  // Made by scripts/make-link-fixtures.ts with iconv: the example rows under a title, the account and the period.
  const BANK = fixture('receipts-bank-gb18030.csv');
  const TITLED_ORDERS = fixture('link-orders-title.csv');

  it('reads a GB18030 bank export with Chinese headers below its title rows, and orders below a title', async () => {
    const out = await runLink([TITLED_ORDERS, BANK, '--format', 'json', '--today', '2026-11-20']);
    expect(out.stderr).toBe('');
    const json = JSON.parse(out.stdout) as LinkJson;
    expect(proposedOf(json)).toEqual(EXAMPLE_PROPOSALS);
    // rows as the sheets number them: four rows above the receipts' header, one above the orders'
    const first = json.proposals.find((p) => p.receipt.ref === 'R-1');
    expect(first?.receipt.row).toBe(6);
    expect(first?.links[0]?.order.row).toBe(3);
    // the Chinese memo decoded, not U+FFFD
    expect(first?.reasons[0]?.message.zh).toBe('附言中有订单“311893905010267091”的订单号。');
  });

  it('writes the receipts sheet back with its title rows, the result columns beside the header', async () => {
    const out = await runLink([
      TITLED_ORDERS,
      BANK,
      '--format',
      'csv',
      '--today',
      '2026-11-20',
      '--lang',
      'zh',
    ]);
    const lines = out.stdout.split('\n');
    // UTF-8 with a BOM (Chinese Excel reads a CSV without one as GBK); the title rows as they were
    expect(lines[0]).toBe('\ufeff招商银行 外币账户交易明细,,,,,,,,,,');
    expect(lines[4]).toBe(
      '流水号,到账时间,汇款人,到账金额,币种,已关联金额,汇款附言,收款账号,关联订单,关联类型,确认关联金额,ta_order,ta_part,ta_amount,ta_shortfall,ta_confidence,ta_why',
    );
    expect(
      lines[5]?.startsWith(
        'R-1,2026-11-09 09:12,ACME TRADING CO LTD,750.00,USD,,货款 订单号311893905010267091,',
      ),
    ).toBe(true);
  });

  it('reads a LibreOffice workbook given twice: 30% as a percent, the hidden sheet skipped, the totals row too', async () => {
    // Made by scripts/make-link-workbook.mjs: advances typed 30% (stored 0.3), date-time cells, a SUM totals row.
    const BOOK = fixture('link-book.xlsx');
    const out = await runLink([BOOK, BOOK, '--format', 'json', '--today', '2026-11-20']);
    expect(out.stderr.split('\n').filter(Boolean)).toEqual([
      `ta-check link: ${BOOK}: orders from sheet "订单"; hidden sheets skipped: "旧数据"`,
      `ta-check link: ${BOOK}: receipts from sheet "外汇到账"; hidden sheets skipped: "旧数据"`,
      `ta-check link: ${BOOK}: totals rows skipped: 20`,
    ]);
    const json = JSON.parse(out.stdout) as LinkJson;
    // by hand: 30% of 10,000.00 is 3,000.00, less 15.00; 30% of 4,800.00 is 1,440.00, less 30.00; 30% of 2,000.00 +
    // 30% of 3,500.00 is 1,650.00, less 35.00 (memo "…667045/056"); 50% of 16,000.00 in two instalments
    expect(proposedOf(json)).toMatchObject({
      FX20261103001: '318822004455667001 advance 2985.00, shortfall 15.00',
      FX20261104002: '318822004455667012 advance 1410.00, shortfall 30.00',
      FX20261105004: '318822004455667045 advance 600.00, 318822004455667056 advance 1015.00, shortfall 35.00',
      FX20261108007: '318822004455667089 advance 4000.00, shortfall 0.00',
      FX20261115008: '318822004455667089 advance 3975.00, shortfall 25.00',
    });
    expect(json.summary.receipts).toBe(14);
    // the two receipts it cannot read are errors of the input (exit 1), each quoting its cell
    expect(json.summary.errors).toBe(2);
    expect(out.code).toBe(1);
    expect(json.unmatched.map((u) => u.why.en).slice(2)).toEqual([
      'Not read: Received at "2026-11-31" is not a day of the calendar.',
      'Not read: Amount "待核实" is not an amount.',
    ]);
    expect(json.unmatched.map((u) => u.receipt.ref)).toEqual([
      'FX20261110010',
      'FX20261112012',
      'FX20261113013',
      'FX20261114014',
    ]);
  });

  it("reads a bank statement's own headers, and names the columns it does not read", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bank-'));
    const bank = join(dir, 'statement.csv');
    writeFileSync(
      bank,
      'Value Date,Remitter Name,Credit Amount,Currency,Payment Details,Branch\n' +
        '2026-11-09,ACME TRADING CO LTD,750.00,USD,/RFB/ORDER 311893905010267091,HK\n',
    );
    const out = await runLink([ORDERS, bank, '--format', 'json', '--today', '2026-11-20']);
    expect(out.stderr).toBe(`ta-check link: ${bank}: columns not read: "Branch"\n`);
    expect(proposedOf(JSON.parse(out.stdout) as LinkJson)).toEqual({
      null: '311893905010267091 advance 750.00, shortfall 0.00',
    });
    writeFileSync(bank, '对方,钱\n1,2\n');
    const refused = await runLink([ORDERS, bank, '--lang', 'zh']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('第一行是 "对方", "钱"');
  });
});
