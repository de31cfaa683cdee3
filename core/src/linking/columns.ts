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
    // and as banks' statements name it
    // Most telling first: when a statement has several date columns, the earliest here gives the receipt's date.
    aliases: [
      'received',
      'received on',
      'date received',
      '到账日期',
      'value date',
      '起息日',
      'date',
      'transaction date',
      'booking date',
      'posting date',
      'post date',
      '交易日期',
      '交易时间',
      '记账日期',
      '入账日期',
      '入账时间',
    ],
    label: { en: 'Received at', zh: '到账时间' },
  },
  {
    field: 'payer',
    zh: ['付款人'],
    aliases: [
      'remitter',
      'payer name',
      '汇款人',
      'remitter name',
      'ordering customer',
      'counterparty',
      'counterparty name',
      '对方户名',
      '对方账户名称',
      '付款人名称',
      '汇款人名称',
      '付款方',
    ],
    label: { en: 'Payer', zh: '付款人' },
  },
  {
    field: 'amount',
    zh: ['到账金额'],
    aliases: [
      'amount received',
      'received amount',
      'amount',
      'credit',
      'credit amount',
      '金额',
      '贷方发生额',
      '贷方金额',
      '收入金额',
      '入账金额',
      '汇入金额',
    ],
    label: { en: 'Amount', zh: '到账金额' },
  },
  {
    field: 'currency',
    zh: ['币种'],
    aliases: ['到账币种', 'ccy', '货币'],
    label: { en: 'Currency', zh: '币种' },
  },
  {
    field: 'linked',
    zh: ['已关联金额'],
    aliases: ['linked amount', 'already linked'],
    label: { en: 'Linked', zh: '已关联金额' },
  },
  {
    field: 'memo',
    zh: ['附言', '汇款附言'],
    aliases: [
      'remittance information',
      'remittance info',
      'remark',
      'message',
      'payment details',
      'details of payment',
      'remittance details',
      'narrative',
      'description',
      '摘要',
      '用途',
      '交易附言',
      '备注',
    ],
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
    aliases: ['amount to link', '关联金额'],
    label: { en: 'Link amount', zh: '确认关联金额' },
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
