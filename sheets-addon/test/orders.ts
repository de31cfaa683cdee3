/** Order-sheet fixtures for the add-on's tests and benchmark. */
export const HEADERS = [
  'order_ref',
  'Order Type',
  'buyer_email',
  'destination',
  'currency',
  'unit_price',
  'quantity',
  'order_total',
  'advance',
  'payment_method',
  'export_mode',
  'logistics',
  'shipping_method',
  'trade_term',
  'shipping_address',
  'ship_within_days',
  'My own column',
];

export const HEADERS_ZH = [
  '订单号',
  '订单类型',
  '买家邮箱',
  '目的国',
  '币种',
  '单价',
  '数量',
  '订单总价',
  '预付款',
  '支付方式',
  '出口方式',
  '物流',
  '运输方式',
  '贸易术语',
  '收货地址',
  '发货天数',
  '我的备注',
];

export type Row = (string | number)[];

/** A clean order: no errors, no warnings. */
export function goodRow(i: number): Row {
  return [
    `PO-${1000 + i}`,
    'TA',
    'buyer@example.com',
    'US',
    'USD',
    25,
    100,
    2500,
    2500,
    'tt-intl',
    'self',
    'platform',
    'sea',
    'FOB',
    '100 Main St, Los Angeles',
    15,
    `keep ${i}`,
  ];
}

/** Column index of each fixture field. */
export const COL = Object.fromEntries(HEADERS.map((h, i) => [h, i])) as Record<string, number>;

/**
 * Row i of a mixed sheet: every 4th row has a domestic buyer email (error), every 4th+1 a text unit price
 * (error, amount/invalid), every 4th+2 a ship time of 1 day (warning), the rest clean.
 */
export function mixedRow(i: number): Row {
  const row = goodRow(i);
  switch (i % 4) {
    case 0:
      row[COL.buyer_email as number] = 'wang@qq.com';
      break;
    case 1:
      row[COL.unit_price as number] = 'twenty';
      break;
    case 2:
      row[COL.ship_within_days as number] = 1;
      break;
  }
  return row;
}

export function mixedSheet(n: number): Row[] {
  return [HEADERS, ...Array.from({ length: n }, (_, i) => mixedRow(i))];
}
