import type { Message } from '../../types.ts';
import { defineRule, type Rule } from '../rule.ts';

/** Reported by the withdrawal fee (fees/withdrawal-fee.ts). */
const rule: Rule<{ who: Message; currency: string }> = defineRule({
  id: 'withdrawal/currency',
  severity: 'error',
  section: '§8',
  source: '000 第六步: 港澳台会员只能提现美元; 法人个人账户仅人民币',
  messages: {
    en: (p) => `${p.who.en} cannot receive ${p.currency}.`,
    zh: (p) => `${p.who.zh}不能提现${p.currency}。`,
  },
  reportedBy: 'fees',
});
export default rule;
