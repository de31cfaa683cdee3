import { defineRule, type Rule } from '../rule.ts';

/** 000: violation points must stay below 48. */
export const MAX_VIOLATION_POINTS = 48;

const rule: Rule<{ points: number; limit: number }> = defineRule({
  id: 'seller/violation-points',
  severity: 'error',
  section: '§2',
  source: '000 卖家准入信用保障服务需要符合什么条件',
  messages: {
    en: (p) => `Violation points are ${p.points}; Trade Assurance requires fewer than ${p.limit}.`,
    zh: (p) => `违规扣分为 ${p.points}，开通信用保障需低于 ${p.limit} 分。`,
  },
  check(ctx) {
    const points = ctx.settings.violationPoints;
    if (points !== undefined && points >= MAX_VIOLATION_POINTS) {
      ctx.report(rule, 'settings', { points, limit: MAX_VIOLATION_POINTS });
    }
  },
});
export default rule;
