import { defineRule, type Rule } from '../rule.ts';

/** Reported by the withdrawal fee (fees/withdrawal-fee.ts). */
const rule: Rule<{ amount: string; limit: string }> = defineRule({
  id: 'withdrawal/over-limit',
  severity: 'error',
  section: '§8',
  source: '000 第六步 提现表 (per-withdrawal limits)',
  messages: {
    en: (p) => `The withdrawal ${p.amount} is above the limit of ${p.limit} per withdrawal.`,
    zh: (p) => `提现金额 ${p.amount} 超过单笔上限 ${p.limit}。`,
  },
  reportedBy: 'fees',
});
export default rule;
