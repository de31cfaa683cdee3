import { defineRule, type Rule } from '../rule.ts';

/**
 * Reported by the withdrawal fee (fees/withdrawal-fee.ts): a fixed fee per withdrawal ($15/笔) larger than the
 * amount leaves nothing to arrive. The sources do not say whether the platform refuses it, so: a warning, and
 * no net amount (never a negative one).
 */
const rule: Rule<{ amount: string; fee: string }> = defineRule({
  id: 'withdrawal/below-fee',
  severity: 'warning',
  section: '§8',
  source: '000 第六步 提现表 ($15/笔)',
  messages: {
    en: (p) => `The withdrawal ${p.amount} does not cover its fee of ${p.fee}: nothing would arrive.`,
    zh: (p) => `提现金额 ${p.amount} 不足以支付手续费 ${p.fee}，到账金额为零。`,
  },
  reportedBy: 'fees',
});
export default rule;
