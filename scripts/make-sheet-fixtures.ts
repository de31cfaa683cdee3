/**
 * Makes test/fixtures/sheets/: order sheets as people really have them, made by the real tools — iconv for the
 * Chinese code pages, LibreOffice (`soffice --headless --convert-to`) for every workbook. The files are committed;
 * CI never runs this (it needs LibreOffice). Run: `node --import tsx scripts/make-sheet-fixtures.ts`.
 *
 * Where no tool saves a case on its own, a LibreOffice file is edited the way the other producer writes it,
 * and the edit is named: Excel/WPS's built-in CJK date format (numFmtId 31, which LibreOffice writes as a custom
 * format), a formula saved without its value (a library that does not calculate), stray formatted cells at XFD1
 * and A1048576 (LibreOffice 7.4 has 1,024 columns).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';

const OUT = join(import.meta.dirname, '..', 'test', 'fixtures', 'sheets');
const EXAMPLES = join(import.meta.dirname, '..', 'examples');
const work = mkdtempSync(join(tmpdir(), 'sheet-fixtures-'));
mkdirSync(OUT, { recursive: true });

function iconv(text: string, to: string): Buffer {
  return execFileSync('iconv', ['-f', 'UTF-8', '-t', to], { input: text });
}

/** LibreOffice converts `source` (in the work folder) to `filter`, written to OUT as `name`. */
function soffice(source: string, target: string, name: string, infilter?: string): void {
  const args = ['--headless', '--norestore', `-env:UserInstallation=file://${work}/profile`];
  if (infilter) args.push(`--infilter=${infilter}`);
  execFileSync('soffice', [...args, '--convert-to', target, '--outdir', work, join(work, source)], {
    stdio: 'ignore',
  });
  const produced = source.replace(/\.[^.]+$/, `.${target.split(':')[0]}`);
  renameSync(join(work, produced), join(OUT, name));
}

const CSV_UTF8 = 'CSV:44,34,76,1';

// --- Encodings ------------------------------------------------------------------------------------------------
const ordersZh = readFileSync(join(EXAMPLES, 'orders-zh.csv'), 'utf8');
const orders = readFileSync(join(EXAMPLES, 'orders.csv'), 'utf8');
// Chinese Excel / WPS "CSV": GB18030.
writeFileSync(join(OUT, 'gb18030-zh.csv'), iconv(ordersZh, 'GB18030'));
// English headers, Chinese values, GBK.
writeFileSync(
  join(OUT, 'gbk-values.csv'),
  iconv(
    'order_ref,order_type,buyer_email,destination,currency,order_total,advance,payment_method,remark\n' +
      'GB-1,TA,buyer@example.com,新加坡,USD,2500.00,750.00,card,请在月底前发货\n' +
      'GB-2,信用保障,li@example.de,德国,USD,1200.00,360.00,T/T,样品单（加急）\n',
    'GBK',
  ),
);
// Excel's "Unicode text": UTF-16LE with a BOM, tab-delimited.
/** One line of the example CSVs (quoted fields hold no quotes) as a tab-delimited line. */
function tabDelimited(line: string): string {
  const fields: string[] = [];
  let rest = line;
  for (;;) {
    const close = rest.startsWith('"') ? rest.indexOf('"', 1) : -1;
    const end = close > 0 ? close + 1 : rest.indexOf(',') < 0 ? rest.length : rest.indexOf(',');
    fields.push(close > 0 ? rest.slice(1, close) : rest.slice(0, end));
    rest = rest.slice(end);
    if (!rest.startsWith(',')) return fields.join('\t');
    rest = rest.slice(1);
  }
}
const tabbed = ordersZh.split('\n').map(tabDelimited).join('\n');
writeFileSync(
  join(OUT, 'unicode-text.txt'),
  Buffer.concat([Buffer.from([0xff, 0xfe]), iconv(tabbed, 'UTF-16LE')]),
);
// Taiwan / Hong Kong: Big5 with Traditional headers.
writeFileSync(
  join(OUT, 'big5-traditional.csv'),
  iconv(
    '訂單號,訂單類型,買家郵箱,目的國,幣種,訂單總價,預付款,支付方式,出口方式\n' +
      'TW-1,信用保障,buyer@example.com,美國,USD,2500.00,750.00,電匯,自營出口\n' +
      'TW-2,信用保障,chen@example.jp,日本,USD,900.00,0.50,信用卡,自營出口\n',
    'BIG5',
  ),
);
writeFileSync(join(OUT, 'utf8-bom.csv'), `\ufeff${orders}`);

// --- Finding the table ----------------------------------------------------------------------------------------
const ENGLISH_HEADER =
  'order_ref,order_type,buyer_email,destination,currency,order_total,advance,payment_method';
writeFileSync(
  join(OUT, 'title-rows.csv'),
  '2026年11月 信用保障订单汇总,,,,,,,\n' +
    '日期：,2026-11-20,,,,,,\n' +
    ',,,,,,,\n' +
    `${ENGLISH_HEADER}\n` +
    'T-1,TA,buyer@example.com,US,USD,2500.00,750.00,card\n' +
    'T-2,TA,li.wei@qq.com,Iran,USD,1000.00,0.10,tt-intl\n',
);
writeFileSync(
  join(OUT, 'blank-and-totals.csv'),
  `${ENGLISH_HEADER}\n` +
    'B-1,TA,buyer@example.com,US,USD,2500.00,750.00,card\n' +
    ',,,,,,,\n' +
    '\n' +
    'B-2,TA,ana@example.com.br,Brazil,USD,1000.00,300.00,card\n' +
    '合计,,,,,3500.00,1050.00,\n' +
    'Total,,,,,3500.00,1050.00,\n',
);
writeFileSync(join(OUT, 'no-order-column.csv'), 'Name,Email,Country\nLi Wei,li@example.com,US\n');
writeFileSync(
  join(OUT, 'headers-marks.csv'),
  '订单编号(Order Number),订单类型（TA/DPO）*,买家邮箱,目的国,单价（USD）,数量,Shipping,訂單總價,业务员\n' +
    'H-1,TA,buyer@example.com,US,25.00,100,150.00,2650.00,张三\n' +
    'H-2,TA,amy@example.com,US,10.00,10,20.00,999.00,李四\n',
);

// --- CSV damage and European numbers ---------------------------------------------------------------------------
writeFileSync(
  join(OUT, 'stray-quotes.csv'),
  `${ENGLISH_HEADER},remark\n` +
    'Q-1,TA,buyer@example.com,US,USD,2500.00,750.00,card,"Urgent" - ship by 12" box\n' +
    'Q-2,TA,amy@example.com,US,USD,"1,000.00",300.00,card,"Urgent - ship by 12 box\n' +
    'Q-3,TA,li.wei@qq.com,US,USD,800.00,240.00,card,"two\nlines"\n' +
    'Q-4,DPO,ana@example.com.br,Brazil,USD,600.00,180.00,boleto,\n',
);
writeFileSync(
  join(OUT, 'semicolon-decimal-comma.csv'),
  'sep=;\n' +
    'order_ref;order_type;buyer_email;destination;currency;order_total;advance;payment_method\n' +
    'E-1;TA;buyer@example.de;Germany;USD;2.500,00;750,00;card\n' +
    'E-2;TA;anna@example.at;Austria;USD;12.000;3.600;T/T\n',
);

// A semicolon file that shows no decimal comma: `12.000` is ambiguous.
writeFileSync(
  join(OUT, 'semicolon-ambiguous.csv'),
  'order_ref;order_type;buyer_email;destination;currency;order_total;advance;payment_method\n' +
    'A-1;TA;anna@example.at;Austria;USD;12.000;3.600;T/T\n' +
    'A-2;TA;jan@example.nl;Netherlands;USD;900;300;card\n',
);

// --- Workbooks --------------------------------------------------------------------------------------------------
// The example sheets as LibreOffice saves them: must give the same findings as the CSVs.
writeFileSync(join(work, 'orders.csv'), orders);
writeFileSync(join(work, 'orders-zh.csv'), ordersZh);
soffice('orders.csv', 'xlsx', 'orders.xlsx', CSV_UTF8);
soffice('orders-zh.csv', 'xlsx', 'orders-zh.xlsx', CSV_UTF8);
// Formats ta-check does not read: a clear message, not garbage.
soffice('orders.csv', 'ods', 'orders.ods', CSV_UTF8);
soffice('orders.csv', 'xls:MS Excel 97', 'orders.xls', CSV_UTF8);

const NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ' +
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" ' +
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" ' +
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" ' +
  'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" ' +
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" ' +
  'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"';

const FODS_STYLES = `<office:styles>
 <number:percentage-style style:name="N_PCT"><number:number number:decimal-places="0" number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>
 <number:date-style style:name="N_ZH" number:language="zh" number:country="CN"><number:year number:style="long"/><number:text>年</number:text><number:month/><number:text>月</number:text><number:day/><number:text>日</number:text></number:date-style>
 <number:date-style style:name="N_DT"><number:year number:style="long"/><number:text>-</number:text><number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/><number:text> </number:text><number:hours number:style="long"/><number:text>:</number:text><number:minutes number:style="long"/><number:text>:</number:text><number:seconds number:style="long"/></number:date-style>
 <number:currency-style style:name="N_USD"><number:currency-symbol number:language="en" number:country="US">$</number:currency-symbol><number:number number:decimal-places="2" number:min-integer-digits="1" number:grouping="true"/></number:currency-style>
 <number:number-style style:name="N_INT"><number:number number:decimal-places="0" number:min-integer-digits="1"/></number:number-style>
 <style:style style:name="pct" style:family="table-cell" style:data-style-name="N_PCT"/>
 <style:style style:name="zhdate" style:family="table-cell" style:data-style-name="N_ZH"/>
 <style:style style:name="datetime" style:family="table-cell" style:data-style-name="N_DT"/>
 <style:style style:name="usd" style:family="table-cell" style:data-style-name="N_USD"/>
 <style:style style:name="int" style:family="table-cell" style:data-style-name="N_INT"/>
 <style:style style:name="bold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
</office:styles>
<office:automatic-styles>
 <style:style style:name="hidden" style:family="table" style:master-page-name="Default"><style:table-properties table:display="false" style:writing-mode="lr-tb"/></style:style>
</office:automatic-styles>`;

type FodsCell = string | { xml: string };
const esc = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
const text = (s: string): FodsCell => ({
  xml: `<table:table-cell office:value-type="string"><text:p>${esc(s)}</text:p></table:table-cell>`,
});
const num = (v: string, style?: string): FodsCell => ({
  xml: `<table:table-cell${style ? ` table:style-name="${style}"` : ''} office:value-type="float" office:value="${v}"/>`,
});
const pct = (v: string): FodsCell => ({
  xml: `<table:table-cell table:style-name="pct" office:value-type="percentage" office:value="${v}"/>`,
});
const date = (v: string, style: string): FodsCell => ({
  xml: `<table:table-cell table:style-name="${style}" office:value-type="date" office:date-value="${v}"/>`,
});
const formula = (f: string): FodsCell => ({ xml: `<table:table-cell table:formula="of:=${esc(f)}"/>` });

function table(name: string, rows: FodsCell[][], hidden = false): string {
  const cell = (c: FodsCell) =>
    typeof c !== 'string' ? c.xml : c === '' ? '<table:table-cell/>' : text(c).xml;
  const body = rows
    .map((r) => `<table:table-row>${r.map((c) => cell(c)).join('')}</table:table-row>`)
    .join('\n');
  return `<table:table table:name="${name}"${hidden ? ' table:style-name="hidden"' : ''}>\n${body}\n</table:table>`;
}

function fods(tables: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document ${NS} office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
${FODS_STYLES}
<office:body><office:spreadsheet>
${tables.join('\n')}
</office:spreadsheet></office:body></office:document>`;
}

const TYPED_HEADER = [
  'order_ref',
  'order_type',
  'buyer_email',
  'destination',
  'currency',
  'unit_price',
  'quantity',
  'order_total',
  'advance',
  'payment_method',
  'ship_by_date',
  'order_date',
];
const lists = table('Lists', [['TA'], ['DPO'], ['card'], ['T/T']], true);
const typedOrders = table('Orders', [
  TYPED_HEADER,
  // 30% typed as a percentage; order date in the zh-CN date format (made built-in id 31 below).
  [
    'X-1',
    'TA',
    'buyer@example.com',
    'US',
    'USD',
    num('25'),
    num('100'),
    num('2500'),
    pct('0.3'),
    'card',
    '',
    date('2026-11-03', 'zhdate'),
  ],
  // 100% is the number 1 formatted as a percentage: one payment, not two.
  [
    'X-2',
    'TA',
    'amy@example.com',
    'US',
    'USD',
    num('86.419'),
    num('10'),
    formula('[.F3]*[.G3]'),
    pct('1'),
    'T/T',
    date('2026-12-01T00:00:00', 'datetime'),
    '',
  ],
  // A lookup that failed: #N/A; a hyperlinked email; a currency-formatted price.
  [
    'X-3',
    'TA',
    {
      xml: '<table:table-cell office:value-type="string"><text:p><text:a xlink:href="mailto:li@example.com">li@example.com</text:a></text:p></table:table-cell>',
    },
    'US',
    'USD',
    num('12', 'usd'),
    num('5'),
    formula('NA()'),
    num('18'),
    'card',
    '',
    '',
  ],
  // Rich text in the reference; a formula saved without its value (edited below).
  [
    {
      xml: '<table:table-cell office:value-type="string"><text:p>X-<text:span text:style-name="bold">4</text:span></text:p></table:table-cell>',
    },
    'TA',
    'kim@example.kr',
    'KR',
    'USD',
    num('10'),
    num('3'),
    formula('SUM(10;20)'),
    num('9'),
    'card',
    '',
    '',
  ],
  // An order number of 17 digits typed as a number: Excel/LibreOffice keep 15.
  [
    num('12345678901234567', 'int'),
    'TA',
    'sam@example.com',
    'US',
    'USD',
    num('5'),
    num('2'),
    num('10'),
    num('3'),
    'card',
    '',
    '',
  ],
]);
writeFileSync(join(work, 'typed.fods'), fods([lists, typedOrders]));
soffice('typed.fods', 'xlsx', 'typed.xlsx');

const summary = table('Summary', [
  ['Month', 'Orders'],
  ['2026-11', num('2')],
]);
const ordersA = table('Orders A', [
  TYPED_HEADER.slice(0, 8),
  ['A-1', 'TA', 'a@example.com', 'US', 'USD', num('1'), num('1'), num('100')],
]);
const ordersB = table('Orders B', [
  TYPED_HEADER.slice(0, 8),
  ['B-1', 'TA', 'b@example.com', 'US', 'USD', num('1'), num('1'), num('100')],
]);
writeFileSync(join(work, 'two-order-sheets.fods'), fods([summary, ordersA, ordersB]));
soffice('two-order-sheets.fods', 'xlsx', 'two-order-sheets.xlsx');
writeFileSync(
  join(work, 'summary-first.fods'),
  fods([summary, lists.replace('"Lists"', '"Lists"'), ordersA]),
);
soffice('summary-first.fods', 'xlsx', 'summary-first.xlsx');

// --- Edits that stand for other producers --------------------------------------------------------------------
async function editTyped(): Promise<void> {
  const path = join(OUT, 'typed.xlsx');
  const zip = await JSZip.loadAsync(readFileSync(path));
  const stylesFile = zip.file('xl/styles.xml');
  const sheetName = Object.keys(zip.files).find(
    (n) => /xl\/worksheets\/sheet\d+\.xml/.test(n) && n.endsWith('2.xml'),
  );
  if (!stylesFile || !sheetName) throw new Error('typed.xlsx: unexpected layout');
  let styles = await stylesFile.async('string');
  // Excel and WPS write the zh-CN date 2026年11月3日 as built-in format 31, defined nowhere in the file.
  const zh = /<numFmt numFmtId="(\d+)" formatCode="[^"]*年[^"]*日[^"]*"\/>/.exec(styles);
  if (!zh) throw new Error('typed.xlsx: no zh-CN date format');
  styles = styles.replace(zh[0], '').replaceAll(`numFmtId="${zh[1]}"`, 'numFmtId="31"');
  zip.file('xl/styles.xml', styles);
  let sheet = await zip.file(sheetName)?.async('string');
  if (!sheet) throw new Error('typed.xlsx: no Orders sheet');
  // Excel writes a formula's value with 17 significant digits, binary noise included (LibreOffice writes 15).
  if (!sheet.includes('<v>864.19</v>')) throw new Error('typed.xlsx: no formula value 864.19');
  sheet = sheet.replace('<v>864.19</v>', '<v>864.18999999999994</v>');
  // A library that writes formulas without calculating leaves no value.
  sheet = sheet.replace(/(<f[^>]*>SUM\(10,20\)<\/f>)<v>30<\/v>/, '$1');
  if (!sheet.includes('SUM(10,20)</f></c>')) throw new Error('typed.xlsx: formula value not removed');
  // Stray formatted cells at the far corners: they must cost nothing.
  sheet = sheet.replace(/(<row r="1"[^>]*>.*?)(<\/row>)/, '$1<c r="XFD1" s="1"/>$2');
  sheet = sheet.replace('</sheetData>', '<row r="1048576"><c r="A1048576" s="1"/></row></sheetData>');
  zip.file(sheetName, sheet);
  // The dropdown-lists sheet hidden, as Excel saves it (LibreOffice 7.4's flat-ODS import drops the hidden state).
  const workbook = await zip.file('xl/workbook.xml')?.async('string');
  if (!workbook?.includes('name="Lists" sheetId="1" state="visible"'))
    throw new Error('typed.xlsx: no Lists sheet');
  zip.file(
    'xl/workbook.xml',
    workbook.replace('name="Lists" sheetId="1" state="visible"', 'name="Lists" sheetId="1" state="hidden"'),
  );
  writeFileSync(path, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}
await editTyped();
rmSync(work, { recursive: true, force: true });
console.log(`fixtures written to ${OUT}`);
