import { type Logistics, resolveLogistics } from '../rules/vocabulary.ts';
import { cellText, F, type OrderContext, report } from './context.ts';

/** The logistics column picks the 1% (platform) or 2% (third-party) service-fee rate (rules.md §5). */
export function readLogistics(ctx: OrderContext): Logistics | null {
  const text = cellText(ctx, F.logistics);
  if (!text) return null;
  const logistics = resolveLogistics(text);
  if (!logistics) {
    const what = { en: 'platform or third-party logistics', zh: '平台物流或第三方物流' };
    report(ctx, 'input/invalid', 'logistics', { value: text, what });
  }
  return logistics;
}
