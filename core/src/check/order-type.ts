import { resolveDrafter, resolveOrderType } from '../rules/vocabulary.ts';
import type { Message } from '../types.ts';
import { cellText, F, type OrderContext, report } from './context.ts';

/** §2: order type, drafter, and whether the seller may use this order type at all. */
export function checkOrderType(ctx: OrderContext): void {
  const typeText = cellText(ctx, F.order_type);
  if (typeText !== undefined) {
    ctx.type = resolveOrderType(typeText);
    if (!ctx.type) report(ctx, 'order/type', 'order_type', { value: typeText });
  }
  const drafterText = cellText(ctx, F.drafted_by);
  if (drafterText) {
    const drafter = resolveDrafter(drafterText);
    if (drafter) ctx.drafter = drafter;
    else report(ctx, 'input/invalid', 'drafted_by', { value: drafterText, what: DRAFTER });
  }
  if (ctx.type === 'DPO' && ctx.drafter === 'buyer') report(ctx, 'order/drafter', 'drafted_by');
  checkAdmission(ctx);
}

const DRAFTER: Message = { en: 'seller or buyer', zh: '卖家或买家' };

function checkAdmission(ctx: OrderContext): void {
  const { membership, region, verified, violationPoints, infringementComplaints } = ctx.settings;
  if (ctx.type) {
    // 000 信保准入: DPO — mainland paid only; TA — paid members of mainland/HK/TW, free members of mainland.
    const dpoRefused =
      ctx.type === 'DPO' && (membership === 'free' || (region !== undefined && region !== 'mainland'));
    const taRefused =
      ctx.type === 'TA' && membership === 'free' && region !== undefined && region !== 'mainland';
    if (dpoRefused || taRefused) {
      const who = [region, membership === undefined ? undefined : `${membership} member`]
        .filter(Boolean)
        .join(' ');
      report(ctx, 'seller/not-admitted', 'order_type', { value: who || undefined });
    }
  }
  if (violationPoints !== undefined && violationPoints >= 48) {
    report(ctx, 'seller/violation-points', 'settings', { value: String(violationPoints) });
  }
  if (infringementComplaints !== undefined && infringementComplaints >= 3) {
    report(ctx, 'seller/infringement-complaints', 'settings', { value: String(infringementComplaints) });
  }
  if (membership === 'free' && verified === false) report(ctx, 'seller/unverified-free-member', 'settings');
}
