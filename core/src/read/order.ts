import type { Cell } from '../cells.ts';
import { parseIsoDate } from '../check/dates.ts';
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
  type OrderType,
  resolveDrafter,
  resolveLogistics,
  resolveOrderCurrency,
  resolveOrderType,
  resolvePayerCurrency,
  resolveWithdrawAccount,
  resolveWithdrawTo,
  type WithdrawAccount,
  type WithdrawTo,
} from '../tables/vocabulary.ts';
import { type HiddenCharacter, identifying } from '../text/identify.ts';
import type { Message } from '../types.ts';
import { cellText, type MoneyRead, readMoneyCell, readPercentCell, readWholeCell } from './cell-values.ts';
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
}

/** Where each field sits in a row: -1 = the field is not given at all. */
export type ColumnIndex = ArrayLike<number>;

/** Several methods in one cell: "card, tt-intl" (not "/", which is part of "T/T"). */
const LIST_SEPARATORS = /[,;，；、|\n]+/;

const NO_PAYMENTS: readonly Payment[] = Object.freeze([]);
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
const PERCENT_MAX: Message = { en: 'a percentage up to 100%', zh: '不超过 100% 的比例' };
const currencyAmount = new Map<string, Message>();

/**
 * Reads one order: each given field once, into the typed order, reporting what reading finds on the field
 * it is about (the cell is quoted). Never throws.
 */
export function readOrder(row: readonly Cell[], columnOf: ColumnIndex, report: Reporter): Order {
  const text: (string | undefined)[] = new Array(columnOf.length);
  const cellOf = (field: number): Cell | undefined => {
    const column = columnOf[field] as number;
    if (column < 0) return undefined;
    return row[column] ?? '';
  };
  for (let k = 0; k < columnOf.length; k++) {
    const cell = cellOf(k);
    if (cell === undefined) continue;
    if (typeof cell !== 'string' && (cell.kind === 'error' || cell.kind === 'formula')) {
      report.reading(R.invalid, k, { value: cellText(cell), what: unreadableCell(cell) });
      continue; // not given: its rules stay silent
    }
    if (typeof cell !== 'string' && cell.kind === 'number' && cell.imprecise) {
      report.reading(R.numberPrecision, k, { value: cellText(cell) });
    }
    text[k] = cellText(cell);
  }
  const given = (field: number) => text[field] !== undefined;
  /** Identifying text as lookups see it: normalised once; a hidden character is reported (in an email it makes the address invalid). */
  const lookup = (field: number): string | undefined => {
    const t = text[field];
    if (!t) return t;
    const id = identifying(t);
    if (id.hidden && field !== F.buyer_email) {
      report.reading(R.invisible, field, { value: t, char: id.hidden.char, position: id.hidden.position });
    }
    return id.text;
  };

  lookup(F.order_ref); // the reference is reported as typed; a hidden character in it is said
  const typeText = lookup(F.order_type);
  const type = typeText ? resolveOrderType(typeText) : null;
  let drafter: Drafter = 'seller';
  const drafterText = text[F.drafted_by];
  if (drafterText) {
    const d = resolveDrafter(drafterText);
    if (d) drafter = d;
    else report.reading(R.invalid, F.drafted_by, { value: drafterText, what: DRAFTER });
  }

  const currencyText = lookup(F.currency);
  // Not given or empty: the form's default, USD (000 第二步 shows "USD 0.00" before a currency is chosen).
  const orderCurrency = currencyText ? resolveOrderCurrency(currencyText) : 'USD';

  // Money, in the order currency (nothing is read when the currency itself is unsupported).
  const money = (field: number): number | null | 'empty' | 'bad' => {
    if (orderCurrency === null) return null;
    const cell = cellOf(field);
    if (cell === undefined || text[field] === undefined) return cell === undefined ? null : 'bad';
    return moneyOf(readMoneyCell(cell), field, text[field] as string, orderCurrency, report);
  };
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
  if (orderCurrency !== null) {
    const u = money(F.unit_price);
    unitPrice = typeof u === 'number' ? u : null;
    quantity = readWhole(cellOf(F.quantity), F.quantity, QUANTITY, report);
    const p = money(F.product_total);
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
    const freight = money(F.freight);
    const insurance = money(F.insurance);
    const t = money(F.order_total);
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

    const advanceCell = cellOf(F.advance);
    if (advanceCell !== undefined) {
      const ratio = readPercentCell(advanceCell);
      if (ratio === null) {
        const a = money(F.advance);
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
    const b = money(F.balance);
    statedBalance = typeof b === 'number' ? b : null;
    const expected = orderTotal !== null && advance !== null ? orderTotal - advance : null;
    balance = expected !== null && expected >= 0 ? expected : statedBalance;
  }

  let payments: readonly Payment[] = NO_PAYMENTS;
  if (advance === null) {
    if (orderTotal !== null) payments = [{ part: 'payment', field: 'advance', minor: orderTotal }];
  } else if (balance !== null && balance > 0) {
    payments = [
      { part: 'advance', field: 'advance', minor: advance },
      { part: 'balance', field: 'balance', minor: balance },
    ];
  } else payments = [{ part: 'advance', field: 'advance', minor: advance }];

  // Buyer and destination.
  const emailText = text[F.buyer_email];
  let email: Order['email'] = null;
  if (emailText) {
    const id = identifying(emailText);
    email = { verdict: id.hidden ? 'invalid' : classifyEmail(id.text), hidden: id.hidden };
  }
  const destinationText = lookup(F.destination);
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
  const shipWithinDays = readWhole(cellOf(F.ship_within_days), F.ship_within_days, DAYS, report);
  const shipByDate = readDate(cellOf(F.ship_by_date), text[F.ship_by_date], F.ship_by_date, report);
  const shippedOn = readDate(cellOf(F.shipped_on), text[F.shipped_on], F.shipped_on, report);
  const orderDate = text[F.order_date] ? parseIsoDate(text[F.order_date] as string) : null;

  // Payment methods.
  const methodText = lookup(F.payment_method);
  let methods: PaymentMethodId[] | null = null;
  if (methodText) {
    for (const part of methodText.split(LIST_SEPARATORS)) {
      const name = part.trim();
      if (!name) continue;
      const id = resolvePaymentMethod(name);
      if (id) {
        methods ??= [];
        methods.push(id);
      } else report.reading(R.invalid, F.payment_method, { value: name, what: METHOD }, name);
    }
  }
  // The payer's currency is read with the methods (it only matters to them).
  const payerText = methodText ? lookup(F.payer_currency) : undefined;
  const payerCurrency = payerText ? resolvePayerCurrency(payerText) : null;
  if (payerText && !payerCurrency) {
    report.reading(R.invalid, F.payer_currency, {
      value: text[F.payer_currency] as string,
      what: CURRENCY_CODE,
    });
  }

  // Export mode.
  const modeText = lookup(F.export_mode);
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
  const w = money(F.withdraw_amount);
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

  return {
    text,
    ref: given(F.order_ref) ? text[F.order_ref] || null : null,
    type,
    drafter,
    currency: orderCurrency,
    unitPrice,
    quantity,
    statedProducts,
    computedProducts,
    productTotal,
    statedTotal,
    computedTotal,
    orderTotal,
    advance,
    advanceShown: text[F.advance] ?? '',
    statedBalance,
    balance,
    payments,
    email,
    destination,
    tradeTerm,
    shipWithinDays,
    shipByDate,
    shippedOn,
    orderDate,
    methods,
    payerCurrency,
    exportMode,
    logistics,
    withdrawAmount,
    withdrawFrom,
    withdrawCurrency,
    withdrawTo,
  };
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
      zh: '有效值：该公式没有保存的计算结果（请重新计算并保存文件）',
    };
  }
  return {
    en: 'a value: the cell shows a spreadsheet error',
    zh: '有效值：该单元格显示的是表格错误',
  };
}
