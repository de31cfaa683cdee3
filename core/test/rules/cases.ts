import { numberCell } from '../../src/cells.ts';
import { proposeLinks } from '../../src/linking/engine.ts';
import type { KnownRuleId } from '../../src/rules/catalog.ts';
import { pageUnreadable } from '../../src/rules/page/unreadable.ts';
import type { TableLayout } from '../../src/sheet/find-table.ts';
import type { DecimalMark, SheetRow } from '../../src/sheet/open-sheet.ts';
import { prepareRow } from '../../src/sheet/prepare-row.ts';
import type {
  Finding,
  FindingField,
  LinkFinding,
  OrderField,
  OrderInput,
  ReceiptFindingField,
  Settings,
} from '../../src/types.ts';
import { order as linkOrder, receipt, usd } from '../linking/fixtures.ts';
import { order, SETTINGS, VALID_DPO, VALID_ORDER } from './base-order.ts';

export interface RuleCase {
  input: OrderInput;
  settings?: Settings;
  today?: string;
}

/** A rule reported outside one order's check (the page, a sheet): its case calls what reports it. */
export type ReportedCase = () => readonly (Finding | LinkFinding)[];

/**
 * For every rule ID: a case that triggers it (on `field`) and a near miss that does not — the smallest
 * change on the other side of the rule's edge. A meta-test checks that no rule is missing here.
 */
export interface RuleCases {
  field: FindingField | ReceiptFindingField;
  trigger: RuleCase | ReportedCase;
  nearMiss: RuleCase | ReportedCase;
}

const ta = (changes: OrderInput): RuleCase => ({ input: order(VALID_ORDER, changes) });
const dpo = (changes: OrderInput): RuleCase => ({ input: order(VALID_DPO, changes) });
const withSettings = (changes: Settings, input: OrderInput = VALID_ORDER): RuleCase => ({
  input,
  settings: { ...SETTINGS, ...changes },
});
/** One payment in full: advance = total, no balance. */
const fullPayment = (unitPrice: string, advance: string, changes: OrderInput = {}): RuleCase =>
  ta({ unit_price: unitPrice, order_total: undefined, advance, balance: undefined, ...changes });
const withdrawal = (changes: OrderInput): RuleCase =>
  ta({ withdraw_amount: '2500.00', withdraw_currency: 'CNY', withdraw_to: 'corporate', ...changes });
const cny = {
  currency: 'CNY',
  unit_price: '71.00',
  order_total: undefined,
  advance: '710.00',
  balance: undefined,
};

export const RULE_CASES: Record<KnownRuleId, RuleCases> = {
  // §2
  'order/type': {
    field: 'order_type',
    trigger: ta({ order_type: 'Escrow' }),
    nearMiss: ta({ order_type: 'Trade Assurance' }),
  },
  'seller/not-admitted': {
    field: 'order_type',
    trigger: withSettings({ region: 'HK' }, VALID_DPO),
    nearMiss: withSettings({ region: 'HK' }, VALID_ORDER),
  },
  'seller/violation-points': {
    field: 'settings',
    trigger: withSettings({ violationPoints: 48 }),
    nearMiss: withSettings({ violationPoints: 47 }),
  },
  'seller/infringement-complaints': {
    field: 'settings',
    trigger: withSettings({ infringementComplaints: 3 }),
    nearMiss: withSettings({ infringementComplaints: 2 }),
  },
  'seller/unverified-free-member': {
    field: 'settings',
    trigger: withSettings({ membership: 'free', verified: false }),
    nearMiss: withSettings({ membership: 'free', verified: true }),
  },
  'order/drafter': {
    field: 'drafted_by',
    trigger: dpo({ drafted_by: 'buyer' }),
    nearMiss: dpo({ drafted_by: '卖家' }),
  },

  // §3
  'currency/unsupported': {
    field: 'currency',
    trigger: ta({ currency: 'EUR' }),
    nearMiss: ta({ ...cny, currency: 'RMB' }),
  },
  'buyer/email-missing': {
    field: 'buyer_email',
    trigger: ta({ buyer_email: '' }),
    nearMiss: ta({ buyer_email: undefined }),
  },
  'buyer/email-invalid': {
    field: 'buyer_email',
    trigger: ta({ buyer_email: 'buyer@example' }),
    nearMiss: ta({ buyer_email: 'buyer@example.co' }),
  },
  'buyer/email-domestic': {
    field: 'buyer_email',
    trigger: ta({ buyer_email: 'li.wei@qq.com' }),
    nearMiss: ta({ buyer_email: 'li.wei@qqq.com' }),
  },
  'destination/missing': {
    field: 'destination',
    trigger: ta({ destination: '' }),
    nearMiss: ta({ destination: 'us' }),
  },
  'destination/restricted': {
    field: 'destination',
    trigger: ta({ destination: 'Iran' }),
    nearMiss: ta({ destination: 'Iraq' }),
  },
  'destination/payment-risk': {
    field: 'destination',
    trigger: ta({ destination: '缅甸' }),
    nearMiss: ta({ destination: '泰国' }),
  },
  'shipping/address-missing': {
    field: 'shipping_address',
    trigger: ta({ shipping_address: '  ' }),
    nearMiss: ta({ shipping_address: 'Other: Springfield' }),
  },
  'shipping/method-missing': {
    field: 'shipping_method',
    trigger: ta({ shipping_method: '' }),
    nearMiss: ta({ shipping_method: 'sea' }),
  },
  'shipping/trade-term-missing': {
    field: 'trade_term',
    trigger: ta({ trade_term: '' }),
    nearMiss: ta({ trade_term: 'CIF' }),
  },
  'shipping/trade-term-unknown': {
    field: 'trade_term',
    trigger: ta({ trade_term: 'FOR' }),
    nearMiss: ta({ trade_term: 'fob Shanghai' }),
  },
  'shipping/trade-term-legacy': {
    field: 'trade_term',
    trigger: ta({ trade_term: 'DAT' }),
    nearMiss: ta({ trade_term: 'DPU' }),
  },
  'shipping/date-missing': {
    field: 'ship_within_days',
    trigger: ta({ ship_within_days: '', ship_by_date: '' }),
    nearMiss: ta({ ship_within_days: '', ship_by_date: '2026-12-01' }),
  },
  'shipping/days-too-short': {
    field: 'ship_within_days',
    trigger: ta({ ship_within_days: '2' }),
    nearMiss: ta({ ship_within_days: '3' }),
  },
  'shipping/date-past': {
    field: 'ship_by_date',
    trigger: ta({ ship_within_days: undefined, ship_by_date: '2026-11-19' }),
    nearMiss: ta({ ship_within_days: undefined, ship_by_date: '2026-11-20' }),
  },
  'shipping/date-too-soon': {
    field: 'ship_by_date',
    trigger: ta({ ship_within_days: undefined, ship_by_date: '2026/11/22' }),
    nearMiss: ta({ ship_within_days: undefined, ship_by_date: '2026年11月23日' }),
  },
  'shipping/already-shipped': {
    field: 'shipped_on',
    trigger: ta({ shipped_on: '2026-11-20' }),
    nearMiss: ta({ shipped_on: '2026-11-21' }),
  },
  'amount/invalid': {
    field: 'unit_price',
    trigger: ta({ unit_price: '25 dollars' }),
    nearMiss: ta({ unit_price: 'US $25.00' }),
  },
  'amount/negative': {
    field: 'freight',
    trigger: ta({ freight: '-5.00', order_total: undefined }),
    nearMiss: ta({ freight: '0.00' }),
  },
  'amount/precision': {
    field: 'unit_price',
    trigger: ta({ unit_price: '25.001' }),
    nearMiss: ta({ unit_price: '25.000' }),
  },
  'amount/product-total': {
    field: 'unit_price',
    trigger: fullPayment('0', '1.00'),
    nearMiss: fullPayment('0.01', '1.00'),
  },
  'amount/line-mismatch': {
    field: 'product_total',
    trigger: ta({ product_total: '2,499.99' }),
    nearMiss: ta({ product_total: '2,500.00' }),
  },
  'amount/total-mismatch': {
    field: 'order_total',
    trigger: ta({ freight: '10.00' }),
    nearMiss: ta({ freight: '10.00', order_total: '2510.00', balance: '1760.00' }),
  },
  'payment/advance-min': {
    field: 'advance',
    trigger: ta({ advance: '0.99', balance: undefined }),
    nearMiss: ta({ advance: '1.00', balance: undefined }),
  },
  'payment/advance-over-total': {
    field: 'advance',
    trigger: ta({ advance: '2500.01', balance: undefined }),
    nearMiss: ta({ advance: '100%', balance: '0' }),
  },
  'payment/balance-mismatch': {
    field: 'balance',
    trigger: ta({ balance: '1750.01' }),
    nearMiss: ta({ advance: '30%', balance: '1750' }),
  },
  'remark/too-long': {
    field: 'remark',
    trigger: ta({ remark: '货'.repeat(2001) }),
    nearMiss: ta({ remark: '货'.repeat(2000) }),
  },
  'quota/exceeded': {
    field: 'order_total',
    trigger: withSettings({ taQuota: '2499.99' }),
    nearMiss: withSettings({ taQuota: '2500.00' }),
  },

  // §4
  'payment/method-missing': {
    field: 'payment_method',
    trigger: ta({ payment_method: '' }),
    nearMiss: ta({ payment_method: undefined }),
  },
  'payment/method-not-allowed': {
    field: 'payment_method',
    trigger: dpo({ payment_method: 'card' }),
    nearMiss: dpo({ payment_method: 'T/T' }),
  },
  'payment/lc-seller-only': {
    field: 'payment_method',
    trigger: ta({ payment_method: 'L/C', drafted_by: 'buyer' }),
    nearMiss: ta({ payment_method: 'L/C', drafted_by: 'seller' }),
  },
  'payment/over-method-limit': {
    field: 'advance',
    trigger: fullPayment('25.01', '2500.01', { payment_method: 'western-union' }),
    nearMiss: fullPayment('25.01', '2500.00', { payment_method: 'western-union' }),
  },
  'payment/monthly-limit': {
    field: 'advance',
    trigger: fullPayment('40.00', '3000.01', { payment_method: 'boleto' }),
    nearMiss: fullPayment('40.00', '3000.00', { payment_method: 'boleto' }),
  },
  'payment/currency-not-accepted': {
    field: 'payer_currency',
    trigger: ta({ payment_method: 'obp-us', payer_currency: 'EUR' }),
    nearMiss: ta({ payment_method: 'obp-us', payer_currency: 'usd' }),
  },

  // §5
  'export/mode-missing': {
    field: 'export_mode',
    trigger: ta({ export_mode: '' }),
    nearMiss: ta({ export_mode: undefined }),
  },
  'export/convenient-over-limit': {
    field: 'export_mode',
    trigger: fullPayment('50.01', '1000.00', { export_mode: 'convenient' }),
    nearMiss: fullPayment('50.00', '1000.00', { export_mode: '便捷发货' }),
  },
  'export/convenient-dpo': {
    field: 'export_mode',
    trigger: dpo({ export_mode: 'convenient' }),
    nearMiss: dpo({ export_mode: 'self' }),
  },
  'export/onetouch-review': {
    field: 'export_mode',
    trigger: ta({ export_mode: '一达通代理出口' }),
    nearMiss: ta({ export_mode: '自营出口' }),
  },

  // §8
  'withdrawal/wrong-account': {
    field: 'withdraw_from',
    trigger: withdrawal({ withdraw_from: 'onetouch' }),
    nearMiss: withdrawal({ withdraw_from: '自主出口账户' }),
  },
  'withdrawal/currency': {
    field: 'withdraw_currency',
    trigger: withdrawal({ withdraw_to: 'personal', withdraw_currency: 'USD' }),
    nearMiss: withdrawal({ withdraw_to: 'personal', withdraw_currency: 'CNY' }),
  },
  'withdrawal/personal-onetouch': {
    field: 'withdraw_to',
    trigger: withdrawal({ export_mode: 'onetouch', withdraw_to: 'personal' }),
    nearMiss: withdrawal({ export_mode: 'onetouch', withdraw_to: 'corporate' }),
  },
  'withdrawal/over-limit': {
    field: 'withdraw_amount',
    trigger: withdrawal({
      unit_price: '600.00',
      order_total: undefined,
      balance: undefined,
      withdraw_to: 'personal',
      withdraw_amount: '50000.01',
    }),
    nearMiss: withdrawal({
      unit_price: '600.00',
      order_total: undefined,
      balance: undefined,
      withdraw_to: 'personal',
      withdraw_amount: '50000.00',
    }),
  },
  'withdrawal/below-fee': {
    field: 'withdraw_amount',
    trigger: withdrawal({ export_mode: 'onetouch', withdraw_currency: 'USD', withdraw_amount: '14.99' }),
    nearMiss: withdrawal({ export_mode: 'onetouch', withdraw_currency: 'USD', withdraw_amount: '15.00' }),
  },
  'withdrawal/not-stated': {
    field: 'withdraw_currency',
    trigger: withdrawal({ withdraw_currency: 'USD' }),
    nearMiss: withdrawal({ withdraw_currency: 'CNY' }),
  },

  // §9
  'fx/rate-missing': {
    field: 'advance',
    trigger: { input: order(VALID_ORDER, cny), settings: { ...SETTINGS, usdCny: undefined } },
    nearMiss: { input: order(VALID_ORDER, cny), settings: SETTINGS },
  },

  // Added by ta-toolkit
  'fee/not-stated': {
    field: 'payment_method',
    trigger: ta({ payment_method: 'lc' }),
    nearMiss: ta({ payment_method: 'tt-intl' }),
  },
  'input/invalid': {
    field: 'drafted_by',
    trigger: ta({ drafted_by: 'agent' }),
    nearMiss: ta({ drafted_by: '买家' }),
  },
  // §10 reading input
  'amount/too-large': {
    field: 'unit_price',
    trigger: ta({ unit_price: '99999999999.99', quantity: '100000', order_total: undefined }),
    nearMiss: ta({ unit_price: '99999999999.99', quantity: '100', order_total: undefined }),
  },
  'amount/percent-as-number': {
    field: 'advance',
    trigger: ta({ advance: 0.3 }),
    nearMiss: ta({ advance: numberCell(0.3, 'percent') }),
  },
  'input/invisible-character': {
    field: 'destination',
    trigger: ta({ destination: 'U\u200bS' }),
    nearMiss: ta({ destination: 'US' }),
  },
  'sheet/number-precision': {
    field: 'order_ref',
    trigger: ta({ order_ref: numberCell(1234567890123456, 'general', { imprecise: true }) }),
    nearMiss: ta({ order_ref: numberCell(123456789012345) }),
  },
  'sheet/quote-damage': {
    field: 'remark',
    trigger: () =>
      sheetRow(
        { kind: 'order', cells: ['PO-1', 'TA', '"Urgent - ship by 12 box'], damage: 'quote' },
        'remark',
      ),
    nearMiss: () =>
      sheetRow({ kind: 'order', cells: ['PO-1', 'TA', '"Urgent" - ship by 12" box'] }, 'remark'),
  },
  'sheet/row-skipped': {
    field: 'order_ref',
    trigger: () => sheetRow({ kind: 'totals', cells: ['合计', '', '900.00'] }, 'order_total'),
    nearMiss: () => sheetRow({ kind: 'order', cells: ['PO-1', 'TA', '900.00'] }, 'order_total'),
  },
  'amount/ambiguous': {
    field: 'order_total',
    trigger: () => sheetRow({ kind: 'order', cells: ['PO-1', 'TA', '12.000'] }, 'order_total', 'unknown'),
    nearMiss: () => sheetRow({ kind: 'order', cells: ['PO-1', 'TA', '12.000'] }, 'order_total', 'comma'),
  },
  // §6 after the draft
  'payment/overdue': {
    field: 'confirmed_on',
    trigger: ta({ confirmed_on: '2026-11-04', advance_paid: '0' }),
    nearMiss: ta({ confirmed_on: '2026-11-05', advance_paid: '0' }),
  },
  'shipping/overdue': {
    field: 'ship_by_date',
    trigger: ta({ ship_within_days: undefined, ship_by_date: '2026-11-19', status: '待发货' }),
    nearMiss: ta({ ship_within_days: undefined, ship_by_date: '2026-11-19', status: '待收货' }),
  },
  // §7 fund linking: reported by the proposal engine
  'linking/over-outstanding': {
    field: 'link_amount',
    trigger: () => intendedLink(50_001),
    nearMiss: () => intendedLink(50_000),
  },
  'linking/payer-mismatch': {
    field: 'payer',
    trigger: () => proposedFrom('VELA SA'),
    nearMiss: () => proposedFrom('ORIENT FORWARDING LLC'),
  },
  'linking/irreversible': {
    field: 'amount',
    trigger: () => proposedFrom('ORIENT FORWARDING LLC'),
    nearMiss: () => proposedFrom('NORDIC SHIPPING AS', 'no order number'),
  },
  'page/unreadable': {
    field: 'unit_price',
    trigger: () => onPage('USD --'),
    nearMiss: () => onPage('USD 2,500.00'),
  },
};

const TOTAL = { en: 'order total', zh: '订单总价' };
/** What the sheet reader reports for one row of a sheet with the columns order_ref, order_type and `third`. */
function sheetRow(
  row: Omit<SheetRow, 'row'>,
  third: OrderField,
  decimalMark: DecimalMark = 'point',
): readonly Finding[] {
  const columns = ['order_ref', 'order_type', third] as const;
  const layout: TableLayout = { headerIndex: 0, columns: [...columns], unknown: [], duplicates: [] };
  return prepareRow({ row: 2, ...row }, layout, decimalMark).findings;
}

function onPage(shown: string): readonly Finding[] {
  const f = pageUnreadable('unit_price', TOTAL, shown);
  return f ? [f] : [];
}

/** An intended link of `minor` to the advance (USD 500.00 outstanding) of order 2. */
function intendedLink(minor: number): readonly LinkFinding[] {
  const orders = [linkOrder(2, { advance: 50_000, balance: 50_000 })];
  const link = { order: orders[0]?.ref ?? '', part: 'advance' as const, amount: usd(minor) };
  return proposeLinks(orders, [receipt(2, 60_000, { intended: link })]).intended.flatMap((i) => i.findings);
}

/** The findings of the proposal for a USD 480.00 receipt from `payer` (none when nothing is proposed). */
function proposedFrom(payer: string, memo = 'ORDER 31189390501026002'): readonly LinkFinding[] {
  const orders = [
    linkOrder(2, {
      advance: 50_000,
      balance: 50_000,
      buyerName: 'Vela S.A.',
      registeredPayer: 'Orient Forwarding LLC',
    }),
    linkOrder(3, { advance: 48_000, buyerName: 'Norse Timber AS' }),
  ];
  const memoText = memo === 'no order number' ? 'GOODS' : memo;
  const receipts = [receipt(2, 48_000, { payer, memo: memoText })];
  return proposeLinks(orders, receipts).proposals.flatMap((p) => p.reading.findings);
}
