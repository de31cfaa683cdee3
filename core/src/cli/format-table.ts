import { formatFee } from '../money/format.ts';
import type { Report, ReportRow } from '../sheet/check-rows.ts';
import { visible } from '../text/identify.ts';
import type { Fee, Lang, Severity } from '../types.ts';

const COLOURS: Record<Severity | 'ok' | 'dim', string> = {
  error: '\x1b[31m',
  warning: '\x1b[33m',
  info: '\x1b[36m',
  ok: '\x1b[32m',
  dim: '\x1b[2m',
};
const RESET = '\x1b[0m';

const TEXT = {
  en: {
    row: 'Row',
    ok: 'OK',
    payment: 'buyer fee',
    service: 'service fee',
    withdrawal: 'withdrawal fee',
    net: 'net',
    summary: 'rows, errors, warnings',
  },
  zh: {
    row: '第',
    ok: '通过',
    payment: '买家手续费',
    service: '服务费',
    withdrawal: '提现手续费',
    net: '到账',
    summary: '行、错误、警告',
  },
} as const;

/** A fee the row could not price shows as a dash; the row's findings say why. */
const feeText = (fee: Fee | null, lang: Lang) => (fee ? formatFee(fee, lang) : '—');

const SYMBOL: Record<Severity, string> = { error: '✖', warning: '▲', info: 'ℹ' };

/** One row's block for people: its status and ref, its findings with the field they are about, its fees. */
export function formatTableRow(row: ReportRow, lang: Lang, colour: boolean): string {
  const t = TEXT[lang];
  const paint = painter(colour);
  const lines: string[] = [];
  const title = lang === 'zh' ? `第 ${row.row} 行` : `${t.row} ${row.row}`;
  const worst =
    row.findings.find((f) => f.severity === 'error') ?? row.findings.find((f) => f.severity === 'warning');
  const status = worst ? paint(worst.severity, SYMBOL[worst.severity]) : paint('ok', `✔ ${t.ok}`);
  // The ref and the messages hold what the sheet says: control, escape and direction characters are shown
  // escaped, so no cell can act on the terminal (retitle it, colour it, reverse the text).
  lines.push(`${status} ${title}${row.ref ? `  ${visible(row.ref)}` : ''}`);
  for (const f of row.findings) {
    lines.push(
      `    ${paint(f.severity, `${SYMBOL[f.severity]} ${f.rule}`)} ${paint('dim', `[${f.field}]`)} ${visible(f.message[lang])}`,
    );
  }
  const fees = [
    `${t.payment} ${feeText(row.exact.payment, lang)}`,
    `${t.service} ${feeText(row.exact.service, lang)}`,
  ];
  if (row.exact.withdrawal || row.exact.net) {
    fees.push(`${t.withdrawal} ${feeText(row.exact.withdrawal, lang)}`);
    fees.push(`${t.net} ${feeText(row.exact.net, lang)}`);
  }
  lines.push(paint('dim', `    ${fees.join(' · ')}`));
  return lines.join('\n');
}

export function formatTableSummary(summary: Report['summary'], lang: Lang, colour: boolean): string {
  const paint = painter(colour);
  const { rows, errors, warnings } = summary;
  return `${rows} ${lang === 'zh' ? '行' : 'rows'}, ${paint(errors ? 'error' : 'ok', `${errors} ${lang === 'zh' ? '个错误' : 'errors'}`)}, ${paint(warnings ? 'warning' : 'ok', `${warnings} ${lang === 'zh' ? '个警告' : 'warnings'}`)}`;
}

/** The report for people: one block per row, findings with the field they are about, fees in one line. */
export function formatTable(report: Report, lang: Lang, colour: boolean): string {
  const blocks = report.rows.map((row) => formatTableRow(row, lang, colour));
  return [...blocks, '', formatTableSummary(report.summary, lang, colour)].join('\n');
}

function painter(colour: boolean) {
  return (kind: keyof typeof COLOURS, s: string) => (colour ? `${COLOURS[kind]}${s}${RESET}` : s);
}
