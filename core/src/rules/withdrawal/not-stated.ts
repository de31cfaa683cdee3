import type { Message } from '../../types.ts';
import { defineRule, type Rule } from '../rule.ts';

/** Reported by the withdrawal fee (fees/withdrawal-fee.ts): a combination the withdrawal table does not list. */
const rule: Rule<{ account: Message; currency: string; to: Message; dpo: boolean }> = defineRule({
  id: 'withdrawal/not-stated',
  severity: 'warning',
  section: '§8',
  source: '000 第六步 提现表 (combinations not listed)',
  messages: {
    en: (p) =>
      `The sources state no fee for ${p.dpo ? 'e收汇 DPO: ' : ''}${p.account.en} (${p.account.zh}) → ${p.currency}, ${p.to.en} (${p.to.zh}): check with your bank before relying on the net amount.`,
    zh: (p) =>
      `资料未说明${p.dpo ? 'e收汇订单' : ''}从${p.account.zh}提现 ${p.currency} 到${p.to.zh}的提现费用，请向银行确认后再依赖到账金额。`,
  },
  reportedBy: 'fees',
});
export default rule;
