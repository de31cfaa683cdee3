/**
 * Makes the fund-linking sheets of test/fixtures/sheets/ as people have them, with the real tool (iconv): a bank's
 * statement export saved by Chinese Excel (GB18030, Chinese headers, a title, the account and the period above
 * the header) and the orders sheet with a title row. Both hold the rows of examples/, so ta-check link must
 * propose the same links. The files are committed. Run: `node --import tsx scripts/make-link-fixtures.ts`.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const OUT = join(import.meta.dirname, '..', 'test', 'fixtures', 'sheets');
const EXAMPLES = join(import.meta.dirname, '..', 'examples');

const ZH_HEADERS: Record<string, string> = {
  receipt_ref: '流水号',
  received_at: '到账时间',
  payer: '汇款人',
  amount: '到账金额',
  currency: '币种',
  linked: '已关联金额',
  memo: '汇款附言',
  account: '收款账号',
  link_order: '关联订单',
  link_part: '关联类型',
  link_amount: '确认关联金额',
};

const [header = '', ...rows] = readFileSync(join(EXAMPLES, 'receipts.csv'), 'utf8').trimEnd().split('\n');
const bank = [
  '招商银行 外币账户交易明细,,,,,,,,,,',
  '账号：6214 **** 8821（美元）,,,,,,,,,,',
  '查询期间：2026-11-01 至 2026-11-20,,,,,,,,,,',
  ',,,,,,,,,,',
  header
    .split(',')
    .map((h) => ZH_HEADERS[h] ?? h)
    .join(','),
  // The first receipt's memo in Chinese, as a Chinese buyer's bank writes it.
  ...rows.map((row) => row.replace('/RFB/ORDER 311893905010267091', '货款 订单号311893905010267091')),
].join('\r\n');
writeFileSync(
  join(OUT, 'receipts-bank-gb18030.csv'),
  execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: `${bank}\r\n` }),
);

const orders = readFileSync(join(EXAMPLES, 'link-orders.csv'), 'utf8');
writeFileSync(join(OUT, 'link-orders-title.csv'), `2026年11月 信用保障订单（关联外汇）\n${orders}`);
