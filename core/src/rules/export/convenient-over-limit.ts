import { formatGrouped, formatMoney } from '../../money/format.ts';
import { getExportMode } from '../../tables/export-modes.ts';
import { defineRule, type Rule } from '../rule.ts';

const MAX_USD_MINOR = getExportMode('convenient')?.maxOrderUsdMinor ?? 0;
const CHECK = { en: 'The USD 5,000 convenient-shipping check', zh: '便捷发货 5,000 美元限额检查' };

const rule: Rule<{ total: string; limit: number }> = defineRule({
  id: 'export/convenient-over-limit',
  severity: 'error',
  section: '§5',
  source: '000 第二步: 便捷发货 — 信用保障订单金额 USD 5,000.00以内',
  messages: {
    en: (p) =>
      `Convenient shipping is only for orders up to ${formatMoney({ minor: p.limit, currency: 'USD' })}; this order is ${p.total}.`,
    zh: (p) => `便捷发货仅适用于 ${formatGrouped(p.limit, 'USD')} 美元以内的订单，本订单为 ${p.total}。`,
  },
  check(ctx) {
    const { exportMode, orderTotal, currency } = ctx.order;
    if (exportMode !== 'convenient' || orderTotal === null || currency === null) return;
    if (ctx.compareWithUsd(orderTotal, MAX_USD_MINOR, 'export_mode', CHECK) === 1) {
      ctx.report(rule, 'export_mode', {
        total: formatMoney({ minor: orderTotal, currency }),
        limit: MAX_USD_MINOR,
      });
    }
  },
});
export default rule;
