import type { Cell } from '../cells.ts';
import { parseIsoDate } from '../check/dates.ts';
import { memoize } from '../memo.ts';
import { parsePlainAmount } from '../money/parse.ts';
import { mulDiv } from '../money/round.ts';
import { sumMinor, timesWhole } from '../money/sum.ts';
import { resolveDestination } from '../tables/destinations.ts';
import { classifyEmail, type EmailVerdict } from '../tables/email.ts';
import { type ExportModeId, resolveExportMode } from '../tables/export-modes.ts';
import { resolveIncoterm } from '../tables/incoterms.ts';
import { type PaymentMethodId, resolvePaymentMethod } from '../tables/payment-methods.ts';
import {
  type Drafter,
  type Logistics,
  type OrderStatus,
  type OrderType,
  resolveDrafter,
  resolveLogistics,
  resolveOrderCurrency,
  resolveOrderStatus,
  resolveOrderType,
  resolvePayerCurrency,
  resolveWithdrawAccount,
  resolveWithdrawTo,
  type WithdrawAccount,
  type WithdrawTo,
} from '../tables/vocabulary.ts';
import { type HiddenCharacter, identifying, isPlainText } from '../text/identify.ts';
import { type Message, ORDER_FIELDS } from '../types.ts';
import {
  cellText,
  type MoneyRead,
  readMoneyCell,
  readPercentCell,
  readWholeCell,
  trimmed,
} from './cell-values.ts';
import { F } from './fields.ts';
import { readingRules as R } from './reading-rules.ts';
import type { Reporter } from './reporter.ts';

/** One payment of the order, each paid separately (rules.md §4): the advance, then the balance. */
export interface Payment {
  /** 'payment' when the order has no advance column: the whole total in one payment. */
  part: 'advance' | 'balance' | 'payment';
  /** The field a finding about this payment points at. */
  field: 'advance' | 'balance';
  minor: number;
}

/**
 * An order as core's one reader makes it from a sheet row or a form's values: every field typed, money exact
 * in the order currency's minor units. For each field: `undefined` text = not given (its rules stay silent),
 * '' = given and empty; a typed value of null = not known (not given, empty, or unreadable and reported).
 */
export interface Order {
  /** The text of each given field as typed (trimmed), by position (F.buyer_email); quoted in findings. */
  readonly text: readonly (string | undefined)[];
  readonly ref: string | null;
  readonly type: OrderType | null;
  readonly drafter: Drafter;
  /** Not given: USD (the form's default). null: given and not USD or CNY. */
  readonly currency: 'USD' | 'CNY' | null;
  readonly unitPrice: number | null;
  readonly quantity: number | null;
  readonly statedProducts: number | null;
  /** unit price × quantity, exact; null when either is unknown or the product is beyond the maximum. */
  readonly computedProducts: number | null;
  /** The stated product total, else the computed one. */
  readonly productTotal: number | null;
  readonly statedTotal: number | null;
  /** products + freight + insurance; null when one of them is unreadable. */
  readonly computedTotal: number | null;
  readonly orderTotal: number | null;
  /** The advance in minor units (an empty advance is 0); null when not given or unreadable. */
  readonly advance: number | null;
  /** The advance as the user typed it, for messages. */
  readonly advanceShown: string;
  readonly statedBalance: number | null;
  /** order total − advance when both are known and it is not negative, else the stated balance. */
  readonly balance: number | null;
  readonly payments: readonly Payment[];
  /** The total or balance was typed but unreadable: `payments` holds the advance only, so no fee is computed on it. */
  readonly paymentsIncomplete: boolean;
  readonly email: { verdict: EmailVerdict; hidden: HiddenCharacter | null } | null;
  readonly destination: string | null;
  readonly tradeTerm: { term: string; kind: 'current' | 'legacy' | 'unknown' } | null;
  readonly shipWithinDays: number | null;
  readonly shipByDate: string | null;
  readonly shippedOn: string | null;
  readonly orderDate: string | null;
  readonly methods: readonly PaymentMethodId[] | null;
  readonly payerCurrency: string | null;
  readonly exportMode: ExportModeId | null;
  readonly logistics: Logistics | null;
  readonly withdrawAmount: number | null;
  readonly withdrawFrom: WithdrawAccount | null;
  readonly withdrawCurrency: 'USD' | 'CNY' | null;
  readonly withdrawTo: WithdrawTo | null;
  // Past the draft (fund-linking.md "Orders").
  readonly buyerName: string | null;
  readonly registeredPayer: string | null;
  readonly confirmedOn: string | null;
  /** Already linked to the advance / the balance, in minor units (an empty cell is 0). */
  readonly advancePaid: number | null;
  readonly balancePaid: number | null;
  readonly advanceReceivedOn: string | null;
  readonly status: OrderStatus | null;
}

/**
 * The typed order as a record the reader fills: one per sheet checker, refilled for every row (a sheet of
 * 100,000 rows allocates one, not 100,000). Whoever keeps an order past its row must copy what it needs.
 */
export class OrderRecord implements Order {
  text: (string | undefined)[] = new Array(ORDER_FIELDS.length).fill(undefined);
  ref: string | null = null;
  type: OrderType | null = null;
  drafter: Drafter = 'seller';
  currency: 'USD' | 'CNY' | null = null;
  unitPrice: number | null = null;
  quantity: number | null = null;
  statedProducts: number | null = null;
  computedProducts: number | null = null;
  productTotal: number | null = null;
  statedTotal: number | null = null;
  computedTotal: number | null = null;
  orderTotal: number | null = null;
  advance: number | null = null;
  advanceShown = '';
  statedBalance: number | null = null;
  balance: number | null = null;
  payments: readonly Payment[] = NO_PAYMENTS;
  paymentsIncomplete = false;
  email: Order['email'] = null;
  destination: string | null = null;
  tradeTerm: Order['tradeTerm'] = null;
  shipWithinDays: number | null = null;
  shipByDate: string | null = null;
  shippedOn: string | null = null;
  orderDate: string | null = null;
  methods: readonly PaymentMethodId[] | null = null;
  payerCurrency: string | null = null;
  exportMode: ExportModeId | null = null;
  logistics: Logistics | null = null;
  withdrawAmount: number | null = null;
  withdrawFrom: WithdrawAccount | null = null;
  withdrawCurrency: 'USD' | 'CNY' | null = null;
  withdrawTo: WithdrawTo | null = null;
  buyerName: string | null = null;
  registeredPayer: string | null = null;
  confirmedOn: string | null = null;
  advancePaid: number | null = null;
  balancePaid: number | null = null;
  advanceReceivedOn: string | null = null;
  status: OrderStatus | null = null;
  /** The record's own payment lists, refilled with each row's amounts like every other field. */
  readonly wholePayment: [MutablePayment] = [{ part: 'payment', field: 'advance', minor: 0 }];
  readonly advanceOnly: [MutablePayment] = [{ part: 'advance', field: 'advance', minor: 0 }];
  readonly advanceAndBalance: [MutablePayment, MutablePayment] = [
    { part: 'advance', field: 'advance', minor: 0 },
    { part: 'balance', field: 'balance', minor: 0 },
  ];
}

type MutablePayment = { -readonly [K in keyof Payment]: Payment[K] };

/** Where each field sits in a row: -1 = the field is not given at all. */
export type ColumnIndex = ArrayLike<number>;

/** Non-ASCII identifying text ('巴西', '信用保障') repeats down a column: normalised once per distinct text. */
const identifyingMemo = memoize(identifying);

/** Several methods in one cell: "card, tt-intl" (not "/", which is part of "T/T"). */
const LIST_SEPARATORS = /[,;，；、|\n]+/;
/**
 * A payment-method cell as method ids (in order) and the names it could not resolve. Remembered per text:
 * a sheet repeats the same few method cells, and the lists are shared between rows (read-only by their type,
 * not frozen: V8 reads a frozen array's elements through a slow path, on every row).
 */
const methodList = memoize(
  (text: string): { methods: readonly PaymentMethodId[]; unknown: readonly string[] } => {
    const methods: PaymentMethodId[] = [];
    const unknown: string[] = [];
    for (const part of text.split(LIST_SEPARATORS)) {
      const name = part.trim();
      if (!name) continue;
      const id = resolvePaymentMethod(name);
      if (id) methods.push(id);
      else unknown.push(name);
    }
    return { methods, unknown };
  },
);

/** Shared by every order without payments: read-only by its type (not frozen, see methodList). */
const NO_PAYMENTS: readonly Payment[] = [];
/** The verdicts of an email without hidden characters: shared by every row. */
const EMAIL: Record<EmailVerdict, NonNullable<Order['email']>> = {
  ok: Object.freeze({ verdict: 'ok', hidden: null }),
  invalid: Object.freeze({ verdict: 'invalid', hidden: null }),
  domestic: Object.freeze({ verdict: 'domestic', hidden: null }),
};
const ANY_AMOUNT: Message = { en: 'an amount', zh: '金额' };
const QUANTITY: Message = { en: 'a whole number', zh: '整数' };
const DAYS: Message = { en: 'a whole number of days', zh: '整数天数' };
const DATE: Message = { en: 'a date (YYYY-MM-DD)', zh: '日期（YYYY-MM-DD）' };
const DRAFTER: Message = { en: 'seller or buyer', zh: '卖家或买家' };
const CURRENCY_CODE: Message = { en: 'a currency code (ISO 4217)', zh: '币种代码（ISO 4217）' };
const METHOD: Message = { en: 'a payment method of rules §4 (id or name)', zh: '支付方式（代码或名称）' };
const DESTINATION: Message = {
  en: 'a country or region (ISO code, English or Chinese name)',
  zh: '国家或地区（ISO 代码、中文或英文名称）',
};
const MODE: Message = {
  en: 'an export mode (self, onetouch, convenient, market)',
  zh: '出口方式（自营出口、一达通代理出口、便捷发货、市场采购出口）',
};
const LOGISTICS: Message = { en: 'platform or third-party logistics', zh: '平台物流或第三方物流' };
const ACCOUNT: Message = {
  en: 'an account (onetouch or self)',
  zh: '提现账户（一达通出口账户或自主出口账户）',
};
const WITHDRAW_TO: Message = { en: 'corporate or personal', zh: '对公或法人个人' };
const USD_OR_CNY: Message = { en: 'USD or CNY', zh: 'USD 或 CNY' };
const STATUS: Message = {
  en: 'an order-list state (待支付, 待发货, 待收货, 已完成, 已关闭 …)',
  zh: '订单列表中的状态（待支付、待发货、待收货、已完成、已关闭等）',
};
const PERCENT_MAX: Message = { en: 'a percentage up to 100%', zh: '不超过 100% 的比例' };
const currencyAmount = new Map<string, Message>();

/**
 * Reads one order: each given field once, into the typed order, reporting what reading finds on the field
 * it is about (the cell is quoted). Never throws.
 */
export function readOrder(
  row: readonly Cell[],
  columnOf: ColumnIndex,
  report: Reporter,
  into: OrderRecord = new OrderRecord(),
): Order {
  const text = into.text;
  for (let k = 0; k < columnOf.length; k++) {
    const column = columnOf[k] as number;
    if (column < 0) {
      text[k] = undefined;
      continue;
    }
    const cell = row[column] ?? '';
    if (typeof cell === 'string') {
      text[k] = trimmed(cell);
      continue;
    }
    if (cell.kind === 'error' || cell.kind === 'formula') {
      report.reading(R.invalid, k, { value: cellText(cell), what: unreadableCell(cell) });
      text[k] = undefined;
      continue; // not given: its rules stay silent
    }
    if (cell.kind === 'number' && cell.imprecise) {
      report.reading(R.numberPrecision, k, { value: cellText(cell) });
    }
    text[k] = cellText(cell);
  }

  lookupText(text, F.order_ref, report); // the reference is reported as typed; a hidden character in it is said
  const typeText = lookupText(text, F.order_type, report);
  const type = typeText ? resolveOrderType(typeText) : null;
  let drafter: Drafter = 'seller';
  const drafterText = text[F.drafted_by];
  if (drafterText) {
    const d = resolveDrafter(drafterText);
    if (d) drafter = d;
    else report.reading(R.invalid, F.drafted_by, { value: drafterText, what: DRAFTER });
  }

  const currencyText = lookupText(text, F.currency, report);
  // Not given or empty: the form's default, USD (000 第二步 shows "USD 0.00" before a currency is chosen).
  const orderCurrency = currencyText ? resolveOrderCurrency(currencyText) : 'USD';

  // Money, in the order currency (nothing is read when the currency itself is unsupported).

  let unitPrice: number | null = null;
  let quantity: number | null = null;
  let statedProducts: number | null = null;
  let computedProducts: number | null = null;
  let productTotal: number | null = null;
  let statedTotal: number | null = null;
  let computedTotal: number | null = null;
  let orderTotal: number | null = null;
  let advance: number | null = null;
  let statedBalance: number | null = null;
  let balance: number | null = null;
  /** The total or the balance was typed but cannot be read: what the balance is, is not known. */
  let remainderUnreadable = false;
  if (orderCurrency !== null) {
    const u = moneyField(row, columnOf, text, F.unit_price, orderCurrency, report);
    unitPrice = typeof u === 'number' ? u : null;
    quantity = readWhole(cellAt(row, columnOf, F.quantity), F.quantity, QUANTITY, report);
    const p = moneyField(row, columnOf, text, F.product_total, orderCurrency, report);
    statedProducts = typeof p === 'number' ? p : null;
    if (unitPrice !== null && quantity !== null) {
      computedProducts = timesWhole(unitPrice, quantity);
      if (computedProducts === null) {
        report.reading(R.tooLarge, F.unit_price, {
          value: `${text[F.unit_price]} × ${text[F.quantity]}`,
          currency: orderCurrency,
        });
      }
    }
    productTotal = statedProducts ?? computedProducts;
    const freight = moneyField(row, columnOf, text, F.freight, orderCurrency, report);
    const insurance = moneyField(row, columnOf, text, F.insurance, orderCurrency, report);
    const t = moneyField(row, columnOf, text, F.order_total, orderCurrency, report);
    if (t === 'bad') remainderUnreadable = true;
    statedTotal = typeof t === 'number' ? t : null;
    if (productTotal !== null && freight !== 'bad' && insurance !== 'bad') {
      const withFreight = sumMinor(productTotal, typeof freight === 'number' ? freight : 0);
      computedTotal =
        withFreight === null ? null : sumMinor(withFreight, typeof insurance === 'number' ? insurance : 0);
      if (computedTotal === null) {
        report.reading(R.tooLarge, F.order_total, {
          value: 'products + freight + insurance',
          currency: orderCurrency,
        });
      }
    }
    orderTotal = statedTotal ?? computedTotal;

    const advanceCell = cellAt(row, columnOf, F.advance);
    if (advanceCell !== undefined) {
      const ratio = readPercentCell(advanceCell);
      if (ratio === null) {
        const a = moneyField(row, columnOf, text, F.advance, orderCurrency, report);
        if (a === 'empty') advance = 0;
        else if (typeof a === 'number') {
          advance = a;
          if (
            typeof advanceCell !== 'string' &&
            advanceCell.kind === 'number' &&
            advanceCell.format === 'general' &&
            a > 0 &&
            a < 100
          ) {
            report.reading(R.percentAsNumber, F.advance, { value: text[F.advance] as string });
          }
        }
      } else if (ratio.num > ratio.den) {
        report.reading(R.amountInvalid, F.advance, { value: text[F.advance] as string, what: PERCENT_MAX });
      } else if (orderTotal !== null) {
        advance = mulDiv(orderTotal, ratio.num, ratio.den);
      }
    }
    const b = moneyField(row, columnOf, text, F.balance, orderCurrency, report);
    if (b === 'bad') remainderUnreadable = true;
    statedBalance = typeof b === 'number' ? b : null;
    const expected = orderTotal !== null && advance !== null ? orderTotal - advance : null;
    balance = expected !== null && expected >= 0 ? expected : statedBalance;
  }

  let payments: readonly Payment[] = NO_PAYMENTS;
  if (advance === null) {
    if (orderTotal !== null) {
      into.wholePayment[0].minor = orderTotal;
      payments = into.wholePayment;
    }
  } else if (balance !== null && balance > 0) {
    into.advanceAndBalance[0].minor = advance;
    into.advanceAndBalance[1].minor = balance;
    payments = into.advanceAndBalance;
  } else {
    into.advanceOnly[0].minor = advance;
    payments = into.advanceOnly;
  }
  // The advance is still checked against limits, but a fee on it alone would understate the order's: the
  // fees say they are not computable (the reading finding says why).
  const paymentsIncomplete = advance !== null && balance === null && remainderUnreadable;

  // Buyer and destination.
  const emailText = text[F.buyer_email];
  let email: Order['email'] = null;
  if (emailText) {
    const id = isPlainText(emailText) ? null : identifying(emailText);
    email = id?.hidden
      ? { verdict: 'invalid', hidden: id.hidden }
      : EMAIL[classifyEmail(id?.text ?? emailText)];
  }
  const destinationText = lookupText(text, F.destination, report);
  let destination: string | null = null;
  if (destinationText) {
    destination = resolveDestination(destinationText);
    if (destination === null) {
      report.reading(R.invalid, F.destination, { value: text[F.destination] as string, what: DESTINATION });
    }
  }

  // Shipping.
  const termText = text[F.trade_term];
  const tradeTerm = termText ? resolveIncoterm(termText) : null;
  const shipWithinDays = readWhole(
    cellAt(row, columnOf, F.ship_within_days),
    F.ship_within_days,
    DAYS,
    report,
  );
  const shipByDate = readDate(
    cellAt(row, columnOf, F.ship_by_date),
    text[F.ship_by_date],
    F.ship_by_date,
    report,
  );
  const shippedOn = readDate(cellAt(row, columnOf, F.shipped_on), text[F.shipped_on], F.shipped_on, report);
  const orderDate = text[F.order_date] ? parseIsoDate(text[F.order_date] as string) : null;

  // Payment methods.
  const methodText = lookupText(text, F.payment_method, report);
  let methods: readonly PaymentMethodId[] | null = null;
  if (methodText) {
    const list = methodList(methodText);
    for (let i = 0; i < list.unknown.length; i++) {
      const name = list.unknown[i] as string;
      report.reading(R.invalid, F.payment_method, { value: name, what: METHOD }, name);
    }
    methods = list.methods.length ? list.methods : null;
  }
  // The payer's currency is read with the methods (it only matters to them).
  const payerText = methodText ? lookupText(text, F.payer_currency, report) : undefined;
  const payerCurrency = payerText ? resolvePayerCurrency(payerText) : null;
  if (payerText && !payerCurrency) {
    report.reading(R.invalid, F.payer_currency, {
      value: text[F.payer_currency] as string,
      what: CURRENCY_CODE,
    });
  }

  // Export mode.
  const modeText = lookupText(text, F.export_mode, report);
  const exportMode = modeText ? resolveExportMode(modeText) : null;
  if (modeText && !exportMode) {
    report.reading(R.invalid, F.export_mode, { value: text[F.export_mode] as string, what: MODE });
  }

  // Read with the fees, which they price (nothing to price without an order currency).
  const priced = orderCurrency !== null;
  const logisticsText = priced ? text[F.logistics] : undefined;
  const logistics = logisticsText ? resolveLogistics(logisticsText) : null;
  if (logisticsText && !logistics) {
    report.reading(R.invalid, F.logistics, { value: logisticsText, what: LOGISTICS });
  }
  const w = moneyField(row, columnOf, text, F.withdraw_amount, orderCurrency, report);
  const withdrawAmount = typeof w === 'number' ? w : null;
  const fromText = priced ? text[F.withdraw_from] : undefined;
  const withdrawFrom = fromText ? resolveWithdrawAccount(fromText) : null;
  if (fromText && exportMode && !withdrawFrom) {
    report.reading(R.invalid, F.withdraw_from, { value: fromText, what: ACCOUNT });
  }
  const withdrawCurrencyText = priced ? text[F.withdraw_currency] : undefined;
  const withdrawCurrency = withdrawCurrencyText ? resolveOrderCurrency(withdrawCurrencyText) : null;
  if (withdrawCurrencyText && !withdrawCurrency) {
    report.reading(R.invalid, F.withdraw_currency, { value: withdrawCurrencyText, what: USD_OR_CNY });
  }
  const toText = priced ? text[F.withdraw_to] : undefined;
  const withdrawTo = toText ? resolveWithdrawTo(toText) : null;
  if (toText && !withdrawTo) report.reading(R.invalid, F.withdraw_to, { value: toText, what: WITHDRAW_TO });

  // Past the draft: the lifecycle and fund linking.
  const statusText = lookupText(text, F.status, report);
  const status = statusText ? resolveOrderStatus(statusText) : null;
  if (statusText && !status)
    report.reading(R.invalid, F.status, { value: text[F.status] as string, what: STATUS });
  into.buyerName = text[F.buyer_name] || null;
  into.registeredPayer = text[F.registered_payer] || null;
  into.confirmedOn = readDate(
    cellAt(row, columnOf, F.confirmed_on),
    text[F.confirmed_on],
    F.confirmed_on,
    report,
  );
  into.advancePaid = linkedAmount(moneyField(row, columnOf, text, F.advance_paid, orderCurrency, report));
  into.balancePaid = linkedAmount(moneyField(row, columnOf, text, F.balance_paid, orderCurrency, report));
  into.advanceReceivedOn = readDate(
    cellAt(row, columnOf, F.advance_received_on),
    text[F.advance_received_on],
    F.advance_received_on,
    report,
  );
  into.status = status;

  into.ref = text[F.order_ref] || null;
  into.type = type;
  into.drafter = drafter;
  into.currency = orderCurrency;
  into.unitPrice = unitPrice;
  into.quantity = quantity;
  into.statedProducts = statedProducts;
  into.computedProducts = computedProducts;
  into.productTotal = productTotal;
  into.statedTotal = statedTotal;
  into.computedTotal = computedTotal;
  into.orderTotal = orderTotal;
  into.advance = advance;
  into.advanceShown = text[F.advance] ?? '';
  into.statedBalance = statedBalance;
  into.balance = balance;
  into.payments = payments;
  into.paymentsIncomplete = paymentsIncomplete;
  into.email = email;
  into.destination = destination;
  into.tradeTerm = tradeTerm;
  into.shipWithinDays = shipWithinDays;
  into.shipByDate = shipByDate;
  into.shippedOn = shippedOn;
  into.orderDate = orderDate;
  into.methods = methods;
  into.payerCurrency = payerCurrency;
  into.exportMode = exportMode;
  into.logistics = logistics;
  into.withdrawAmount = withdrawAmount;
  into.withdrawFrom = withdrawFrom;
  into.withdrawCurrency = withdrawCurrency;
  into.withdrawTo = withdrawTo;
  return into;
}

function cellAt(row: readonly Cell[], columnOf: ColumnIndex, field: number): Cell | undefined {
  const column = columnOf[field] as number;
  if (column < 0) return undefined;
  return row[column] ?? '';
}

/**
 * Identifying text as lookups see it: normalised once (text/identify.ts); a hidden character is reported
 * (in an email it makes the address invalid instead, see buyer/email-invalid).
 */
function lookupText(
  text: readonly (string | undefined)[],
  field: number,
  report: Reporter,
): string | undefined {
  const t = text[field];
  if (!t || isPlainText(t)) return t;
  const id = identifyingMemo(t);
  if (id.hidden && field !== F.buyer_email) {
    report.reading(R.invisible, field, { value: t, char: id.hidden.char, position: id.hidden.position });
  }
  return id.text;
}

/** A money field in the order currency: minor units, null (not given or no currency), 'empty' or 'bad' (reported). */
function moneyField(
  row: readonly Cell[],
  columnOf: ColumnIndex,
  text: readonly (string | undefined)[],
  field: number,
  currency: 'USD' | 'CNY' | null,
  report: Reporter,
): number | null | 'empty' | 'bad' {
  if (currency === null) return null;
  const cell = cellAt(row, columnOf, field);
  if (cell === undefined || text[field] === undefined) return cell === undefined ? null : 'bad';
  // Most money cells are plain digits ('1200.00'): read without the parse result object.
  if (typeof cell === 'string') {
    const minor = parsePlainAmount(cell);
    if (minor >= 0) return minor;
  }
  return moneyOf(readMoneyCell(cell), field, text[field] as string, currency, report);
}

/** An amount already linked (advance_paid, balance_paid): an empty cell is 0. */
function linkedAmount(read: number | null | 'empty' | 'bad'): number | null {
  return read === 'empty' ? 0 : typeof read === 'number' ? read : null;
}

/** A money cell's reading as a value, or the finding that says why not ('bad': reported; 'empty': blank). */
function moneyOf(
  read: MoneyRead,
  field: number,
  value: string,
  currency: 'USD' | 'CNY',
  report: Reporter,
): number | 'empty' | 'bad' {
  if (read.ok) {
    if (read.currency === undefined || read.currency === currency) return read.minor;
    report.reading(R.amountInvalid, field, { value, what: amountIn(currency) });
    return 'bad';
  }
  switch (read.reason) {
    case 'empty':
      return 'empty';
    case 'precision':
      report.reading(R.precision, field, { value });
      return 'bad';
    case 'negative':
      report.reading(R.negative, field, { value });
      return 'bad';
    case 'too-large':
      report.reading(R.tooLarge, field, { value, currency });
      return 'bad';
    default:
      report.reading(R.amountInvalid, field, { value, what: ANY_AMOUNT });
      return 'bad';
  }
}

function amountIn(currency: string): Message {
  let m = currencyAmount.get(currency);
  if (!m) {
    m = { en: `an amount in ${currency}`, zh: `${currency} 金额` };
    currencyAmount.set(currency, m);
  }
  return m;
}

function readWhole(cell: Cell | undefined, field: number, what: Message, report: Reporter): number | null {
  if (cell === undefined) return null;
  const n = readWholeCell(cell);
  if (typeof n === 'number') return n;
  if (n === 'invalid') report.reading(R.invalid, field, { value: cellText(cell), what });
  if (n === 'negative') report.reading(R.negative, field, { value: cellText(cell) });
  return null;
}

function readDate(
  cell: Cell | undefined,
  text: string | undefined,
  field: number,
  report: Reporter,
): string | null {
  if (cell === undefined || !text) return null;
  if (typeof cell !== 'string' && cell.kind === 'date') return cell.date;
  const date = parseIsoDate(text);
  if (date === null) report.reading(R.invalid, field, { value: text, what: DATE });
  return date;
}

function unreadableCell(cell: Cell): Message {
  if (typeof cell !== 'string' && cell.kind === 'formula') {
    return {
      en: 'a value: the formula has no saved result (recalculate and save the file)',
      zh: '值：该公式没有保存的计算结果（请重新计算并保存文件）',
    };
  }
  return {
    en: 'a value: the cell shows a spreadsheet error',
    zh: '值：该单元格显示的是表格错误',
  };
}
