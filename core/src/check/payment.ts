import { memoize } from '../memo.ts';
import { formatMoney } from '../money/format.ts';
import { getPaymentMethod, resolvePaymentMethod } from '../rules/payment-methods.ts';
import { resolvePayerCurrency } from '../rules/vocabulary.ts';
import type { Message } from '../types.ts';
import { cellText, compareWithUsd, F, type OrderContext, report } from './context.ts';

const METHOD: Message = { en: 'a payment method of rules §4 (id or name)', zh: '支付方式（代码或名称）' };
const CURRENCY: Message = { en: 'a currency code (ISO 4217)', zh: '币种代码（ISO 4217）' };
/** Several methods in one cell: "card, tt-intl" (not "/", which is part of "T/T"). */
const LIST_SEPARATORS = /[,;，；、|\n]+/;
/**
 * A payment-method cell as method ids (in order) and the names it could not resolve. Remembered per text:
 * a sheet repeats the same few method cells, and the lists are shared, frozen, between rows.
 */
const methodList = memoize((text: string): { methods: readonly string[]; unknown: readonly string[] } => {
  const methods: string[] = [];
  const unknown: string[] = [];
  for (const part of text.split(LIST_SEPARATORS)) {
    const name = part.trim();
    if (!name) continue;
    const id = resolvePaymentMethod(name);
    if (id) methods.push(id);
    else unknown.push(name);
  }
  return { methods: Object.freeze(methods), unknown: Object.freeze(unknown) };
});

export interface Payment {
  what: Message;
  minor: number;
}

/** The order's payments, each paid separately: the advance, then the balance if any (computed once a row). */
export function orderPayments(ctx: OrderContext): readonly Payment[] {
  if (ctx.payments) return ctx.payments;
  // Array literals of the exact length: push would reserve room for 16 more payments on every row.
  let payments: readonly Payment[];
  if (ctx.advance === null) {
    payments = ctx.orderTotal === null ? NO_PAYMENTS : [{ what: FULL, minor: ctx.orderTotal }];
  } else if (ctx.balance !== null && ctx.balance > 0) {
    payments = [
      { what: ADVANCE, minor: ctx.advance },
      { what: BALANCE, minor: ctx.balance },
    ];
  } else {
    payments = [{ what: ADVANCE, minor: ctx.advance }];
  }
  ctx.payments = payments;
  return payments;
}
const NO_PAYMENTS: readonly Payment[] = Object.freeze([]);
const FULL: Message = { en: 'payment', zh: '付款' };
const ADVANCE: Message = { en: 'advance', zh: '预付款' };
const BALANCE: Message = { en: 'balance', zh: '尾款' };

/** §4: which methods the order may use, and each payment against each method's limits and currencies. */
export function checkPaymentMethods(ctx: OrderContext): void {
  const text = cellText(ctx, F.payment_method);
  if (text === undefined) return;
  if (text === '') {
    report(ctx, 'payment/method-missing', 'payment_method');
    return;
  }
  const { methods, unknown } = methodList(text);
  for (let i = 0; i < unknown.length; i++) {
    report(ctx, 'input/invalid', 'payment_method', { value: unknown[i], what: METHOD });
  }
  ctx.methods = methods.length ? methods : null;

  const payerText = cellText(ctx, F.payer_currency);
  const payerCurrency = payerText ? resolvePayerCurrency(payerText) : null;
  if (payerText && !payerCurrency)
    report(ctx, 'input/invalid', 'payer_currency', { value: payerText, what: CURRENCY });

  for (let i = 0; i < methods.length; i++) {
    const id = methods[i] as string;
    const method = getPaymentMethod(id);
    if (!method) continue;
    if (ctx.type && !method.orderTypes.includes(ctx.type)) {
      report(ctx, 'payment/method-not-allowed', 'payment_method', { method: method.name, value: ctx.type });
    }
    if (method.sellerDraftOnly && ctx.drafter === 'buyer')
      report(ctx, 'payment/lc-seller-only', 'payment_method');
    if (payerCurrency && Array.isArray(method.currencies) && !method.currencies.includes(payerCurrency)) {
      const expected = method.currencies.join(', ');
      report(ctx, 'payment/currency-not-accepted', 'payer_currency', {
        method: method.name,
        value: payerCurrency,
        expected,
      });
    }
    checkLimits(ctx, id);
  }
}

const LIMIT_CHECK_NAMES = new Map<string, Message>();
function limitCheckName(method: { id: string; name: Message }): Message {
  let name = LIMIT_CHECK_NAMES.get(method.id);
  if (!name) {
    name = { en: `The ${method.name.en} limit check`, zh: `${method.name.zh}限额检查` };
    LIMIT_CHECK_NAMES.set(method.id, name);
  }
  return name;
}

function checkLimits(ctx: OrderContext, id: string): void {
  const method = getPaymentMethod(id);
  if (!method || ctx.currency === null) return;
  const what = limitCheckName(method);
  const currency = ctx.currency;
  for (const payment of orderPayments(ctx)) {
    const field = payment.what === BALANCE ? 'balance' : 'advance';
    if (
      method.limitUsdMinor !== null &&
      compareWithUsd(ctx, payment.minor, method.limitUsdMinor, field, what) === 1
    ) {
      const limit = formatMoney({ minor: method.limitUsdMinor, currency: 'USD' });
      report(ctx, 'payment/over-method-limit', field, {
        what: payment.what,
        value: formatMoney({ minor: payment.minor, currency }),
        method: method.name,
        limit,
      });
    }
    if (
      method.monthlyLimitUsdMinor !== null &&
      compareWithUsd(ctx, payment.minor, method.monthlyLimitUsdMinor, field, what) === 1
    ) {
      report(ctx, 'payment/monthly-limit', field, { value: formatMoney({ minor: payment.minor, currency }) });
    }
  }
}
