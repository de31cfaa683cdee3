import { inputAsRow, OrderCheck } from './check/check-order.ts';
import { settingsRate, spanFees, sumFees } from './fees/fee.ts';
import { orderServiceFee, orderWithdrawal } from './fees/order-fees.ts';
import { paymentFee } from './fees/payment-fee.ts';
import { F } from './read/fields.ts';
import type { Payment } from './read/order.ts';
import { readOrder } from './read/order.ts';
import { Reporter } from './read/reporter.ts';
import { CHECK_ORDER, READ_RANK } from './rules/catalog.ts';
import { getExportMode } from './tables/export-modes.ts';
import {
  getPaymentMethod,
  PAYMENT_METHODS,
  type PaymentMethodId,
  resolveCardBrand,
} from './tables/payment-methods.ts';
import { findWithdrawalRow } from './tables/withdrawal.ts';
import type { Fee, Finding, Message, Money, OrderInput, Settings } from './types.ts';

/**
 * One quote: every fee an order costs, as the faces show it — the buyer's fee per payment method and per
 * payment, the seller's service fee, the withdrawal fee and what reaches the bank — each with why it is a
 * range, approximate or not computed, and what the sources say about the method (time to arrive, limit).
 * The popup calculator, the Sheets sidebar and the in-page fee panel render this; none computes a fee.
 */

export interface PaymentQuote {
  part: Payment['part'];
  amount: Money;
  fee: Fee | null;
}

export interface MethodQuote {
  id: PaymentMethodId;
  name: Message;
  /** The method may be used on this order type (rules.md §2, §4). */
  allowed: boolean;
  /** One fee per payment (advance, balance), each charged separately. */
  payments: PaymentQuote[];
  /** Summed over the payments; null when one is not computable. */
  fee: Fee | null;
  /** Why the fee is a range, approximate, or not computed; null when it is exact. */
  why: Message | null;
  timeToArrive: Message;
  limit: Message;
  /** What the rules say about paying this order with this method (not allowed, over the limit, fees not stated…). */
  findings: Finding[];
}

export interface Quote {
  currency: 'USD' | 'CNY' | null;
  orderTotal: Money | null;
  methods: MethodQuote[];
  /** `condition`: what the export mode requires of the seller (rules.md §5). */
  service: { fee: Fee | null; why: Message | null; condition: Message | null; findings: Finding[] };
  /** Present when the order plans a withdrawal (withdraw_amount and withdraw_currency); `arrives` from §8's table. */
  withdrawal: {
    fee: Fee | null;
    net: Fee | null;
    why: Message | null;
    arrives: Message | null;
    findings: Finding[];
  } | null;
}

export interface QuoteOptions {
  /** Which methods to price: the order's own (default), or every method of rules.md §4 (a calculator). */
  methods?: 'order' | 'all';
}

const WHY = {
  cardBrand: {
    en: 'the card brand is not known: 2.95% for most cards, 3.5% for American Express, and Mastercard issued in Asia-Pacific is capped at USD 40',
    zh: '卡组织未知：多数卡 2.95%，美国运通 3.5%，亚太发行的万事达卡上限 40 美元',
  },
  cardRegion: {
    en: 'whether the Mastercard was issued in Asia-Pacific is not known (there the fee is capped at USD 40)',
    zh: '不知道万事达卡是否在亚太发行（亚太发行的手续费上限 40 美元）',
  },
  tiers: {
    en: 'the sources give the fee as a range depending on the amount, without the tiers',
    zh: '资料只给出随金额变化的区间，未给出具体档位',
  },
  about: { en: 'the sources say "about": it depends on the bank', zh: '资料称“约”，取决于银行' },
  logistics: {
    en: '1% with Alibaba.com Logistics, 2% with third-party logistics: choose the logistics to know which',
    zh: '使用平台物流为 1%，第三方物流为 2%：选择物流方式即可确定',
  },
  membership: {
    en: 'a free member pays 0.5% on CNY withdrawals: set your membership to know which',
    zh: '免费会员人民币提现收取 0.5%：在设置中选择会员类型即可确定',
  },
  methods: {
    en: 'the buyer chooses one of the offered methods: from the cheapest to the dearest',
    zh: '买家从所列支付方式中任选其一：从最低到最高',
  },
} satisfies Record<string, Message>;

/** The quote for an order (any subset of the order-sheet fields). Pure, never throws. */
export function quoteOrder(
  input: OrderInput,
  settings: Settings,
  today: string,
  options: QuoteOptions = {},
): Quote {
  const { row, columnOf } = inputAsRow(input);
  const reading = new Reporter(READ_RANK);
  const order = readOrder(row, columnOf, reading);
  const { currency } = order;
  const usdCny = settingsRate(settings.usdCny);
  const orderTotal =
    currency !== null && order.orderTotal !== null ? { minor: order.orderTotal, currency } : null;

  const ids: readonly PaymentMethodId[] =
    options.methods === 'all' ? PAYMENT_METHODS.map((m) => m.id) : (order.methods ?? []);
  const cardBrand = order.text[F.card_brand] || undefined;
  const cardRegion = order.text[F.card_region] || undefined;
  const payerCurrency = order.text[F.payer_currency] || undefined;
  const methods: MethodQuote[] = [];
  ids.forEach((id, index) => {
    const method = getPaymentMethod(id);
    if (!method) return;
    const reporter = new Reporter(READ_RANK);
    const ctx = new OrderCheck(order, settings, today, usdCny, reporter);
    for (const step of CHECK_ORDER) {
      if ('eachMethod' in step) for (const rule of step.eachMethod) rule.checkMethod?.(ctx, { id, index });
    }
    const payments: PaymentQuote[] = [];
    let total: Fee | null = null;
    let computable = currency !== null && order.payments.length > 0 && !order.paymentsIncomplete;
    for (const payment of order.payments) {
      if (currency === null) break;
      const amount: Money = { minor: payment.minor, currency };
      const result = paymentFee({ amount, method: id, cardBrand, cardRegion, payerCurrency });
      for (const f of result.findings) if (!reporter.has(f.key)) reporter.add(f);
      payments.push({ part: payment.part, amount, fee: result.fee });
      const sum: Fee | null = result.fee && (total === null ? result.fee : sumFees(total, result.fee));
      if (sum === null) computable = false;
      else total = sum;
    }
    const fee = computable ? total : null;
    methods.push({
      id,
      name: method.name,
      allowed: order.type === null || method.orderTypes.includes(order.type),
      payments,
      fee,
      why: fee === null ? notComputed(reporter.findings) : paymentWhy(id, fee, cardBrand, cardRegion),
      timeToArrive: method.timeToArrive,
      limit: method.limitNote,
      findings: reporter.result(),
    });
  });

  const serviceReporter = new Reporter(READ_RANK);
  const serviceFee = orderServiceFee(order, settings, serviceReporter);
  const service = {
    fee: serviceFee,
    why:
      serviceFee === null
        ? notComputed(serviceReporter.findings)
        : serviceFee.low !== serviceFee.high
          ? WHY.logistics
          : null,
    condition: order.exportMode ? (getExportMode(order.exportMode)?.condition ?? null) : null,
    findings: serviceReporter.result(),
  };

  let withdrawal: Quote['withdrawal'] = null;
  if (order.withdrawAmount !== null && order.withdrawCurrency !== null) {
    const withdrawalReporter = new Reporter(READ_RANK);
    const { fee, net } = orderWithdrawal(order, settings, withdrawalReporter);
    withdrawal = {
      fee,
      net,
      why:
        fee === null || net === null
          ? notComputed(withdrawalReporter.findings)
          : fee.low !== fee.high
            ? WHY.membership
            : null,
      arrives: withdrawalArrives(order),
      findings: withdrawalReporter.result(),
    };
  }
  return { currency, orderTotal, methods, service, withdrawal };
}

/** The span of the buyer's fee over the methods the buyer may choose from, with why it is a span. */
export function methodsSpan(quote: Quote): { fee: Fee | null; why: Message | null } {
  const fees = quote.methods.filter((m) => m.allowed).map((m) => m.fee);
  const first = fees[0];
  if (!first || fees.some((f) => f === null || f.currency !== first.currency))
    return { fee: null, why: null };
  if (fees.length === 1) return { fee: first, why: quote.methods.find((m) => m.allowed)?.why ?? null };
  return { fee: spanFees(fees as Fee[], 'rules.md §4'), why: WHY.methods };
}

/** How long the planned withdrawal takes to arrive (rules.md §8 table), when the table lists it. */
function withdrawalArrives(order: ReturnType<typeof readOrder>): Message | null {
  const mode = order.exportMode ? getExportMode(order.exportMode) : undefined;
  if (!mode || order.withdrawCurrency === null) return null;
  return (
    findWithdrawalRow(mode.account, order.withdrawCurrency, order.withdrawTo ?? 'corporate')?.arrives ?? null
  );
}

/** Why a buyer's fee is a range or approximate: from the method's fee row and what the order says. */
function paymentWhy(
  id: PaymentMethodId,
  fee: Fee,
  cardBrand: string | undefined,
  cardRegion: string | undefined,
): Message | null {
  if (fee.low === fee.high) return fee.approximate ? WHY.about : null;
  const spec = getPaymentMethod(id)?.fee;
  if (spec?.kind === 'card') {
    return resolveCardBrand(cardBrand) === 'mastercard' && !cardRegion ? WHY.cardRegion : WHY.cardBrand;
  }
  return fee.approximate ? WHY.about : WHY.tiers;
}

/**
 * Why nothing was computed: what the fee needs (fee/not-stated, fx/rate-missing) before any refusal (which the
 * findings list already shows), so a face that shows both does not say the same thing twice.
 */
function notComputed(findings: readonly Finding[]): Message | null {
  const why =
    findings.find((f) => f.rule === 'fee/not-stated' || f.rule === 'fx/rate-missing') ??
    findings.find((f) => f.severity === 'error');
  return why ? why.message : null;
}
