import { formatMoney } from '../../money/format.ts';
import { DRAFT_FORM_LIMITS } from '../../tables/draft-form.ts';
import { v, wholeOrCents } from '../quote.ts';
import { defineRule, type Rule } from '../rule.ts';

const MIN = { minor: DRAFT_FORM_LIMITS.minAdvanceUsdMinor, currency: 'USD' } as const;
const CHECK = { en: 'The USD 1 minimum advance check', zh: '预付款 ≥ 1 美元的检查' };

/** `rate`: the user's CNY-per-USD rate a CNY advance was compared at. */
const rule: Rule<{ value: string; min: number; rate?: string }> = defineRule({
  id: 'payment/advance-min',
  severity: 'error',
  section: '§3',
  source: '000 第二步: 预付款需要≥1美金',
  messages: {
    en: (p) =>
      `The advance ${v(p.value)} is below the minimum of ${formatMoney({ minor: p.min, currency: 'USD' })}${p.rate ? ` (at ${p.rate} CNY per USD)` : ''}.`,
    zh: (p) =>
      `预付款 ${v(p.value)} 低于最低金额 ${wholeOrCents(p.min, 'USD')} 美元${p.rate ? `（按 1 美元 = ${p.rate} 元人民币折算）` : ''}。`,
  },
  check(ctx) {
    const { advance, currency, advanceShown } = ctx.order;
    if (advance === null || currency === null) return;
    if (ctx.compareWithUsd(advance, MIN.minor, 'advance', CHECK) !== -1) return;
    ctx.report(rule, 'advance', {
      value: advanceShown || formatMoney({ minor: advance, currency }),
      min: MIN.minor,
      rate: currency === 'CNY' && ctx.usdCny ? ctx.settings.usdCny : undefined,
    });
  },
});
export default rule;
