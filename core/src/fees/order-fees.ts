import { F } from '../read/fields.ts';
import type { Order, Payment } from '../read/order.ts';
import type { Reporter } from '../read/reporter.ts';
import notStated from '../rules/fee/not-stated.ts';
import { finding } from '../rules/rule.ts';
import type { PaymentMethodId } from '../tables/payment-methods.ts';
import type { Fee, Finding, Message, Settings } from '../types.ts';
import { spanFees, sumFees } from './fee.ts';
import { paymentFeeOf } from './payment-fee.ts';
import { serviceFeeOf } from './service-fee.ts';
import { withdrawalFeeOf } from './withdrawal-fee.ts';

/**
 * The order's fees as the sheet report prices them (order-sheet.md Report): each null, with a finding saying
 * why, when not computable. Findings of a fee are per payment; one of each key is enough for the row.
 */

const PAYMENT_FEE: Message = { en: "The buyer's payment fee", zh: '买家支付手续费' };
const WITHDRAWAL_FEE: Message = { en: 'The withdrawal fee', zh: '提现手续费' };
const EMPTY_WITHDRAW_CURRENCY: Message = { en: 'the withdrawal currency is empty', zh: '提现币种为空' };

/** The buyer's fee summed over the order's payments, each charged separately; with several methods, the span. */
export function buyerFee(order: Order, reporter: Reporter): Fee | null {
  const { methods, currency, payments } = order;
  if (!methods || currency === null || payments.length === 0 || order.paymentsIncomplete) return null;
  const cardBrand = order.text[F.card_brand] || undefined;
  const cardRegion = order.text[F.card_region] || undefined;
  const payerCurrency = order.text[F.payer_currency] || undefined;
  const perMethod: Fee[] = [];
  for (let m = 0; m < methods.length; m++) {
    const method = methods[m] as PaymentMethodId;
    let total: Fee | null = null;
    for (let p = 0; p < payments.length; p++) {
      const payment = payments[p] as Payment;
      const result = paymentFeeOf(payment.minor, currency, method, cardBrand, cardRegion, payerCurrency);
      merge(reporter, result.findings);
      total = result.fee && (total === null ? result.fee : sumFees(total, result.fee));
      if (total === null) return null;
    }
    if (methods.length === 1) return total;
    if (total) perMethod.push(total);
  }
  return methodSpan(reporter, perMethod);
}

/** The seller's service fee on the order total (rules.md §5). */
export function orderServiceFee(order: Order, settings: Settings, reporter: Reporter): Fee | null {
  if (!order.exportMode || order.orderTotal === null || order.currency === null) return null;
  const service = serviceFeeOf(
    order.orderTotal,
    order.currency,
    order.exportMode,
    order.logistics ?? undefined,
    settings,
  );
  merge(reporter, service.findings);
  return service.fee;
}

/** The planned withdrawal's fee and net (rules.md §8), when the row plans one. */
export function orderWithdrawal(
  order: Order,
  settings: Settings,
  reporter: Reporter,
): { fee: Fee | null; net: Fee | null } {
  const { withdrawAmount, withdrawCurrency, exportMode, currency } = order;
  if (withdrawAmount === null || currency === null) return { fee: null, net: null };
  if (withdrawCurrency && exportMode) {
    const result = withdrawalFeeOf(
      withdrawAmount,
      currency,
      exportMode,
      withdrawCurrency,
      // 000 第六步: withdrawals go to the domestic corporate account unless the legal representative's is named.
      order.withdrawTo ?? 'corporate',
      order.type ?? undefined,
      settings,
    );
    merge(reporter, result.findings);
    return { fee: result.fee, net: result.net };
  }
  if (order.text[F.withdraw_currency] === '') {
    reporter.add(
      finding(notStated, 'withdraw_currency', { what: WITHDRAWAL_FEE, reason: EMPTY_WITHDRAW_CURRENCY }),
    );
  }
  return { fee: null, net: null };
}

/** The buyer picks one of the offered methods: the span of their fees, or why there is none. */
function methodSpan(reporter: Reporter, fees: Fee[]): Fee | null {
  const first = fees[0];
  if (!first) return null;
  if (fees.length === 1) return first;
  const span = spanFees(fees, fees.map((f) => f.source).join(' / '));
  if (span === null) {
    const reason = {
      en: 'the offered methods charge in different currencies; see each method',
      zh: '所选支付方式的手续费币种不同，请分别查看',
    };
    reporter.add(finding(notStated, 'payment_method', { what: PAYMENT_FEE, reason }, 'mixed-currencies'));
  }
  return span;
}

/** An index loop: most fees share the frozen NO_FINDINGS, which V8 iterates slowly with for…of. */
function merge(reporter: Reporter, findings: readonly Finding[]): void {
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i] as Finding;
    if (!reporter.has(f.key)) reporter.add(f);
  }
}
