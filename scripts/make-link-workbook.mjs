// Makes test/fixtures/sheets/link-book.xlsx: one workbook with the orders sheet (advances typed as 30%, a title
// row), a bank's receipts sheet (title and account rows, date-time cells, a totals row with SUM) and a hidden sheet
// of old data, written as flat ODS and converted by LibreOffice. The file is committed; CI never runs this.
// Run: node scripts/make-link-workbook.mjs
import { execFileSync } from 'node:child_process';
import fs, { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const OUT = new URL('../test/fixtures/sheets/', import.meta.url).pathname;
const WORK = mkdtempSync(join(tmpdir(), 'link-book-'));
const esc = (s) =>
  String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
// cell spec: string | number | {n, fmt} | {d:'YYYY-MM-DD' | 'YYYY-MM-DDTHH:MM:SS', fmt} | {pct} | {f, v} | null
function cell(c) {
  if (c === null || c === undefined || c === '') return '<table:table-cell/>';
  if (typeof c === 'string')
    return `<table:table-cell office:value-type="string"><text:p>${esc(c)}</text:p></table:table-cell>`;
  if (typeof c === 'number')
    return `<table:table-cell office:value-type="float" office:value="${c}"><text:p>${c}</text:p></table:table-cell>`;
  if ('n' in c)
    return `<table:table-cell table:style-name="${c.fmt || 'ceMoney'}" office:value-type="float" office:value="${c.n}"><text:p>${c.n}</text:p></table:table-cell>`;
  if ('pct' in c)
    return `<table:table-cell table:style-name="cePct" office:value-type="percentage" office:value="${c.pct}"><text:p>${c.pct * 100}%</text:p></table:table-cell>`;
  if ('d' in c)
    return `<table:table-cell table:style-name="${c.d.includes('T') ? 'ceDT' : 'ceDate'}" office:value-type="date" office:date-value="${c.d}"><text:p>${c.d}</text:p></table:table-cell>`;
  if ('f' in c)
    return `<table:table-cell table:style-name="ceMoney" table:formula="${esc(c.f)}" office:value-type="float" office:value="${c.v}"><text:p>${c.v}</text:p></table:table-cell>`;
  throw new Error(`bad cell ${JSON.stringify(c)}`);
}
function fods(sheets) {
  const tables = sheets
    .map(
      (
        s,
      ) => `<table:table table:name="${esc(s.name)}" table:style-name="${s.hidden ? 'taHidden' : 'taShown'}">
${s.rows.map((r) => `<table:table-row>${r.map(cell).join('')}</table:table-row>`).join('\n')}
</table:table>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
 <number:number-style style:name="Nmoney"><number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1" number:grouping="true"/></number:number-style>
 <number:percentage-style style:name="Npct"><number:number number:decimal-places="0" number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>
 <number:date-style style:name="Ndate"><number:year number:style="long"/><number:text>-</number:text><number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/></number:date-style>
 <number:date-style style:name="Ndt"><number:year number:style="long"/><number:text>/</number:text><number:month number:style="long"/><number:text>/</number:text><number:day number:style="long"/><number:text> </number:text><number:hours number:style="long"/><number:text>:</number:text><number:minutes number:style="long"/><number:text>:</number:text><number:seconds number:style="long"/></number:date-style>
 <style:style style:name="ceMoney" style:family="table-cell" style:data-style-name="Nmoney"/>
 <style:style style:name="cePct" style:family="table-cell" style:data-style-name="Npct"/>
 <style:style style:name="ceDate" style:family="table-cell" style:data-style-name="Ndate"/>
 <style:style style:name="ceDT" style:family="table-cell" style:data-style-name="Ndt"/>
 <style:style style:name="taShown" style:family="table"><style:table-properties table:display="true"/></style:style>
 <style:style style:name="taHidden" style:family="table"><style:table-properties table:display="false"/></style:style>
</office:automatic-styles>
<office:body><office:spreadsheet>
${tables}
</office:spreadsheet></office:body></office:document>`;
}
const M = (n) => ({ n });
// ---------- orders ----------
const ordersHeader = [
  '订单号',
  '订单类型',
  '币种',
  '订单总价',
  '预付款',
  '尾款',
  '支付方式',
  '买家名称',
  '备案付款人',
  '确认日期',
  '已付预付款',
  '已付尾款',
  '发货天数',
  '预付款到账日期',
  '订单状态',
];
const O = [
  // ref, type, cur, total, advance(pct or money), balance, method, buyer, regpayer, confirmed, advPaid, balPaid, days, advRecv, status
  [
    '318822004455667001',
    'TA',
    'USD',
    10000,
    { pct: 0.3 },
    7000,
    'tt-intl',
    'Golden Gate Imports, Inc.',
    '',
    '2026-11-02',
    0,
    0,
    30,
    '',
    '待支付',
  ],
  [
    '318822004455667012',
    'TA',
    'USD',
    4800,
    { pct: 0.3 },
    3360,
    'tt-intl',
    'Müller & Söhne GmbH',
    '',
    '2026-11-03',
    0,
    0,
    30,
    '',
    '待支付',
  ],
  [
    '318822004455667023',
    'TA',
    'CNY',
    68000,
    { pct: 0.3 },
    47600,
    'tt-intl',
    '深圳前海宏达贸易有限公司',
    '',
    '2026-11-03',
    0,
    0,
    20,
    '',
    '待支付',
  ],
  [
    '318822004455667045',
    'TA',
    'USD',
    2000,
    { pct: 0.3 },
    1400,
    'tt-intl',
    'Al Noor Trading L.L.C.',
    '',
    '2026-11-04',
    0,
    0,
    30,
    '',
    '待支付',
  ],
  [
    '318822004455667056',
    'TA',
    'USD',
    3500,
    { pct: 0.3 },
    2450,
    'tt-intl',
    'Al Noor Trading L.L.C.',
    '',
    '2026-11-04',
    0,
    0,
    30,
    '',
    '待支付',
  ],
  [
    '318822004455667067',
    'TA',
    'USD',
    6000,
    { pct: 0.3 },
    4200,
    'tt-intl',
    'PT Sinar Jaya Abadi Sentosa Internasional',
    '',
    '2026-11-05',
    0,
    0,
    30,
    '',
    '待支付',
  ],
  [
    '318822004455667078',
    'TA',
    'USD',
    9000,
    { pct: 0.3 },
    6300,
    'tt-intl',
    'Casa Bonita Muebles S.A. de C.V.',
    'Hong Kong Sunrise Payment Services Limited',
    '2026-11-05',
    0,
    0,
    30,
    '',
    '待支付',
  ],
  [
    '318822004455667089',
    'TA',
    'USD',
    16000,
    { pct: 0.5 },
    8000,
    'tt-intl',
    'Kiwi Home Ltd',
    '',
    '2026-11-06',
    0,
    0,
    30,
    '',
    '待支付',
  ],
  [
    '318822004455667090',
    'TA',
    'USD',
    5000,
    { pct: 0.3 },
    3500,
    'tt-intl',
    'Nordlys Interiør AS',
    '',
    '2026-10-10',
    1500,
    0,
    15,
    '2026-10-14',
    '待收货',
  ],
  [
    '318822004455667101',
    'TA',
    'USD',
    3000,
    { pct: 0.3 },
    2100,
    'tt-intl',
    'Andes Café Exportadora S.A.C.',
    '',
    '2026-11-08',
    0,
    0,
    30,
    '',
    '待支付',
  ],
  [
    '318822004455667112',
    'TA',
    'USD',
    3000,
    { pct: 0.3 },
    2100,
    'tt-intl',
    'Andes Café Exportadora S.A.C.',
    '',
    '2026-11-08',
    0,
    0,
    30,
    '',
    '待支付',
  ],
  [
    '318822004455667123',
    'TA',
    'USD',
    7200,
    { pct: 0.3 },
    5040,
    'tt-intl',
    'Östgöta Verktyg AB',
    '',
    '2026-11-09',
    0,
    0,
    30,
    '',
    '待支付',
  ],
  [
    '318822004455667134',
    'TA',
    'USD',
    1500,
    { pct: 0.3 },
    1050,
    'tt-intl',
    'Baltic Amber UAB',
    '',
    '2026-10-25',
    0,
    0,
    30,
    '',
    '待支付',
  ],
];
const orderRows = O.map((o) =>
  o.map((v, i) => {
    if ([3, 5, 10, 11].includes(i)) return M(v);
    if ((i === 9 || i === 13) && v) return { d: v };
    if (i === 12) return v;
    return v;
  }),
);
const ordersSheet = {
  name: '订单',
  rows: [['2026年11月 信用保障订单明细（导出）'], [], ordersHeader, ...orderRows],
};
// ---------- receipts ----------
const rHeader = ['流水号', '到账时间', '汇款人', '到账金额', '币种', '附言', '收款账号'];
const R = [
  [
    'FX20261103001',
    { d: '2026-11-03T09:12:00' },
    'GOLDEN GATE IMPORTS INC',
    M(2985),
    'USD',
    '/RFB/PO 3188 2200 4455 6670 01 DEPOSIT',
    '7788123456789012',
  ], // spaces, -15 fee
  [
    'FX20261104002',
    { d: '2026-11-04T14:40:00' },
    'MULLER UND SOHNE GMBH',
    M(1410),
    'USD',
    'ORDER 318822-004455-667012',
    '7788123456789012',
  ], // dashes, accents dropped, -30
  [
    'FX20261105003',
    { d: '2026-11-05' },
    '深圳前海宏达贸易有限公司',
    M(20400),
    'CNY',
    '订单318822004455667023预付款',
    '7788123456789999',
  ], // CNY exact
  [
    'FX20261105004',
    { d: '2026-11-05T16:20:00' },
    'AL NOOR TRADING LLC',
    M(1615),
    'USD',
    'ADV PI 318822004455667045/056',
    '7788123456789012',
  ], // two orders shorthand, 600+1050=1650 - 35
  [
    'FX20261106005',
    { d: '2026-11-06T10:00:00' },
    'PT SINAR JAYA ABADI SENTOSA INTERNA',
    M(1762),
    'USD',
    'PAYMENT FOR ORDER 31882200445566',
    '7788123456789012',
  ], // 35-char payer, memo cut off, -38
  [
    'FX20261107006',
    { d: '2026-11-07T11:11:00' },
    'HONG KONG SUNRISE PAYMENT SERVICES',
    M(2650),
    'USD',
    'ON BEHALF OF CASA BONITA',
    '7788123456789012',
  ], // agent, registered payer, 2700-50
  [
    'FX20261108007',
    { d: '2026-11-08T09:00:00' },
    'KIWI HOME LIMITED',
    M(4000),
    'USD',
    'FIRST INSTALMENT 318822004455667089',
    '7788123456789012',
  ], // instalment 1 of 8000
  [
    'FX20261115008',
    { d: '2026-11-15T09:30:00' },
    'KIWI HOME LIMITED',
    M(3975),
    'USD',
    'SECOND INSTALMENT 3188220O4455667089',
    '7788123456789012',
  ], // O for 0, rest -25
  [
    'FX20261116009',
    { d: '2026-11-16T15:00:00' },
    'NORDLYS INTERIOR AS',
    M(3480),
    'USD',
    'BALANCE PAYMENT',
    '7788123456789012',
  ], // balance, -20
  [
    'FX20261110010',
    { d: '2026-11-10T12:00:00' },
    'ANDES CAFE EXPORTADORA SAC',
    M(880),
    'USD',
    'ADVANCE',
    '7788123456789012',
  ], // ambiguous 900-20
  [
    'FX20261111011',
    { d: '2026-11-11T12:00:00' },
    'OSTGOTA VERKTYG AB',
    'USD 2,1６0.00',
    'USD',
    'INV OV-2026-031',
    '7788123456789012',
  ], // text amount with fullwidth digit
  [
    'FX20261112012',
    { d: '2026-11-12T08:00:00' },
    'SOCIETE GENERALE D EQUIPEMENT SARL',
    M(1200),
    'EUR',
    'FACTURE 2026-118',
    '7788123456780000',
  ], // EUR
  [
    'FX20261113013',
    '2026-11-31',
    'BALTIC AMBER UAB',
    M(450),
    'USD',
    'ORDER 318822004455667134',
    '7788123456789012',
  ], // unreadable date
  [
    'FX20261114014',
    { d: '2026-11-14T10:00:00' },
    'UNKNOWN REMITTER',
    '待核实',
    'USD',
    '',
    '7788123456789012',
  ], // unreadable amount
];
const rRows = R.map((r) => r);
const n = rRows.length,
  first = 5;
const totals = [
  '合计',
  '',
  '',
  { f: `of:=SUM([.D${first}:.D${first + n - 1}])`, v: 0 },
  '',
  `共 ${n} 笔`,
  '',
];
const receiptsSheet = {
  name: '外汇到账',
  rows: [
    ['中国银行 外汇到账明细查询'],
    ['账号：7788 1234 5678 9012    户名：宁波海曙远航进出口有限公司    查询期间：2026-11-01 至 2026-11-20'],
    [],
    rHeader,
    ...rRows,
    [],
    totals,
  ],
};
const hidden = {
  name: '旧数据',
  hidden: true,
  rows: [
    rHeader,
    ['OLD-1', { d: '2025-01-01' }, 'OLD PAYER', M(99999), 'USD', 'ORDER 318822004455667001', 'x'],
  ],
};
/** Writes the sheets as flat ODS and has LibreOffice convert them to OUT/<name>.xlsx. */
function toXlsx(name, sheets) {
  fs.writeFileSync(join(WORK, `${name}.fods`), fods(sheets));
  execFileSync(
    'soffice',
    [
      '--headless',
      '--norestore',
      `-env:UserInstallation=file://${WORK}/profile`,
      '--convert-to',
      'xlsx',
      '--outdir',
      OUT,
      join(WORK, `${name}.fods`),
    ],
    { stdio: 'inherit' },
  );
}
toXlsx('link-book', [ordersSheet, hidden, receiptsSheet]);

// formula-zero.xlsx: formulas whose saved result is 0 (an advance paid computed as 0, a totals row's SUM of zeros):
// exceljs drops a result of 0 from cell.value (exceljs#2943); the reader must still read 0, not "no saved result".
const zeroSheet = {
  name: '订单',
  rows: [
    ordersHeader,
    [
      '318822004455667101',
      'TA',
      'USD',
      M(2000),
      M(600),
      M(1400),
      'tt-intl',
      'Acme Trading Co. Ltd.',
      '',
      { d: '2026-11-02' },
      { f: 'of:=[.D2]*0', v: 0 },
      0,
      30,
      '',
      '待支付',
    ],
    [
      '合计',
      '',
      '',
      { f: 'of:=SUM([.D2:.D2])', v: 2000 },
      '',
      '',
      '',
      '',
      '',
      '',
      { f: 'of:=SUM([.K2:.K2])', v: 0 },
    ],
  ],
};
toXlsx('formula-zero', [zeroSheet]);
