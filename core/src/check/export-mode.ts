import { formatMoney } from '../money/format.ts';
import { resolveExportMode } from '../rules/export-modes.ts';
import type { Message } from '../types.ts';
import { cellText, compareWithUsd, F, type OrderContext, report } from './context.ts';

/** 000 第二步 便捷发货: "信用保障订单金额 USD 5,000.00以内". */
export const CONVENIENT_MAX_USD_MINOR = 500_000;
const MODE: Message = {
  en: 'an export mode (self, onetouch, convenient, market)',
  zh: '出口方式（自营出口、一达通代理出口、便捷发货、市场采购出口）',
};

/** §5: the export mode and what it allows. */
export function checkExportMode(ctx: OrderContext): void {
  const text = cellText(ctx, F.export_mode);
  if (text === undefined) return;
  if (text === '') {
    report(ctx, 'export/mode-missing', 'export_mode');
    return;
  }
  const mode = resolveExportMode(text);
  ctx.exportMode = mode;
  if (!mode) {
    report(ctx, 'input/invalid', 'export_mode', { value: text, what: MODE });
    return;
  }
  if (mode === 'onetouch') report(ctx, 'export/onetouch-review', 'export_mode');
  if (mode !== 'convenient') return;
  if (ctx.type === 'DPO') report(ctx, 'export/convenient-dpo', 'export_mode');
  if (ctx.orderTotal !== null && ctx.currency !== null) {
    const what = { en: 'The USD 5,000 convenient-shipping check', zh: '便捷发货 5,000 美元限额检查' };
    if (compareWithUsd(ctx, ctx.orderTotal, CONVENIENT_MAX_USD_MINOR, 'export_mode', what) === 1) {
      const value = formatMoney({ minor: ctx.orderTotal, currency: ctx.currency });
      report(ctx, 'export/convenient-over-limit', 'export_mode', { value });
    }
  }
}
