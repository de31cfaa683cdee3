import { LEGACY_INCOTERMS } from '../../tables/incoterms.ts';
import { defineRule, type Rule } from '../rule.ts';

const rule: Rule<{ term: string; replacement: string }> = defineRule({
  id: 'shipping/trade-term-legacy',
  severity: 'warning',
  section: '§3',
  source: 'Incoterms 2020 replaced DAT with DPU and dropped DDU',
  messages: {
    en: (p) => `${p.term} is a legacy Incoterm (not in Incoterms 2020): prefer ${p.replacement}.`,
    zh: (p) => `${p.term}是旧版贸易术语（Incoterms 2020 已不再使用），建议改用 ${p.replacement}。`,
  },
  check(ctx) {
    const term = ctx.order.tradeTerm;
    if (term?.kind === 'legacy') {
      ctx.report(rule, 'trade_term', { term: term.term, replacement: LEGACY_INCOTERMS[term.term] ?? '' });
    }
  },
});
export default rule;
