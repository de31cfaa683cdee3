import { defineRule, type Rule } from '../rule.ts';

/** Reported by the withdrawal fee (fees/withdrawal-fee.ts). */
const rule: Rule = defineRule({
  id: 'withdrawal/personal-onetouch',
  severity: 'error',
  section: '§8',
  source: '000 第六步 提现表: 法人个人账户仅限自主出口账户',
  messages: {
    en: () => "The OneTouch export account cannot pay out to the legal representative's personal account.",
    zh: () => '一达通出口账户不能提现到法人个人账户。',
  },
  reportedBy: 'fees',
});
export default rule;
