import { normalizeHeader } from '../sheet/columns.ts';
import type { Message } from '../types.ts';

/**
 * The receipts sheet's columns and the order sheet's fund-linking columns (fund-linking.md). Headers in English
 * (the field name) or Chinese, any order; matched by the order sheet's normalizeHeader (case, spaces, `_`, `-`).
 */
export interface LinkColumnSpec<F extends string> {
  field: F;
  /** Chinese headers (the first is the one written back). */
  zh: readonly string[];
  /** Further accepted headers. */
  aliases: readonly string[];
  label: Message;
}

export const RECEIPT_FIELDS = [
  'receipt_ref',
  'received_at',
  'payer',
  'amount',
  'currency',
  'linked',
  'memo',
  'account',
  'link_order',
  'link_part',
  'link_amount',
] as const;
export type ReceiptField = (typeof RECEIPT_FIELDS)[number];

export const RECEIPT_COLUMNS: readonly LinkColumnSpec<ReceiptField>[] = [
  {
    field: 'receipt_ref',
    zh: ['到账编号', '流水号'],
    aliases: ['receipt', 'receipt no', 'reference no', 'transaction id'],
    label: { en: 'Receipt', zh: '到账编号' },
  },
  {
    field: 'received_at',
    zh: ['到账时间'],
    aliases: ['received', 'received on', 'date received', '到账日期'],
    label: { en: 'Received at', zh: '到账时间' },
  },
  {
    field: 'payer',
    zh: ['付款人'],
    aliases: ['remitter', 'payer name', '汇款人'],
    label: { en: 'Payer', zh: '付款人' },
  },
  {
    field: 'amount',
    zh: ['到账金额'],
    aliases: ['amount received', 'received amount'],
    label: { en: 'Amount', zh: '到账金额' },
  },
  { field: 'currency', zh: ['币种'], aliases: ['到账币种'], label: { en: 'Currency', zh: '币种' } },
  {
    field: 'linked',
    zh: ['已关联金额'],
    aliases: ['linked amount', 'already linked'],
    label: { en: 'Linked', zh: '已关联金额' },
  },
  {
    field: 'memo',
    zh: ['附言', '汇款附言'],
    aliases: ['remittance information', 'remittance info', 'remark', 'message'],
    label: { en: 'Memo', zh: '附言' },
  },
  {
    field: 'account',
    zh: ['收款账号'],
    aliases: ['receiving account', 'account no'],
    label: { en: 'Account', zh: '收款账号' },
  },
  {
    field: 'link_order',
    zh: ['关联订单'],
    aliases: ['link to order'],
    label: { en: 'Link order', zh: '关联订单' },
  },
  {
    field: 'link_part',
    zh: ['关联类型'],
    aliases: ['link type'],
    label: { en: 'Link part', zh: '关联类型' },
  },
  {
    field: 'link_amount',
    zh: ['确认关联金额'],
    aliases: ['amount to link'],
    label: { en: 'Link amount', zh: '确认关联金额' },
  },
];

/** The optional order-sheet columns fund linking reads, beyond order-sheet.md's. */
export const ORDER_LINK_FIELDS = [
  'buyer_name',
  'registered_payer',
  'confirmed_on',
  'advance_paid',
  'balance_paid',
  'advance_received_on',
  'status',
] as const;
export type OrderLinkField = (typeof ORDER_LINK_FIELDS)[number];

export const ORDER_LINK_COLUMNS: readonly LinkColumnSpec<OrderLinkField>[] = [
  {
    field: 'buyer_name',
    zh: ['买家名称', '公司名称'],
    aliases: ['buyer', 'buyer company', 'company'],
    label: { en: 'Buyer name', zh: '买家名称' },
  },
  {
    field: 'registered_payer',
    zh: ['备案付款人'],
    aliases: ['payer registered'],
    label: { en: 'Registered payer', zh: '备案付款人' },
  },
  {
    field: 'confirmed_on',
    zh: ['确认日期'],
    aliases: ['confirmed', 'confirmation date'],
    label: { en: 'Confirmed on', zh: '确认日期' },
  },
  {
    field: 'advance_paid',
    zh: ['已付预付款'],
    aliases: ['advance received'],
    label: { en: 'Advance paid', zh: '已付预付款' },
  },
  {
    field: 'balance_paid',
    zh: ['已付尾款'],
    aliases: ['balance received'],
    label: { en: 'Balance paid', zh: '已付尾款' },
  },
  {
    field: 'advance_received_on',
    zh: ['预付款到账日期'],
    aliases: ['advance received on', 'advance date'],
    label: { en: 'Advance received on', zh: '预付款到账日期' },
  },
  {
    field: 'status',
    zh: ['订单状态'],
    aliases: ['order status', '状态'],
    label: { en: 'Status', zh: '订单状态' },
  },
];

/** header text → field, for one table of columns. */
export function headerIndex<F extends string>(columns: readonly LinkColumnSpec<F>[]): ReadonlyMap<string, F> {
  return new Map(
    columns.flatMap((c) =>
      [c.field, ...c.zh, ...c.aliases].map((h) => [normalizeHeader(h), c.field] as const),
    ),
  );
}

export const RECEIPT_HEADERS = headerIndex(RECEIPT_COLUMNS);
export const ORDER_LINK_HEADERS = headerIndex(ORDER_LINK_COLUMNS);
