/**
 * A workbook for Match receipts: an orders sheet and a receipts sheet, in English or Chinese headers, typed
 * as a user types them (dates become dates, amounts numbers; order numbers kept as text with a leading
 * apostrophe, as an 18-digit number must be). Dates are relative to today (US Pacific), so the lifecycle
 * rules see the same ages whatever day the tests run.
 */

/** The US Pacific calendar day `days` from now (negative: in the past), YYYY-MM-DD. */
export function pacificDay(days: number): string {
  const day = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'America/Los_Angeles',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export type HeaderLang = 'en' | 'zh';

export const ORDER_HEADERS: Record<HeaderLang, string[]> = {
  en: [
    'order_ref',
    'order_type',
    'currency',
    'order_total',
    'advance',
    'balance',
    'payment_method',
    'buyer_name',
    'registered_payer',
    'confirmed_on',
    'advance_paid',
    'ship_within_days',
    'advance_received_on',
    'status',
    'My notes',
  ],
  zh: [
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
    '发货天数',
    '预付款到账日期',
    '订单状态',
    '我的备注',
  ],
};

export const STATUS: Record<HeaderLang, { unpaid: string; toShip: string }> = {
  en: { unpaid: 'awaiting payment', toShip: 'awaiting shipment' },
  zh: { unpaid: '待支付', toShip: '待发货' },
};

/** Order numbers (column A of the orders sheet). */
export const REF = {
  acme: '311893905010267091',
  bright: '311893905010267104',
  kestrel: '298877665544332211',
  quillA: '220097552289031174',
  quillB: '220097552289031290',
  lumen: '253300981174622019',
  tundra: '208875114522330964',
  ember: '197764225633441075',
} as const;

/** A USD T/T order of the Trade Assurance type, unpaid unless `paid` says otherwise. */
export interface OrderSpec {
  ref: string;
  total: string;
  advance: string;
  balance: string;
  buyer: string;
  registered?: string;
  confirmed: string;
  paid?: string;
  received?: string;
  status: string;
  note?: string;
}

/** One row under ORDER_HEADERS (30 days to ship after the advance). */
export function orderRow(o: OrderSpec): string[] {
  return [
    `'${o.ref}`,
    'TA',
    'USD',
    o.total,
    o.advance,
    o.balance,
    'tt-intl',
    o.buyer,
    o.registered ?? '',
    o.confirmed,
    o.paid ?? '0',
    '30',
    o.received ?? '',
    o.status,
    o.note ?? '',
  ];
}

/** The orders sheet: rows 2–9 (the sheet row of each order is its index + 2). */
export function ordersRows(lang: HeaderLang): string[][] {
  const status = STATUS[lang].unpaid;
  const confirmed = pacificDay(-5);
  const order = (ref: string, total: string, advance: string, balance: string, buyer: string) =>
    ({ ref, total, advance, balance, buyer, confirmed, status }) as const;
  return [
    ORDER_HEADERS[lang],
    orderRow({
      ...order(REF.acme, '2500', '750', '1750', 'Acme Trading Co. Ltd.'),
      registered: 'Meridian Payment Agency',
      note: 'a',
    }),
    orderRow({
      ...order(REF.bright, '7750', '2325', '5425', 'Brightstar Home Furnishings International Co. Ltd.'),
      note: 'b',
    }),
    orderRow({ ...order(REF.kestrel, '4000', '1200', '2800', 'Kestrel Maschinen GmbH'), note: 'c' }),
    orderRow({ ...order(REF.quillA, '3000', '900', '2100', 'Quill & Ink Inc.'), note: 'd' }),
    orderRow({ ...order(REF.quillB, '3000', '900', '2100', 'Quill & Ink Inc.'), note: 'e' }),
    orderRow({ ...order(REF.lumen, '2880.63', '864.19', '2016.44', 'Lumen Optics LLC'), note: 'f' }),
    // confirmed 30 days ago, nothing paid: payment/overdue
    orderRow({
      ...order(REF.tundra, '1200', '360', '840', 'Tundra Outdoor Oy'),
      confirmed: pacificDay(-30),
      note: 'g',
    }),
    // advance received 40 days ago, 30 days to ship, not shipped: shipping/overdue
    orderRow({
      ...order(REF.ember, '8000', '2400', '5600', 'Ember Kitchenware Ltd'),
      confirmed: pacificDay(-45),
      paid: '2400',
      received: pacificDay(-40),
      status: STATUS[lang].toShip,
      note: 'h',
    }),
  ];
}

const RECEIPT_HEADERS: Record<HeaderLang, string[]> = {
  en: ['receipt_ref', 'received_at', 'payer', 'amount', 'currency', 'memo', 'My notes'],
  zh: ['流水号', '到账时间', '付款人', '到账金额', '币种', '附言', '我的备注'],
};

/** The receipts sheet: rows 2–7. R-6's amount is set by the test as a formula result would leave it. */
export function receiptsRows(lang: HeaderLang): string[][] {
  const day = pacificDay(-2);
  return [
    RECEIPT_HEADERS[lang],
    // exact, memo with the order number; paid by the buyer, not the registered payer
    ['R-1', day, 'ACME TRADING CO LTD', '750', 'USD', `/RFB/ORDER ${REF.acme}`, 'x1'],
    // memo with the order number, USD 25 short (bank charges)
    [
      'R-2',
      day,
      'BRIGHTSTAR HOME FURNISHINGS INTERN',
      '2,300.00',
      'USD',
      `PAYMENT FOR ALIBABA ORDER ${REF.bright}`,
      'x2',
    ],
    // no reference, USD 30 short: the payer and the amount tell
    ['R-3', day, 'KESTREL MASCHINEN GMBH', '$1,170.00', 'USD', 'GOODS PAYMENT', 'x3'],
    // two orders of one buyer fit equally: not proposed, both candidates listed
    ['R-4', day, 'QUILL AND INK INC', '900', 'USD', '', 'x4'],
    // a stranger, no reference
    ['R-5', day, 'NORDIC FREIGHT AS', '433.17', 'USD', 'INV 55812', 'x5'],
    // amount: 864.1899999999999 (a formula's result), memo with the order number
    ['R-6', day, 'Lumen Optics LLC', '0', 'USD', `ORDER ${REF.lumen}`, 'x6'],
  ];
}

/** The formula result R-6's amount cell holds (row 7, column D). */
export const FORMULA_AMOUNT = 864.1899999999999;

/** The headers Match receipts writes beside the receipts, as the user reads them (written out by hand). */
export const MATCH_HEADERS = [
  'TA ✓ Order / 订单',
  'TA ✓ Part / 款项',
  'TA ✓ Amount to link / 关联金额',
  'TA ✓ Shortfall / 银行扣费',
  'TA ✓ Confidence / 置信度',
  'TA ✓ Why / 依据',
];
