import { F } from '../../read/fields.ts';
import { defineRule, type Rule } from '../rule.ts';

const rule: Rule = defineRule({
  id: 'shipping/address-missing',
  severity: 'error',
  section: '§3',
  source: '000 第二步: 收货地址 *',
  messages: {
    en: () => 'The shipping address is required (a city not in the list: choose "other" and type it).',
    zh: () => '请填写收货地址（找不到城市时选择“其他”后手动填写）。',
  },
  check(ctx) {
    if (ctx.order.text[F.shipping_address] === '') ctx.report(rule, 'shipping_address', undefined);
  },
});
export default rule;
