/**
 * Reading the fund-linking page (外汇关联 › 关联信用保障订单; its markup is not public, so by what it shows):
 * the receipt being linked, the orders it could be linked to, and the confirm dialog with the amount the
 * seller typed. Which order and part the dialog is about is what the seller last clicked (关联预付款 /
 * 关联尾款 in an order's row): the dialog itself names only the part. Never throws, never clicks.
 */
import { parseAmount } from '@ta-toolkit/core/money/index';
import type { Money } from '@ta-toolkit/core/types';
import { findItem } from './form-items.ts';
import { innermost, textNodes, textOf } from './page-text.ts';

export type Part = 'advance' | 'balance';

export interface FundOrderRow {
  order: string;
  row: Element;
  registeredPayer: string | null;
  advance: Money | null;
  balance: Money | null;
}

export interface FundReceipt {
  /** The element showing the receipt's amounts (proposals are said next to it when no row fits). */
  at: Element;
  payer: string | null;
  amount: Money;
  /** What is still to link (待关联). */
  pending: Money;
  /** The remittance information (汇款附言), when the page shows it. */
  memo: string;
}

export interface FundDialog {
  input: HTMLInputElement;
  typed: string;
  part: Part | null;
  order: string | null;
  /** The 确认关联 button: the irreversible reminder goes next to it. */
  confirm: Element | null;
}

const ORDER_NUMBER = /\b\d{15,20}\b/;
const AMOUNT = String.raw`((?:US\s*\$|USD|\$)\s*[\d,]+(?:\.\d{1,2})?)`;
const RECEIVED = new RegExp(String.raw`(?:到账金额|Amount received)\s*[:：]\s*${AMOUNT}`, 'i');
const PENDING = new RegExp(String.raw`(?:待关联|To link)\s*[:：]\s*${AMOUNT}`, 'i');
const PAYER = /(?:^|\s)(?:付款人|Payer)\s*[:：]\s*(.+)$/i;
const MEMO = /(?:^|\s)(?:汇款附言|附言|Remittance info|Memo)\s*[:：]\s*(.*)$/i;
const LINK_ACTION = /^(?:关联(预付款|尾款)|Link to (advance|balance))$/i;
const CONFIRM = /^(?:确认关联|Confirm link)$/i;
const DIALOG_AMOUNT = /确认关联金额|Amount to link/;
const COLUMNS = {
  order: /^(?:订单号|订单编号|Order (?:number|No\.?))$/i,
  registeredPayer: /^(?:备案付款人|Registered payer)$/i,
  advance: /^(?:订单预付款|预付款|Advance)$/i,
  balance: /^(?:订单尾款|尾款|Balance)$/i,
};

function money(text: string | undefined | null): Money | null {
  if (!text) return null;
  const p = parseAmount(text);
  return p.ok && !p.negative ? { minor: p.minor, currency: p.currency ?? 'USD' } : null;
}

const partOf = (text: string): Part | null =>
  /尾款|balance/i.test(text) ? 'balance' : /预付款|advance/i.test(text) ? 'advance' : null;

export function readReceipt(doc: Document): FundReceipt | null {
  const received = innermost(doc.body, RECEIVED)[0];
  if (!received) return null;
  const amount = money(RECEIVED.exec(textOf(received))?.[1]);
  const scope = received.parentElement ?? received;
  const pending = money(PENDING.exec(textOf(scope))?.[1]) ?? amount;
  const payerEl = innermost(scope, PAYER)[0];
  const payer = payerEl ? (PAYER.exec(textOf(payerEl))?.[1]?.trim() ?? null) : null;
  const memoEl = innermost(scope, MEMO)[0];
  const memo = memoEl ? (MEMO.exec(textOf(memoEl))?.[1]?.trim() ?? '') : '';
  return amount && pending ? { at: scope, payer, amount, pending, memo } : null;
}

/** The header texts of the table a row belongs to (a table split in header and body parts included). */
function headers(row: Element): string[] {
  let box: Element | null = row.closest('table');
  while (box && box.querySelectorAll('th').length === 0) box = box.parentElement;
  return box ? Array.from(box.querySelectorAll('th')).map((th) => textOf(th)) : [];
}

/** Rows offering to link to an order's part: an order number and a 关联预付款/关联尾款 action. */
export function readOrderRows(doc: Document): FundOrderRow[] {
  const out: FundOrderRow[] = [];
  for (const row of doc.querySelectorAll('tr')) {
    const cells = Array.from(row.children).filter((c) => c.localName === 'td');
    if (cells.length === 0 || !textNodes(row).some((t) => LINK_ACTION.test((t.nodeValue ?? '').trim())))
      continue;
    const head = headers(row);
    const cell = (re: RegExp) => {
      const i = head.findIndex((h) => re.test(h));
      return i >= 0 && cells[i] ? textOf(cells[i]) : null;
    };
    const order = (cell(COLUMNS.order) ?? textOf(row)).match(ORDER_NUMBER)?.[0];
    if (!order) continue;
    out.push({
      order,
      row,
      registeredPayer: cell(COLUMNS.registeredPayer),
      advance: money(cell(COLUMNS.advance)),
      balance: money(cell(COLUMNS.balance)),
    });
  }
  return out;
}

/** What the seller last clicked to open the confirm dialog, per document. */
const lastAction = new WeakMap<Document, { order: string; part: Part }>();
const watching = new WeakSet<Document>();

/** Remember the order and part of each 关联预付款 / 关联尾款 click (only listening: nothing is clicked). */
export function watchLinkActions(doc: Document): void {
  if (watching.has(doc)) return;
  watching.add(doc);
  doc.addEventListener(
    'click',
    (e) => {
      const target = e.target instanceof Element ? e.target : null;
      const action = target?.closest('button, a, [role=button], span');
      const label = action ? textOf(action) : '';
      const m = LINK_ACTION.exec(label);
      const row = action?.closest('tr');
      const order = row ? textOf(row).match(ORDER_NUMBER)?.[0] : undefined;
      const part = m ? partOf(m[1] ?? m[2] ?? '') : null;
      if (order && part) lastAction.set(doc, { order, part });
    },
    true,
  );
}

export function readDialog(doc: Document): FundDialog | null {
  const item = findItem(doc, DIALOG_AMOUNT);
  const input = item?.item.querySelector('input') ?? null;
  if (!item || !input) return null;
  // the dialog: the nearest ancestor that also holds the confirm button
  let box: Element | null = item.item;
  let confirm: Element | null = null;
  while (box && !confirm) {
    confirm = Array.from(box.querySelectorAll('*')).find((el) => CONFIRM.test(textOf(el))) ?? null;
    if (!confirm) box = box.parentElement;
  }
  const text = box ? textOf(box) : '';
  const clicked = lastAction.get(doc) ?? null;
  const shownOrder = text.match(ORDER_NUMBER)?.[0] ?? null;
  const sentence = text.replace(DIALOG_AMOUNT, '');
  return {
    input: input as HTMLInputElement,
    typed: (input as HTMLInputElement).value,
    part: partOf(sentence) ?? clicked?.part ?? null,
    order: shownOrder ?? clicked?.order ?? null,
    confirm: confirm?.closest('button') ?? confirm,
  };
}
