import { parseArgs } from 'node:util';
import Papa from 'papaparse';
import { type Cell, cellDisplay } from '../cells.ts';
import { PART_NAME } from '../linking/messages.ts';
import {
  NOT_RECEIVED,
  overriddenReceiptHeaders,
  receiptsHeaderIndex,
  unknownReceiptHeaders,
} from '../linking/read-receipts.ts';
import { findTable } from '../sheet/find-table.ts';
import {
  type JsonLink,
  type LinkJson,
  linkAmountText,
  linkSheets,
  type OrderRef,
} from '../sheet/link-report.ts';
import { type Grid, readSheetFile, readWorkbookSheets, SheetReadError } from '../sheet/read-file.ts';
import { visible } from '../text/identify.ts';
import type { Finding, Lang, LinkFinding, Message } from '../types.ts';
import { COMMON_ARGS, CSV_ARGS, readCommonOptions } from './common-options.ts';
import { writeLinkJson } from './link-json.ts';
import type { CliOutcome } from './main.ts';
import { argsError, argvLang, formatError, LINK_USAGE, refusal } from './usage.ts';
import { formulaSafe } from './writers.ts';

export type { LinkJson } from '../sheet/link-report.ts';

/** `ta-check link …` (argv after "link"). */
export async function runLink(
  argv: string[],
  io: {
    /** Where the report goes as it is written (the process's stdout); without it, CliOutcome.stdout holds it. */
    write?: (text: string) => void | Promise<void>;
    /** Where the notices go, before the report (the process's stderr); without it, CliOutcome.stderr. */
    notice?: (text: string) => void;
  } = {},
): Promise<CliOutcome> {
  const fail = refusal('ta-check link', argv);
  let values: {
    format?: string;
    settings?: string;
    today?: string;
    lang?: string;
    help?: boolean;
    'orders-sheet'?: string;
    'receipts-sheet'?: string;
    'csv-safe'?: boolean;
    'no-bom'?: boolean;
  };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        ...COMMON_ARGS,
        'orders-sheet': { type: 'string' },
        'receipts-sheet': { type: 'string' },
        ...CSV_ARGS,
      },
    }));
  } catch (error) {
    return fail(argsError(error, LINK_USAGE));
  }
  if (values.help) return { stdout: `${LINK_USAGE[argvLang(argv)]}\n`, stderr: '', code: 0 };
  const [ordersFile, receiptsFile] = positionals;
  if (!ordersFile || !receiptsFile || positionals.length > 2)
    return fail({
      en: `expected ORDERS and RECEIPTS\n${LINK_USAGE.en}`,
      zh: `需要订单表和收款表两个文件\n${LINK_USAGE.zh}`,
    });
  const format = values.format ?? 'table';
  if (format !== 'table' && format !== 'json' && format !== 'csv')
    return fail(formatError(format, ['table', 'json', 'csv']));
  const common = await readCommonOptions(values, 'ta-check link');
  if (!common.ok) return fail(common.error);
  const { lang, today, settings } = common;

  let ordersGrid: Grid;
  let receiptsGrid: Grid;
  let stderr = common.stderr;
  try {
    const [orders, receipts] = await readBoth(
      ordersFile,
      receiptsFile,
      values['orders-sheet'],
      values['receipts-sheet'],
    );
    ordersGrid = orders.grid;
    receiptsGrid = receipts.grid;
    for (const [file, notice] of [
      ...orders.notices.map((n) => [ordersFile, n] as const),
      ...receipts.notices.map((n) => [receiptsFile, n] as const),
    ])
      stderr += `ta-check link: ${file}: ${notice[lang]}\n`;
  } catch (error) {
    if (error instanceof SheetReadError) return fail({ en: error.message, zh: error.zh });
    throw error;
  }
  if (ordersGrid.length === 0)
    return fail({
      en: `${ordersFile}: the orders sheet is empty (no header row)`,
      zh: `${ordersFile}：订单表是空的（没有表头行）`,
    });
  const receiptsHeader = receiptsHeaderIndex(receiptsGrid);
  if (receiptsHeader < 0) {
    const first = receiptsGrid.find((row) => row.some((c) => cellDisplay(c).trim() !== '')) ?? [];
    const seen = first
      .map((c) => `"${visible(cellDisplay(c))}"`)
      .slice(0, 10)
      .join(', ');
    return fail({
      zh: `${receiptsFile}：找不到收款表（需要到账金额/amount 列，以及付款人/payer、到账时间或附言列）；第一行是 ${seen}`,
      en: `${receiptsFile}: no receipts sheet (a column amount/到账金额 with payer/付款人, received_at/到账时间 or memo/附言); the first row holds ${seen}`,
    });
  }
  // What the user should know about how the receipts sheet was read, said once each, in this order.
  const notices: Message[] = [];
  const unknown = unknownReceiptHeaders(receiptsGrid[receiptsHeader] ?? []);
  if (unknown.length > 0) {
    const list = unknown.map((h) => `"${visible(h)}"`).join(', ');
    notices.push({ en: `columns not read: ${list}`, zh: `未读取的列：${list}` });
  }
  for (const { header, read } of overriddenReceiptHeaders(receiptsGrid[receiptsHeader] ?? []))
    notices.push({
      en: `column "${visible(header)}" not read: "${visible(read)}" gives the same`,
      zh: `未读取“${visible(header)}”列：“${visible(read)}”列已给出同一项`,
    });
  // Title rows above either header are kept out of the data (as ta-check does for the orders).
  const orderTable = findTable(ordersGrid);
  const ordersHeader = orderTable.found ? orderTable.layout.headerIndex : 0;

  const { json, totalsRows, receiptColumns, convertedDates, titleCurrency } = linkSheets(
    ordersGrid,
    receiptsGrid,
    settings,
    today,
    {
      ordersHeader,
      receiptsHeader,
    },
  );
  if (totalsRows.length > 0) {
    const rows = totalsRows.join(', ');
    notices.push({ en: `totals rows skipped: ${rows}`, zh: `已跳过合计行：${rows}` });
  }
  if (convertedDates.length > 0) {
    const rows = convertedDates.join(', ');
    notices.push({
      en: `${convertedDates.length === 1 ? 'row' : 'rows'} ${rows}: the spreadsheet converted these dates while others of the column are text with the day first or last; check that day and month were not swapped (save the bank's file as it came, or dates as YYYY-MM-DD)`,
      zh: `第 ${rows} 行：表格软件转换了这些日期，而同列其他日期是文本（日、月顺序已知）；请核对日和月是否被对调（请保留银行原文件，或把日期写成 年-月-日）`,
    });
  }
  // What a missing column means for every receipt, said once rather than left to be guessed.
  if (receiptColumns.received_at < 0)
    notices.push({
      en: 'no date column: receipts are taken in row order, and no date counts for or against an order',
      zh: '没有到账日期列：收款按行序处理，日期不作为任何订单的依据',
    });
  if (receiptColumns.currency < 0)
    notices.push(
      titleCurrency !== null
        ? {
            en: `no currency column: an amount without a currency sign is read as ${titleCurrency}, the currency the title rows name`,
            zh: `没有币种列：未标币种的金额按表头上方标题行所写的币种（${titleCurrency}）读取`,
          }
        : {
            en: 'no currency column: an amount without a currency sign is read as USD',
            zh: '没有币种列：未标币种的金额按美元（USD）读取',
          },
    );
  if (receiptColumns.payer < 0)
    notices.push({
      en: 'no payer column: no payer counts for or against an order',
      zh: '没有付款人列：付款人不作为任何订单的依据',
    });
  for (const notice of notices) stderr += `ta-check link: ${receiptsFile}: ${notice[lang]}\n`;
  if (io.notice) {
    io.notice(stderr);
    stderr = '';
  }
  let stdout = '';
  const write =
    io.write ??
    ((text: string) => {
      stdout += text;
    });
  if (format === 'json') await writeLinkJson(json, write);
  else
    await write(
      format === 'csv'
        ? toCsv(receiptsGrid, receiptsHeader, json, lang, {
            csvSafe: Boolean(values['csv-safe']),
            bom: !values['no-bom'],
          })
        : `${toTable(json, lang)}\n`,
    );
  return { stdout, stderr, code: json.summary.errors > 0 ? 1 : 0 };
}

/** A sheet as read, and what the user should know about how (which sheet, hidden ones skipped). */
interface ReadSheet {
  grid: Grid;
  notices: Message[];
}

/** Both sheets: two files, or one workbook given twice (sheets by name, else told apart by their headers). */
async function readBoth(
  ordersFile: string,
  receiptsFile: string,
  ordersSheet: string | undefined,
  receiptsSheet: string | undefined,
): Promise<[ReadSheet, ReadSheet]> {
  const isXlsx = (f: string) => /\.xls[xm]$/i.test(f);
  const pick = async (file: string, name: string | undefined, receipts: boolean): Promise<ReadSheet> => {
    if (!isXlsx(file)) return { grid: await readSheetFile(file), notices: [] };
    const { sheets, hidden } = await readWorkbookSheets(file);
    const names = (list: readonly string[]) => list.map((n) => `"${n}"`).join(', ');
    let sheet: (typeof sheets)[number] | undefined;
    if (name !== undefined) {
      sheet = sheets.find((s) => s.name === name);
      if (!sheet)
        throw new SheetReadError(
          `${file}: no visible sheet "${name}"; the sheets are ${names([...sheets.map((s) => s.name), ...hidden])}`,
          `${file}：没有名为 "${name}" 的可见工作表；工作表有 ${names([...sheets.map((s) => s.name), ...hidden])}`,
        );
    } else sheet = sheets.find((s) => receiptsHeaderIndex(s.grid) >= 0 === receipts) ?? sheets[0];
    if (!sheet)
      throw new SheetReadError(
        `${file}: the workbook has no visible sheet`,
        `${file}：工作簿中没有可见的工作表`,
      );
    const skipped = hidden.length
      ? { en: `; hidden sheets skipped: ${names(hidden)}`, zh: `；已跳过隐藏工作表：${names(hidden)}` }
      : { en: '', zh: '' };
    const what = receipts ? { en: 'receipts', zh: '收款' } : { en: 'orders', zh: '订单' };
    const notices =
      sheets.length > 1 || hidden.length
        ? [
            {
              en: `${what.en} from sheet "${sheet.name}"${skipped.en}`,
              zh: `${what.zh}读取自工作表 "${sheet.name}"${skipped.zh}`,
            },
          ]
        : [];
    return { grid: sheet.grid, notices };
  };
  return [await pick(ordersFile, ordersSheet, false), await pick(receiptsFile, receiptsSheet, true)];
}

// --- table and csv ----------------------------------------------------------------------------------------

const PART_ZH = { advance: PART_NAME.advance, balance: PART_NAME.balance };
const SEVERITY_MARK = { error: '✖', warning: '▲', info: 'ℹ' } as const;
const LABELS = {
  row: { en: 'Row', zh: '第' },
  rowEnd: { en: '', zh: ' 行' },
  colon: { en: ': ', zh: '：' },
  shortfall: { en: 'shortfall', zh: '银行扣费' },
  confidence: { en: 'confidence', zh: '置信度' },
  notProposed: { en: 'not proposed', zh: '未建议关联' },
  candidates: { en: 'candidates', zh: '候选' },
  intended: { en: 'intended link', zh: '拟关联' },
  orders: { en: 'Orders', zh: '订单' },
  summary: {
    en: (s: LinkJson['summary'], out: number) =>
      [
        count(s.receipts - out, 'receipt', 'receipts'),
        `${s.proposed} proposed`,
        `${s.unmatched - out} not proposed`,
        ...(out > 0 ? [count(out, 'row not a receipt', 'rows not receipts')] : []),
        count(s.errors, 'error', 'errors'),
        count(s.warnings, 'warning', 'warnings'),
      ].join(', '),
    zh: (s: LinkJson['summary'], out: number) =>
      `${s.receipts - out} 笔到账，建议关联 ${s.proposed} 笔，未建议 ${s.unmatched - out} 笔，${out > 0 ? `非收款行 ${out} 行，` : ''}错误 ${s.errors} 个，警告 ${s.warnings} 个`,
  },
};

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function rowLabel(ref: OrderRef, lang: Lang): string {
  return `${LABELS.row[lang]} ${ref.row}${LABELS.rowEnd[lang]}${ref.ref ? `  ${visible(ref.ref)}` : ''}`;
}

function linkText(l: JsonLink, lang: Lang): string {
  const order = l.order.ref
    ? visible(l.order.ref)
    : `${LABELS.row[lang]} ${l.order.row}${LABELS.rowEnd[lang]}`;
  return `${order} ${PART_ZH[l.part][lang]} ${linkAmountText(l.amount, l.currency)}`;
}

function findingLines(findings: readonly (Finding | LinkFinding)[], lang: Lang, indent: string): string[] {
  return findings.map(
    (f) => `${indent}${SEVERITY_MARK[f.severity]} ${f.rule} [${f.field}] ${f.message[lang]}`,
  );
}

function toTable(json: LinkJson, lang: Lang): string {
  const lines: string[] = [];
  const entries: { row: number; lines: string[] }[] = [];
  for (const p of json.proposals) {
    const out = [`✔ ${rowLabel(p.receipt, lang)}`];
    for (const l of p.links) out.push(`    → ${linkText(l, lang)}`);
    const currency = p.links[0]?.currency ?? '';
    const extra =
      p.shortfall !== '0.00' ? ` · ${LABELS.shortfall[lang]} ${linkAmountText(p.shortfall, currency)}` : '';
    out.push(`    ${LABELS.confidence[lang]} ${p.confidence.toFixed(2)}${extra}`);
    for (const r of p.reasons) out.push(`    · ${r.message[lang]}`);
    out.push(...findingLines(p.findings, lang, '    '));
    entries.push({ row: p.receipt.row, lines: out });
  }
  for (const u of json.unmatched) {
    const out = [
      `? ${rowLabel(u.receipt, lang)}  ${LABELS.notProposed[lang]}${LABELS.colon[lang]}${u.why[lang]}`,
    ];
    u.candidates.forEach((c, i) => {
      out.push(
        `    ${i + 1}. ${c.links.map((l) => linkText(l, lang)).join(' + ')} (${c.confidence.toFixed(2)})`,
      );
    });
    entries.push({ row: u.receipt.row, lines: out });
  }
  for (const i of json.intended) {
    const bad = i.findings.some((f) => f.severity === 'error');
    const out = [`${bad ? '✖' : '✔'} ${rowLabel(i.receipt, lang)}  ${LABELS.intended[lang]}`];
    for (const l of i.links) out.push(`    → ${linkText(l, lang)}`);
    out.push(...findingLines(i.findings, lang, '    '));
    entries.push({ row: i.receipt.row, lines: out });
  }
  entries.sort((a, b) => a.row - b.row);
  for (const e of entries) lines.push(...e.lines);
  const flagged = json.orders.filter((o) => o.findings.length > 0);
  if (flagged.length > 0) {
    lines.push('', `${LABELS.orders[lang]}${LABELS.colon[lang].trim()}`);
    for (const o of flagged) {
      lines.push(`  ${rowLabel(o, lang)}`, ...findingLines(o.findings, lang, '    '));
    }
  }
  // Rows of a statement that are not receipts (payments out, balance lines) are listed, not counted as to do.
  const notReceipts = json.unmatched.filter((u) => u.why.en === NOT_RECEIVED.en).length;
  lines.push('', LABELS.summary[lang](json.summary, notReceipts));
  return lines.join('\n');
}

/** The receipts sheet plus ta_order, ta_part, ta_amount, ta_shortfall, ta_confidence, ta_why: one line per link. */
/** The receipts sheet as it was (title rows included), with the result columns beside its header and rows. */
function toCsv(
  grid: Grid,
  headerIndex: number,
  json: LinkJson,
  lang: Lang,
  options: { csvSafe: boolean; bom: boolean },
): string {
  const echo = (row: readonly Cell[]) =>
    row.map((c) => (options.csvSafe ? formulaSafe(cellDisplay(c)) : cellDisplay(c)));
  const header = [
    ...echo(grid[headerIndex] ?? []),
    'ta_order',
    'ta_part',
    'ta_amount',
    'ta_shortfall',
    'ta_confidence',
    'ta_why',
  ];
  const byRow = new Map<number, string[][]>();
  const add = (row: number, cells: string[]) => byRow.set(row, [...(byRow.get(row) ?? []), cells]);
  const part = (l: JsonLink) => PART_ZH[l.part][lang];
  for (const p of json.proposals) {
    const why = p.reasons.map((r) => r.message[lang]).join(' ');
    // The shortfall once per receipt (on its last link, the part it settles): a column sum counts it once.
    p.links.forEach((l, k) => {
      add(p.receipt.row, [
        l.order.ref ?? `#${l.order.row}`,
        part(l),
        l.amount,
        k === p.links.length - 1 ? p.shortfall : '',
        p.confidence.toFixed(2),
        why,
      ]);
    });
  }
  for (const u of json.unmatched) {
    const candidates = u.candidates.map(
      (c, i) => `${i + 1}. ${c.links.map((l) => linkText(l, lang)).join(' + ')} (${c.confidence.toFixed(2)})`,
    );
    add(u.receipt.row, ['', '', '', '', '', [u.why[lang], ...candidates].join(' ')]);
  }
  for (const i of json.intended) {
    const why = i.findings.map((f) => `${f.rule}: ${f.message[lang]}`).join(' ');
    if (i.links.length === 0) add(i.receipt.row, ['', '', '', '', '', why]);
    for (const l of i.links)
      add(i.receipt.row, [l.order.ref ?? `#${l.order.row}`, part(l), l.amount, '', '', why]);
  }
  const rows: string[][] = [...grid.slice(0, headerIndex).map(echo), header];
  for (let r = headerIndex + 1; r < grid.length; r++) {
    const cells = echo(grid[r] ?? []);
    while (cells.length < header.length - 6) cells.push('');
    for (const extra of byRow.get(r + 1) ?? [['', '', '', '', '', '']])
      rows.push([...cells, ...extra.map(formulaSafe)]);
  }
  // UTF-8 with a BOM by default: Excel reads a CSV without one as the locale's code page.
  return `${options.bom ? '\ufeff' : ''}${Papa.unparse(rows, { newline: '\n' })}\n`;
}
