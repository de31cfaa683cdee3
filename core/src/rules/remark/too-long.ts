import { F } from '../../read/fields.ts';
import { DRAFT_FORM_LIMITS } from '../../tables/draft-form.ts';
import { defineRule, type Rule } from '../rule.ts';

const MAX = DRAFT_FORM_LIMITS.remarkMaxChars;

/** Counted as the user sees them: code points. */
const rule: Rule<{ count: number; max: number }> = defineRule({
  id: 'remark/too-long',
  severity: 'error',
  section: '§3',
  source: '000 第三步: 订单备注 0/2000',
  messages: {
    en: (p) => `The remark has ${p.count} characters; at most ${p.max.toLocaleString('en-US')} are allowed.`,
    zh: (p) => `订单备注共 ${p.count} 个字符，最多 ${p.max} 个。`,
  },
  check(ctx) {
    const remark = ctx.order.text[F.remark];
    if (remark === undefined || remark.length <= MAX) return;
    const count = [...remark].length;
    if (count > MAX) ctx.report(rule, 'remark', { count, max: MAX });
  },
});
export default rule;
