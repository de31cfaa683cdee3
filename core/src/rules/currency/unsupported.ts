import { F } from '../../read/fields.ts';
import { q, qz } from '../quote.ts';
import { defineRule, type Rule } from '../rule.ts';

const rule: Rule<{ value: string }> = defineRule({
  id: 'currency/unsupported',
  severity: 'error',
  section: '§3',
  source: '000 第一步: 交易币种（美金/人民币）',
  messages: {
    en: (p) => `Currency${q(p.value)} is not supported: use USD or CNY.`,
    zh: (p) => `交易币种${qz(p.value)}不支持，只能选择美元（USD）或人民币（CNY）。`,
  },
  check(ctx) {
    const text = ctx.order.text[F.currency];
    if (text && ctx.order.currency === null) ctx.report(rule, 'currency', { value: text });
  },
});
export default rule;
