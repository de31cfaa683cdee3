import { defineRule, type Rule } from '../rule.ts';

const rule: Rule = defineRule({
  id: 'seller/unverified-free-member',
  severity: 'error',
  section: '§2',
  source: '000 卖家准入信用保障服务需要符合什么条件',
  messages: {
    en: () =>
      'A free member must pass Alipay real-name verification (company or legal representative) first.',
    zh: () => '免费会员须先通过支付宝实名认证（企业或法定代表人）。',
  },
  check(ctx) {
    if (ctx.settings.membership === 'free' && ctx.settings.verified === false) {
      ctx.report(rule, 'settings', undefined);
    }
  },
});
export default rule;
