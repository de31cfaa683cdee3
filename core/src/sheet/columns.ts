import { toSimplified } from '../text/han.ts';
import type { Message, OrderField } from '../types.ts';

/**
 * The order sheet's columns (order-sheet.md): the English header is the field name itself; each column
 * also has its Chinese header and any other header people use for it. Matching ignores case, spaces,
 * `_` and `-` (normalizeHeader).
 */
export interface ColumnSpec {
  field: OrderField;
  zh: string;
  /** Further accepted headers (English or Chinese), beyond the field name and `zh`. */
  aliases: readonly string[];
  label: Message;
}

export const COLUMNS: readonly ColumnSpec[] = [
  {
    field: 'order_ref',
    zh: '订单号',
    aliases: [
      'order no',
      'order number',
      'reference',
      '订单编号',
      'order id',
      'po',
      'po no',
      'po number',
      'order #',
      '订单号码',
    ],
    label: { en: 'Order ref', zh: '订单号' },
  },
  {
    field: 'order_type',
    zh: '订单类型',
    aliases: ['type', 'ta/dpo', '订单种类'],
    label: { en: 'Order type', zh: '订单类型' },
  },
  { field: 'drafted_by', zh: '起草方', aliases: ['drafter'], label: { en: 'Drafted by', zh: '起草方' } },
  {
    field: 'buyer_email',
    zh: '买家邮箱',
    aliases: [
      'email',
      'buyer mail',
      'e-mail',
      'buyer e-mail',
      'customer email',
      '邮箱',
      '买家邮件',
      '客户邮箱',
    ],
    label: { en: 'Buyer email', zh: '买家邮箱' },
  },
  {
    field: 'destination',
    zh: '目的国',
    aliases: [
      'country',
      'destination country',
      'country/region',
      'ship to country',
      '目的国家',
      '目的国家/地区',
      '目的地',
      '国家',
      '国家/地区',
    ],
    label: { en: 'Destination', zh: '目的国' },
  },
  {
    field: 'currency',
    zh: '币种',
    aliases: ['交易币种', 'order currency', 'ccy', '货币'],
    label: { en: 'Currency', zh: '币种' },
  },
  {
    field: 'unit_price',
    zh: '单价',
    aliases: ['price', 'unit cost', 'price per unit'],
    label: { en: 'Unit price', zh: '单价' },
  },
  { field: 'quantity', zh: '数量', aliases: ['qty', 'pcs', 'units'], label: { en: 'Quantity', zh: '数量' } },
  {
    field: 'product_total',
    zh: '产品总价',
    aliases: ['product amount', 'product value', 'goods total', '产品金额', '货值'],
    label: { en: 'Product total', zh: '产品总价' },
  },
  {
    field: 'freight',
    zh: '运费',
    aliases: ['shipping fee', 'shipping cost', 'shipping charge', 'freight cost', 'delivery fee', '运费金额'],
    label: { en: 'Freight', zh: '运费' },
  },
  { field: 'insurance', zh: '保险费', aliases: ['物流保险费'], label: { en: 'Insurance', zh: '保险费' } },
  {
    field: 'order_total',
    zh: '订单总价',
    aliases: [
      'total',
      'order amount',
      'total amount',
      'order value',
      '订单金额',
      '订单总额',
      '总金额',
      '总价',
    ],
    label: { en: 'Order total', zh: '订单总价' },
  },
  {
    field: 'advance',
    zh: '预付款',
    aliases: ['预付款金额', 'advance payment', 'deposit', 'down payment', 'prepayment', '定金', '首付款'],
    label: { en: 'Advance', zh: '预付款' },
  },
  {
    field: 'balance',
    zh: '尾款',
    aliases: ['尾款金额', 'balance payment', 'balance due', '余款'],
    label: { en: 'Balance', zh: '尾款' },
  },
  {
    field: 'payment_method',
    zh: '支付方式',
    aliases: ['payment methods', 'method', 'payment', 'pay method', 'payment type', '付款方式', '支付方法'],
    label: { en: 'Payment method', zh: '支付方式' },
  },
  {
    field: 'payer_currency',
    zh: '付款币种',
    aliases: ['buyer currency'],
    label: { en: 'Payer currency', zh: '付款币种' },
  },
  { field: 'card_brand', zh: '卡组织', aliases: ['card'], label: { en: 'Card brand', zh: '卡组织' } },
  {
    field: 'card_region',
    zh: '发卡地区',
    aliases: ['issuing region'],
    label: { en: 'Card region', zh: '发卡地区' },
  },
  {
    field: 'export_mode',
    zh: '出口方式',
    aliases: ['export', 'export method', '出口模式'],
    label: { en: 'Export mode', zh: '出口方式' },
  },
  {
    field: 'logistics',
    zh: '物流',
    aliases: ['物流服务', 'logistics service'],
    label: { en: 'Logistics', zh: '物流' },
  },
  {
    field: 'shipping_method',
    zh: '运输方式',
    aliases: ['ship method', 'shipping', 'shipping mode', 'transport', '运输'],
    label: { en: 'Shipping method', zh: '运输方式' },
  },
  {
    field: 'trade_term',
    zh: '贸易术语',
    aliases: ['incoterm', 'incoterms', 'trade terms', '贸易条款', '价格条款'],
    label: { en: 'Trade term', zh: '贸易术语' },
  },
  {
    field: 'shipping_address',
    zh: '收货地址',
    aliases: ['address', 'ship to', 'delivery address', '地址'],
    label: { en: 'Shipping address', zh: '收货地址' },
  },
  {
    field: 'ship_within_days',
    zh: '发货天数',
    aliases: ['ship days', 'ship within', 'lead time', '发货期'],
    label: { en: 'Ship within (days)', zh: '发货天数' },
  },
  {
    field: 'ship_by_date',
    zh: '指定发货日期',
    aliases: ['ship date', 'ship by', '发货日期'],
    label: { en: 'Ship by date', zh: '指定发货日期' },
  },
  {
    field: 'remark',
    zh: '订单备注',
    aliases: ['remarks', 'note', 'notes', 'comment', 'comments', '备注', '说明'],
    label: { en: 'Remark', zh: '订单备注' },
  },
  {
    field: 'withdraw_amount',
    zh: '提现金额',
    aliases: ['withdrawal amount'],
    label: { en: 'Withdraw amount', zh: '提现金额' },
  },
  {
    field: 'withdraw_currency',
    zh: '提现币种',
    aliases: ['withdrawal currency'],
    label: { en: 'Withdraw currency', zh: '提现币种' },
  },
  {
    field: 'withdraw_to',
    zh: '收款账户',
    aliases: ['withdrawal account', 'bank account'],
    label: { en: 'Withdraw to', zh: '收款账户' },
  },
  {
    field: 'withdraw_from',
    zh: '提现账户',
    aliases: ['from account'],
    label: { en: 'Withdraw from', zh: '提现账户' },
  },
  {
    field: 'shipped_on',
    zh: '实际发货日期',
    aliases: ['shipped date', '已发货日期'],
    label: { en: 'Shipped on', zh: '实际发货日期' },
  },
  {
    field: 'order_date',
    zh: '下单日期',
    aliases: ['order date', 'date', '日期', '订单日期', '创建日期'],
    label: { en: 'Order date', zh: '下单日期' },
  },
  {
    field: 'buyer_name',
    zh: '买家名称',
    aliases: ['公司名称', 'buyer', 'buyer company', 'company'],
    label: { en: 'Buyer name', zh: '买家名称' },
  },
  {
    field: 'registered_payer',
    zh: '备案付款人',
    aliases: ['payer registered'],
    label: { en: 'Registered payer', zh: '备案付款人' },
  },
  {
    field: 'confirmed_on',
    zh: '确认日期',
    aliases: ['confirmed', 'confirmation date'],
    label: { en: 'Confirmed on', zh: '确认日期' },
  },
  {
    field: 'advance_paid',
    zh: '已付预付款',
    aliases: ['advance received'],
    label: { en: 'Advance paid', zh: '已付预付款' },
  },
  {
    field: 'balance_paid',
    zh: '已付尾款',
    aliases: ['balance received'],
    label: { en: 'Balance paid', zh: '已付尾款' },
  },
  {
    field: 'advance_received_on',
    zh: '预付款到账日期',
    aliases: ['advance received on', 'advance date'],
    label: { en: 'Advance received on', zh: '预付款到账日期' },
  },
  {
    field: 'status',
    zh: '订单状态',
    aliases: ['order status', '状态'],
    label: { en: 'Status', zh: '订单状态' },
  },
];

/**
 * A header as compared: NFKC (full-width letters, brackets and spaces become plain), Traditional Chinese
 * read as Simplified, case, spaces, `_`, `-`, `:` and marks such as `*` ignored.
 */
export function normalizeHeader(text: string): string {
  return toSimplified(text.normalize('NFKC'))
    .toLowerCase()
    .replace(/[\s_\-*:：※#]+/g, '');
}

const HEADER_INDEX: ReadonlyMap<string, OrderField> = new Map(
  COLUMNS.flatMap((c) => [c.field, c.zh, ...c.aliases].map((h) => [normalizeHeader(h), c.field] as const)),
);

/**
 * Headers that name more than one kind of column: the values decide (find-table.ts). `Shipping` over
 * amounts is the freight; over `Sea`/`Air` it is the shipping method.
 */
export const AMBIGUOUS_HEADERS: ReadonlyMap<string, readonly OrderField[]> = new Map([
  [normalizeHeader('shipping'), ['shipping_method', 'freight']],
  [normalizeHeader('运输'), ['shipping_method', 'freight']],
]);

/** Brackets around units and translations: `单价（USD）`, `订单编号(Order Number)`, `【必填】`. */
const BRACKETED = /[([{【〔<]([^)\]}】〕>]*)[)\]}】〕>]/g;
/** A unit written after the name without brackets: `单价 USD`, `金额/元`. */
const TRAILING_UNIT = /(?:\/|\b)?(?:usd|cny|rmb|us\$|\$|¥|美元|人民币|元|%|pcs|天|days)$/;

/**
 * The fields a header could name, best first: the header as written, then without its bracketed parts or
 * trailing unit, then each bracketed part (`订单编号(Order Number)` is the order_ref either way).
 */
export function headerCandidates(header: unknown): readonly OrderField[] {
  if (typeof header !== 'string' || header.trim() === '') return [];
  const text = header.normalize('NFKC');
  const outside = text.replace(BRACKETED, ' ');
  const forms = [text, outside, outside.replace(/\s+$/, '').replace(TRAILING_UNIT, '')];
  for (const m of text.matchAll(BRACKETED)) forms.push(m[1] ?? '');
  for (const form of forms) {
    const key = normalizeHeader(form);
    if (key === '') continue;
    const ambiguous = AMBIGUOUS_HEADERS.get(key);
    if (ambiguous) return ambiguous;
    const field = HEADER_INDEX.get(key) ?? HEADER_INDEX.get(key.replace(TRAILING_UNIT, ''));
    if (field) return [field];
  }
  return [];
}

/** The field a header names, without looking at values (an ambiguous header: its first reading). */
export function fieldForHeader(header: unknown): OrderField | null {
  return headerCandidates(header)[0] ?? null;
}

export const COLUMN_BY_FIELD: ReadonlyMap<OrderField, ColumnSpec> = new Map(COLUMNS.map((c) => [c.field, c]));
