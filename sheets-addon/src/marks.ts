import { visible } from '@ta-toolkit/core/text/identify';
import type { Finding, Lang, Message } from '@ta-toolkit/core/types';
import { SEVERITY_WORD } from './i18n.ts';

/**
 * How the add-on recognises what it wrote, so Clear can remove it and a re-run replaces it.
 *
 * Result columns: their header starts with MARK ("TA ✓ Status / 状态" …). Developer metadata would be
 * invisible to users, but a header is visible, survives copy/sort/insert, and needs nothing beyond the
 * currentonly scope, so a naming scheme it is.
 *
 * Highlighted input cells: the add-on's note starts with MARK, and the note itself keeps what the cell had
 * before (its original note and background) below a separator line. The bookkeeping thus travels with the
 * cell when rows are sorted, inserted or deleted — keys like "B7" in document properties would then point at
 * the wrong cells — and there is no per-document storage quota to run out of on 10,000 rows.
 */
export const MARK = 'TA ✓';

/** Sheets' limit on the characters of one cell (a value or a note). */
export const CELL_LIMIT = 50_000;

export const RESULT_COLUMNS = [
  { key: 'status', en: 'Status', zh: '状态' },
  { key: 'findings', en: 'Findings', zh: '检查结果' },
  { key: 'payment', en: 'Payment fee (buyer)', zh: '支付手续费（买家）' },
  { key: 'service', en: 'Service fee', zh: '服务费' },
  { key: 'withdrawal', en: 'Withdrawal fee', zh: '提现手续费' },
  { key: 'net', en: 'Net received', zh: '实际到账' },
] as const;
/** Match receipts' columns beside the receipts (fund-linking.md: ta_order … ta_why of `ta-check link --format csv`). */
export const MATCH_COLUMNS = [
  { key: 'order', en: 'Order', zh: '订单' },
  { key: 'part', en: 'Part', zh: '款项' },
  { key: 'amount', en: 'Amount to link', zh: '关联金额' },
  { key: 'shortfall', en: 'Shortfall', zh: '银行扣费' },
  { key: 'confidence', en: 'Confidence', zh: '置信度' },
  { key: 'why', en: 'Why', zh: '依据' },
] as const;

export interface ColumnSpec {
  key: ResultKey;
  en: string;
  zh: string;
}
export type ResultKey = (typeof RESULT_COLUMNS)[number]['key'] | (typeof MATCH_COLUMNS)[number]['key'];

export function resultHeader(c: ColumnSpec): string {
  return `${MARK} ${c.en} / ${c.zh}`;
}

/** true for any header the add-on may have written (any result column, current or older naming). */
export function isOwnHeader(h: unknown): boolean {
  return typeof h === 'string' && h.trimStart().startsWith(MARK);
}

/** The result column a header names, or null (also for an own header of unknown name). */
export function resultKeyOf(h: unknown): ResultKey | null {
  if (!isOwnHeader(h)) return null;
  const rest = (h as string).trim().slice(MARK.length).trim().toLowerCase();
  for (const c of [...RESULT_COLUMNS, ...MATCH_COLUMNS]) {
    if (rest === `${c.en} / ${c.zh}`.toLowerCase() || rest === c.en.toLowerCase() || rest === c.zh)
      return c.key;
  }
  return null;
}

/** Light fills for offending cells (the sheet's own palette: light red 3 / light yellow 3). */
export const HIGHLIGHT = { error: '#f4cccc', warning: '#fff2cc' } as const;

/** Sheets reports "no fill" as white; treat it as the default (written back as null = reset). */
export function isDefaultBackground(bg: string | null | undefined): boolean {
  return bg == null || bg === '' || bg.toLowerCase() === '#ffffff' || bg.toLowerCase() === 'white';
}

const BEFORE = `── ${MARK} before check / 检查前 ──`;

export interface Original {
  note: string;
  /** null = default (no fill). */
  background: string | null;
}

/** The note the add-on puts on an offending cell: its findings, then what the cell had before. */
export function encodeNote(
  findings: readonly Pick<Finding, 'severity' | 'rule' | 'message'>[],
  lang: Lang,
  original: Original,
): string {
  // One line per finding: a line break from a cell cannot fake the separator that ends the findings.
  const lines = findings.map(
    (f) =>
      `• ${SEVERITY_WORD[f.severity][lang]} ${f.rule}: ${visible(msg(f.message, lang)).replace(/\n/g, ' ')}`,
  );
  let note = `${MARK} ${lang === 'zh' ? '信保检查（菜单“清除结果”可移除）' : 'Trade Assurance check (menu › Clear results removes this)'}\n${lines.join('\n')}`;
  if (original.note !== '' || original.background !== null) {
    note += `\n${BEFORE}\nbackground: ${original.background ?? 'none'}`;
    if (original.note !== '') note += `\n${original.note}`;
  }
  return note;
}

export function isOwnNote(note: unknown): boolean {
  return typeof note === 'string' && note.startsWith(MARK);
}

/** What the cell had before the add-on's note, or null if the note is not the add-on's. */
export function decodeNote(note: unknown): Original | null {
  if (!isOwnNote(note)) return null;
  const s = note as string;
  const at = s.indexOf(`\n${BEFORE}\n`);
  if (at < 0) return { note: '', background: null };
  const rest = s.slice(at + BEFORE.length + 2);
  const nl = rest.indexOf('\n');
  const bgLine = nl < 0 ? rest : rest.slice(0, nl);
  const bg = bgLine.replace(/^background:\s*/, '').trim();
  return { background: bg === 'none' || bg === '' ? null : bg, note: nl < 0 ? '' : rest.slice(nl + 1) };
}

function msg(m: Message, lang: Lang): string {
  return m[lang] || m.en;
}
