import { q, qz } from '../quote.ts';
import { defineRule, type Rule } from '../rule.ts';

const rule: Rule<{ payer: string; registered: string }> = defineRule({
  id: 'linking/payer-mismatch',
  severity: 'warning',
  section: '§7',
  source: '000 step 5 关联外汇: 付款人备案 (registered payer)',
  messages: {
    en: (p) => `The payer${q(p.payer)} is not the order's registered payer${q(p.registered)}.`,
    zh: (p) => `付款人${qz(p.payer)}不是该订单备案的付款人${qz(p.registered)}。`,
  },
  reportedBy: 'linking',
});
export default rule;
