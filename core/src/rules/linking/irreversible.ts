import { defineRule, type Rule } from '../rule.ts';

const rule: Rule = defineRule({
  id: 'linking/irreversible',
  severity: 'info',
  section: '§7',
  source: '000 step 5 关联外汇: 关联后不能修改或撤销',
  messages: {
    en: () => 'A link cannot be changed or undone: check the order and the part before confirming it.',
    zh: () => '关联后不能修改或撤销：确认前请核对订单和款项类型。',
  },
  reportedBy: 'linking',
});
export default rule;
