import type { Lang, Message, Severity } from '@ta-toolkit/core/types';

/** A finding's severity as a mark, the same in either language (Match receipts' Why, the sidebar). */
export const SEVERITY_MARK: Readonly<Record<Severity, string>> = { error: '✗', warning: '⚠', info: 'ℹ' };

/** A finding's severity as a word of the cell's language (no English word in a Chinese cell). */
export const SEVERITY_WORD: Readonly<Record<Severity, Message>> = {
  error: { en: 'error', zh: '错误' },
  warning: { en: 'warning', zh: '警告' },
  info: { en: 'info', zh: '提示' },
};

/** The add-on's own UI text (findings carry their own en/zh messages from core). */
export const UI = {
  menuCheck: { en: 'Check orders', zh: '检查订单' },
  menuMatch: { en: 'Match receipts', zh: '匹配收款' },
  menuTemplate: { en: 'Insert order template', zh: '插入订单模板' },
  menuTemplateEn: { en: 'English headers', zh: '英文表头' },
  menuTemplateZh: { en: 'Chinese headers', zh: '中文表头' },
  menuCalculator: { en: 'Fee calculator', zh: '费用计算器' },
  menuSettings: { en: 'Settings', zh: '设置' },
  menuClear: { en: 'Clear results', zh: '清除结果' },
  sidebarTitle: { en: 'TA fee calculator', zh: '信保费用计算器' },
  settingsTitle: { en: 'TA seller settings', zh: '信保卖家设置' },
  summaryTitle: { en: 'Trade Assurance check', zh: '信保订单检查' },
  clearTitle: { en: 'Results cleared', zh: '结果已清除' },
  templateTitle: { en: 'Order template', zh: '订单模板' },
  noData: {
    en: 'This sheet has no order rows below its header row.',
    zh: '此工作表的表头行下没有订单行。',
  },
  notOrderSheet: {
    en: 'None of the first 30 rows of this sheet holds order-sheet headers (order_type, currency, …). Insert the order template to start.',
    zh: '此工作表前 30 行中没有订单表头（订单类型、币种……）。可先插入订单模板。',
  },
  statusOk: { en: 'ok', zh: '通过' },
  totalsRow: { en: 'Σ totals row (not an order)', zh: 'Σ 合计行（不是订单）' },
  menuProblems: { en: 'Problems list', zh: '问题列表' },
  edited: { en: '↻ edited since the check: check again', zh: '↻ 检查后已修改：请重新检查' },
  editedMatch: {
    en: '↻ edited since Match receipts: match again',
    zh: '↻ 匹配后已修改：请重新匹配收款',
  },
  problemsTitle: { en: 'TA problems', zh: '信保问题列表' },
  checking: { en: 'Checking the orders…', zh: '正在检查订单……' },
  busy: {
    en: 'Another check or clear is still running on this spreadsheet. Try again when it has finished.',
    zh: '此表格上另一次检查或清除仍在进行，请在其完成后重试。',
  },
  failedTitle: { en: 'Check orders could not finish', zh: '检查订单未能完成' },
  matchTitle: { en: 'Match receipts', zh: '匹配收款' },
  matchFailedTitle: { en: 'Match receipts could not finish', zh: '匹配收款未能完成' },
  matching: { en: 'Matching the receipts…', zh: '正在匹配收款……' },
  noReceiptsSheet: {
    en: 'No receipts sheet found: Match receipts needs a sheet with a header row, among its first 30 rows, naming amount (or 到账金额) and payer, received_at or memo (付款人, 到账时间, 附言). Nothing was written.',
    zh: '未找到收款表：匹配收款需要一个工作表，其前 30 行中有一行表头含“到账金额”，以及“付款人”“到账时间”或“附言”之一。未写入任何内容。',
  },
  noOrdersSheet: {
    en: 'No orders sheet found: Match receipts needs, besides the receipts sheet, a sheet with order-sheet headers among its first 30 rows (order_type, currency, advance, … or 订单类型, 币种, 预付款, …). Nothing was written.',
    zh: '未找到订单表：除收款表外，匹配收款还需要一个工作表，其前 30 行中有订单表头（订单类型、币种、预付款……）。未写入任何内容。',
  },
  notProposed: { en: 'Not proposed: ', zh: '未建议关联：' },
  intended: { en: 'Intended link (checked, not proposed)', zh: '拟关联（已检查，非建议）' },
  totalsReceipt: { en: 'Σ totals row (not a receipt)', zh: 'Σ 合计行（不是收款）' },
  protectedCells: {
    en: 'Some cells to write are protected and you may not edit them. Nothing was written. Ask the owner to let you edit them, or move the protection:',
    zh: '部分要写入的单元格受保护，您无权编辑，因此没有写入任何内容。请让所有者授予编辑权限，或调整保护范围：',
  },
  failed: {
    en: 'Something went wrong. Running it again is safe: it replaces what was written. Details:',
    zh: '出现错误。可以放心重新运行：它会替换已写入的内容。详细信息：',
  },
} as const satisfies Record<string, Message>;

/** 'zh' for any Chinese locale (zh, zh_CN, zh-TW, …), else 'en'. */
export function langFromLocale(locale: string | null | undefined): Lang {
  return /^zh/i.test(locale ?? '') ? 'zh' : 'en';
}

export function summaryText(s: { rows: number; errors: number; warnings: number }): Message {
  return {
    en: `Checked ${s.rows} row${s.rows === 1 ? '' : 's'}: ${s.errors} error${s.errors === 1 ? '' : 's'}, ${s.warnings} warning${s.warnings === 1 ? '' : 's'}.`,
    zh: `已检查 ${s.rows} 行：${s.errors} 个错误，${s.warnings} 个警告。`,
  };
}

export function clearText(cells: number, columns: number): Message {
  return {
    en: `Removed ${columns} result column${columns === 1 ? '' : 's'} and restored ${cells} cell${cells === 1 ? '' : 's'}.`,
    zh: `已删除 ${columns} 个结果列，恢复 ${cells} 个单元格。`,
  };
}

export function readingText(read: number, rows: number): Message {
  const n = (x: number) => x.toLocaleString('en-US');
  return {
    en: `Checking the orders… ${n(read)} of ${n(rows)} rows read.`,
    zh: `正在检查订单……已读取 ${n(read)} / ${n(rows)} 行。`,
  };
}

/** An order without a reference, named by its sheet row. */
export function rowText(row: number): Message {
  return { en: `row ${row}`, zh: `第 ${row} 行` };
}

export function matchText(
  s: { receipts: number; proposed: number; unmatched: number },
  overdue: number,
  sheets: { receipts: string; orders: string },
): Message {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return {
    en: `${plural(s.receipts, 'receipt')} on “${sheets.receipts}” matched against the orders on “${sheets.orders}”: ${s.proposed} proposed, ${s.unmatched} not proposed; ${plural(overdue, 'overdue order')}. Nothing is linked: confirm each link on Alibaba.com (it cannot be undone).`,
    zh: `已将“${sheets.receipts}”中的 ${s.receipts} 笔收款与“${sheets.orders}”中的订单匹配：建议关联 ${s.proposed} 笔，未建议 ${s.unmatched} 笔；逾期订单 ${overdue} 个。不会自动关联：请在阿里巴巴逐笔确认（关联后不能撤销）。`,
  };
}
