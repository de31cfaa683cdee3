import { formatMoney } from '../money/format.ts';
import { parseAmount } from '../money/parse.ts';
import { resolveOrderCurrency } from '../rules/vocabulary.ts';
import type { Message } from '../types.ts';
import { cellText, compareWithUsd, F, type OrderContext, report } from './context.ts';
import { readAdvance, readMoney, readWholeNumber } from './read-money.ts';

/** 000 第二步: "预付款需要≥1美金". */
export const MIN_ADVANCE_USD_MINOR = 100;
/** 000 第三步: the remark counter reads 0/2000. */
export const REMARK_MAX_CHARS = 2000;

const QUANTITY: Message = { en: 'a whole number', zh: '整数' };
const ADVANCE_MIN_CHECK: Message = { en: 'The USD 1 minimum advance check', zh: '预付款 ≥ 1 美元的检查' };

/**
 * §3 money: currency, product lines, totals, advance and balance. Sets ctx.currency, productTotal,
 * orderTotal, advance and balance for the rules after it. A stated total is checked, then trusted.
 */
export function checkAmounts(ctx: OrderContext): void {
  const currencyText = cellText(ctx, F.currency);
  // Not given: the form's default, USD (000 第二步 shows "USD 0.00" before a currency is chosen).
  ctx.currency = currencyText ? resolveOrderCurrency(currencyText) : 'USD';
  if (currencyText !== undefined && ctx.currency === null) {
    report(ctx, 'currency/unsupported', 'currency', { value: currencyText });
  }
  if (ctx.currency === null) return;
  const fmt = (minor: number) => formatMoney({ minor, currency: ctx.currency ?? 'USD' });

  const unitPrice = readMoney(ctx, F.unit_price);
  const quantity = readWholeNumber(ctx, F.quantity, QUANTITY);
  const statedProducts = readMoney(ctx, F.product_total);
  const computedProducts =
    typeof unitPrice === 'number' && typeof quantity === 'number' ? unitPrice * quantity : null;
  if (
    typeof statedProducts === 'number' &&
    computedProducts !== null &&
    statedProducts !== computedProducts
  ) {
    report(ctx, 'amount/line-mismatch', 'product_total', {
      value: fmt(statedProducts),
      expected: fmt(computedProducts),
    });
  }
  const products = typeof statedProducts === 'number' ? statedProducts : computedProducts;
  if (products !== null && products <= 0) {
    report(ctx, 'amount/product-total', typeof statedProducts === 'number' ? 'product_total' : 'unit_price');
  }
  ctx.productTotal = products;

  const freight = readMoney(ctx, F.freight);
  const insurance = readMoney(ctx, F.insurance);
  const statedTotal = readMoney(ctx, F.order_total);
  const extrasKnown = freight !== 'bad' && insurance !== 'bad';
  const computedTotal =
    products !== null && extrasKnown
      ? products +
        (typeof freight === 'number' ? freight : 0) +
        (typeof insurance === 'number' ? insurance : 0)
      : null;
  if (typeof statedTotal === 'number' && computedTotal !== null && statedTotal !== computedTotal) {
    report(ctx, 'amount/total-mismatch', 'order_total', {
      value: fmt(statedTotal),
      expected: fmt(computedTotal),
    });
  }
  ctx.orderTotal = typeof statedTotal === 'number' ? statedTotal : computedTotal;

  const advance = readAdvance(ctx);
  const advanceText = cellText(ctx, F.advance) ?? '';
  if (advance === 'empty' || typeof advance === 'number') {
    const minor = advance === 'empty' ? 0 : advance;
    const vsMin = compareWithUsd(ctx, minor, MIN_ADVANCE_USD_MINOR, 'advance', ADVANCE_MIN_CHECK);
    if (vsMin === -1) {
      const converted =
        ctx.currency === 'CNY' && ctx.usdCny ? `at ${ctx.settings.usdCny} CNY per USD` : undefined;
      report(ctx, 'payment/advance-min', 'advance', {
        value: advanceText || fmt(minor),
        expected: converted,
      });
    }
    ctx.advance = minor;
    if (ctx.orderTotal !== null && minor > ctx.orderTotal) {
      report(ctx, 'payment/advance-over-total', 'advance', {
        value: fmt(minor),
        expected: fmt(ctx.orderTotal),
      });
    }
  }

  const balance = readMoney(ctx, F.balance);
  const expectedBalance =
    ctx.orderTotal !== null && ctx.advance !== null ? ctx.orderTotal - ctx.advance : null;
  if (
    typeof balance === 'number' &&
    expectedBalance !== null &&
    expectedBalance >= 0 &&
    balance !== expectedBalance
  ) {
    report(ctx, 'payment/balance-mismatch', 'balance', {
      value: fmt(balance),
      expected: fmt(expectedBalance),
    });
  }
  ctx.balance =
    expectedBalance !== null && expectedBalance >= 0
      ? expectedBalance
      : typeof balance === 'number'
        ? balance
        : null;
}

/** §3 quota: TA orders use the TA quota, DPO orders the advance-FX quota (each only when the user gave it). */
export function checkQuota(ctx: OrderContext): void {
  if (ctx.orderTotal === null || ctx.type === null) return;
  const quotaText = ctx.type === 'TA' ? ctx.settings.taQuota : ctx.settings.fxQuota;
  if (quotaText === undefined) return;
  const quota = readSettingUsd(quotaText);
  if (quota === null) return;
  const what: Message =
    ctx.type === 'TA'
      ? { en: 'Trade Assurance quota', zh: '信用保障额度' }
      : { en: 'advance-FX quota', zh: '预收外汇额度' };
  if (
    compareWithUsd(ctx, ctx.orderTotal, quota, 'order_total', { en: 'The quota check', zh: '额度检查' }) === 1
  ) {
    const value = formatMoney({ minor: ctx.orderTotal, currency: ctx.currency ?? 'USD' });
    report(ctx, 'quota/exceeded', 'order_total', {
      value,
      limit: formatMoney({ minor: quota, currency: 'USD' }),
      what,
    });
  }
}

/** §3 remark: at most 2,000 characters (counted as the user sees them: code points). */
export function checkRemark(ctx: OrderContext): void {
  const remark = cellText(ctx, F.remark);
  if (remark === undefined || remark.length <= REMARK_MAX_CHARS) return;
  const count = [...remark].length;
  if (count > REMARK_MAX_CHARS) report(ctx, 'remark/too-long', 'remark', { count });
}

/** A USD amount from the settings (a decimal string, already validated by parseSettings). */
function readSettingUsd(text: string): number | null {
  const parsed = parseAmount(text);
  return parsed.ok && !parsed.negative ? parsed.minor : null;
}
