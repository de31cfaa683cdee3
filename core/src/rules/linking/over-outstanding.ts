import type { Message } from '../../types.ts';
import { q, qz } from '../quote.ts';
import { defineRule, type Rule } from '../rule.ts';

export interface OverOutstandingParams {
  /** The intended link's amount and what is outstanding on the part, formatted ('USD 600.00'). */
  amount?: string;
  due?: string;
  /** "the advance of order …" in both languages. */
  target?: Message;
  /** The order as typed, when it is not in the orders sheet. */
  order?: string;
}

const rule: Rule<OverOutstandingParams> = defineRule({
  id: 'linking/over-outstanding',
  severity: 'error',
  section: '§7',
  source: '000 step 5 关联外汇: link to the advance or balance still outstanding',
  messages: {
    en: (p) =>
      p.order !== undefined
        ? `The order${q(p.order)} is not in the orders sheet: nothing is known to be outstanding on it.`
        : `The link of ${p.amount} is more than the ${p.due} outstanding on ${p.target?.en}.`,
    zh: (p) =>
      p.order !== undefined
        ? `订单${qz(p.order)}不在订单表中，无法确认其未付金额。`
        : `关联金额 ${p.amount} 超过${p.target?.zh}的未付金额 ${p.due}。`,
  },
  reportedBy: 'linking',
});
export default rule;
