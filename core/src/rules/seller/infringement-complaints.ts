import { defineRule, type Rule } from '../rule.ts';

/** 000: serious-infringement complaints must stay below 3 (all main accounts of one company). */
export const MAX_INFRINGEMENT_COMPLAINTS = 3;

const rule: Rule<{ complaints: number; limit: number }> = defineRule({
  id: 'seller/infringement-complaints',
  severity: 'error',
  section: '§2',
  source: '000 卖家准入信用保障服务需要符合什么条件',
  messages: {
    en: (p) =>
      `Serious-infringement complaints are ${p.complaints} (all main accounts of the company); Trade Assurance requires fewer than ${p.limit}.`,
    zh: (p) => `严重侵权投诉为 ${p.complaints} 次（同一公司所有主账号合计），需少于 ${p.limit} 次。`,
  },
  check(ctx) {
    const complaints = ctx.settings.infringementComplaints;
    if (complaints !== undefined && complaints >= MAX_INFRINGEMENT_COMPLAINTS) {
      ctx.report(rule, 'settings', { complaints, limit: MAX_INFRINGEMENT_COMPLAINTS });
    }
  },
});
export default rule;
