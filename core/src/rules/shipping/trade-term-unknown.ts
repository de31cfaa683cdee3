import { F } from '../../read/fields.ts';
import { INCOTERMS_2020 } from '../../tables/incoterms.ts';
import { q, qz } from '../quote.ts';
import { defineRule, type Rule } from '../rule.ts';

const TERMS = INCOTERMS_2020.join(' ');

const rule: Rule<{ value: string }> = defineRule({
  id: 'shipping/trade-term-unknown',
  severity: 'error',
  section: '§3',
  source: 'Incoterms 2020 (EXW FCA CPT CIP DAP DPU DDP FAS FOB CFR CIF)',
  messages: {
    en: (p) => `${q(p.value).trim()} is not an Incoterm (${TERMS}).`,
    zh: (p) => `${qz(p.value)}不是国际贸易术语（${TERMS}）。`,
  },
  check(ctx) {
    if (ctx.order.tradeTerm?.kind === 'unknown') {
      ctx.report(rule, 'trade_term', { value: ctx.order.text[F.trade_term] ?? '' });
    }
  },
});
export default rule;
