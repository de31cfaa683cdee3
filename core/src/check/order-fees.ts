import { type PaymentFeeArgs, paymentFee } from '../fees/payment-fee.ts';
import { serviceFee } from '../fees/service-fee.ts';
import { withdrawalFee } from '../fees/withdrawal-fee.ts';
import type { Fee, Finding, Message, Money, OrderFees } from '../types.ts';
import { cellText, F, type OrderContext, report } from './context.ts';
import { readLogistics } from './logistics.ts';
import { orderPayments, type Payment } from './payment.ts';
import { readMoney } from './read-money.ts';
import { readWithdrawalPlan } from './withdrawal.ts';

const PAYMENT_FEE: Message = { en: "The buyer's payment fee", zh: '买家支付手续费' };

/**
 * One arguments object for every payment of every row: paymentFee reads it and keeps nothing of it, so
 * 200,000 payments need not allocate 400,000 small objects.
 */
const PAYMENT_ARGS: PaymentFeeArgs & { amount: Money } = {
  amount: { minor: 0, currency: 'USD' },
  method: '',
};

/** The order's fees (order-sheet.md Report): each null, with a finding saying why, when not computable. */
export function computeFees(ctx: OrderContext): OrderFees {
  const fees: OrderFees = { payment: null, service: null, withdrawal: null, net: null };
  if (ctx.currency === null) return fees;
  fees.payment = buyerFee(ctx);
  const logistics = readLogistics(ctx);
  if (ctx.exportMode && ctx.orderTotal !== null) {
    const amount = { minor: ctx.orderTotal, currency: ctx.currency };
    const service = serviceFee({
      amount,
      exportMode: ctx.exportMode,
      logistics: logistics ?? undefined,
      settings: ctx.settings,
    });
    fees.service = service.fee;
    merge(ctx, service.findings);
  }
  const withdrawal = readMoney(ctx, F.withdraw_amount);
  const plan = readWithdrawalPlan(ctx);
  if (typeof withdrawal === 'number' && plan && ctx.exportMode) {
    const result = withdrawalFee({
      amount: { minor: withdrawal, currency: ctx.currency },
      exportMode: ctx.exportMode,
      withdrawCurrency: plan.withdrawCurrency,
      withdrawTo: plan.withdrawTo,
      orderType: ctx.type ?? undefined,
      settings: ctx.settings,
    });
    fees.withdrawal = result.fee;
    fees.net = result.net;
    merge(ctx, result.findings);
  } else if (typeof withdrawal === 'number' && cellText(ctx, F.withdraw_currency) === '') {
    report(ctx, 'fee/not-stated', 'withdraw_currency', {
      what: { en: 'The withdrawal fee', zh: '提现手续费' },
      reason: { en: 'the withdrawal currency is empty', zh: '提现币种为空' },
    });
  }
  return fees;
}

/**
 * The buyer's fee summed over the order's payments, each charged separately. With several methods
 * offered, the buyer picks one: the result spans the cheapest to the dearest (when in one currency).
 */
function buyerFee(ctx: OrderContext): Fee | null {
  if (!ctx.methods || ctx.currency === null) return null;
  const payments = orderPayments(ctx);
  if (payments.length === 0) return null;
  const cardBrand = cellText(ctx, F.card_brand) || undefined;
  const cardRegion = cellText(ctx, F.card_region) || undefined;
  const payerCurrency = cellText(ctx, F.payer_currency) || undefined;
  const methods = ctx.methods;
  const perMethod: Fee[] = [];
  for (let m = 0; m < methods.length; m++) {
    let total: Fee | null = null;
    for (let p = 0; p < payments.length; p++) {
      const args = PAYMENT_ARGS;
      args.amount.minor = (payments[p] as Payment).minor;
      args.amount.currency = ctx.currency;
      args.method = methods[m] as string;
      args.cardBrand = cardBrand;
      args.cardRegion = cardRegion;
      args.payerCurrency = payerCurrency;
      const result = paymentFee(args);
      merge(ctx, result.findings);
      total = result.fee && (total === null ? result.fee : sumFees(total, result.fee));
      if (total === null) return null;
    }
    if (methods.length === 1) return total;
    if (total) perMethod.push(total);
  }
  return spanFees(ctx, perMethod);
}

function sumFees(a: Fee, b: Fee): Fee | null {
  if (a.currency !== b.currency) return null;
  return { ...a, low: a.low + b.low, high: a.high + b.high, approximate: a.approximate || b.approximate };
}

function spanFees(ctx: OrderContext, fees: Fee[]): Fee | null {
  const first = fees[0];
  if (!first) return null;
  if (fees.length === 1) return first;
  if (fees.some((f) => f.currency !== first.currency)) {
    report(ctx, 'fee/not-stated', 'payment_method', {
      what: PAYMENT_FEE,
      reason: {
        en: 'the offered methods charge in different currencies; see each method',
        zh: '所选支付方式的手续费币种不同，请分别查看',
      },
    });
    return null;
  }
  return {
    currency: first.currency,
    low: Math.min(...fees.map((f) => f.low)),
    high: Math.max(...fees.map((f) => f.high)),
    approximate: fees.some((f) => f.approximate),
    source: fees.map((f) => f.source).join(' / '),
  };
}

/** Fee findings are per payment; one of each (rule, field, text) is enough for the row. */
function merge(ctx: OrderContext, findings: readonly Finding[]): void {
  if (findings.length === 0) return;
  for (const f of findings) {
    const dup = ctx.findings.some(
      (g) => g.rule === f.rule && g.field === f.field && g.message.en === f.message.en,
    );
    if (!dup) ctx.findings.push(f);
  }
}
