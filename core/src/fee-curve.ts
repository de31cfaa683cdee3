import { paymentFee } from './fees/payment-fee.ts';
import { PAYMENT_METHODS } from './tables/payment-methods.ts';
import type { CurrencyCode, Lang } from './types.ts';

/**
 * The buyer's fee of each payment method across order amounts, for charts: each method's fee at `steps`
 * amounts up to `maxMinor`, as core prices them. A series ends at the method's limit per payment; a method
 * whose fee is not stated, or charged in another currency, is listed in `skipped` (no rate is assumed).
 */
export interface Series {
  id: string;
  name: string;
  color: string;
  points: { x: number; low: number; high: number }[];
}

const COLORS = ['#e8453c', '#4a90e2', '#52c41a', '#f5a623', '#9254de', '#13c2c2', '#eb2f96', '#8c8c8c'];

/** Fee series in minor units of `currency`, sampled at `steps` amounts from maxMinor/steps to maxMinor. */
export function feeSeries(
  methodIds: readonly string[],
  currency: CurrencyCode,
  maxMinor: number,
  lang: Lang,
  steps = 40,
): { series: Series[]; skipped: string[] } {
  const series: Series[] = [];
  const skipped: string[] = [];
  methodIds.forEach((id, i) => {
    const m = PAYMENT_METHODS.find((pm) => pm.id === id);
    const name = m?.name[lang] ?? id;
    const points: Series['points'] = [];
    for (let s = 1; s <= steps; s++) {
      const x = Math.round((maxMinor * s) / steps);
      // a line ends at the method's per-payment limit (core's table; compared directly for USD only)
      if (currency === 'USD' && m?.limitUsdMinor != null && x > m.limitUsdMinor) break;
      const r = paymentFee({ amount: { minor: x, currency }, method: id });
      if (r.findings.some((f) => f.rule === 'payment/over-method-limit')) break;
      if (!r.fee || r.fee.currency !== currency) {
        points.length = 0;
        break;
      }
      points.push({ x, low: r.fee.low, high: r.fee.high });
    }
    if (points.length === 0) skipped.push(name);
    else series.push({ id, name, color: COLORS[i % COLORS.length] ?? '#333', points });
  });
  return { series, skipped };
}
