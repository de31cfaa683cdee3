import { LEGACY_INCOTERMS, resolveIncoterm } from '../rules/incoterms.ts';
import type { Message } from '../types.ts';
import { cellText, F, type OrderContext, report } from './context.ts';
import { daysBetween, parseIsoDate } from './dates.ts';
import { readWholeNumber } from './read-money.ts';

/** 000 第二步: "填写0-2天很容易逾期" — 0, 1 and 2 days are the risky values. */
export const RISKY_SHIP_DAYS = 2;
const DAYS: Message = { en: 'a whole number of days', zh: '整数天数' };
const DATE: Message = { en: 'a date (YYYY-MM-DD)', zh: '日期（YYYY-MM-DD）' };

/** §3 shipping terms: address, method, trade term, ship date (days or fixed date), already shipped. */
export function checkShipping(ctx: OrderContext): void {
  if (cellText(ctx, F.shipping_address) === '') report(ctx, 'shipping/address-missing', 'shipping_address');
  if (cellText(ctx, F.shipping_method) === '') report(ctx, 'shipping/method-missing', 'shipping_method');

  const term = cellText(ctx, F.trade_term);
  if (term === '') report(ctx, 'shipping/trade-term-missing', 'trade_term');
  else if (term !== undefined) {
    const { term: code, kind } = resolveIncoterm(term);
    if (kind === 'unknown') report(ctx, 'shipping/trade-term-unknown', 'trade_term', { value: term });
    if (kind === 'legacy') {
      report(ctx, 'shipping/trade-term-legacy', 'trade_term', {
        value: code,
        expected: LEGACY_INCOTERMS[code],
      });
    }
  }

  const daysText = cellText(ctx, F.ship_within_days);
  const dateText = cellText(ctx, F.ship_by_date);
  const givenAny = daysText !== undefined || dateText !== undefined;
  if (givenAny && !daysText && !dateText) report(ctx, 'shipping/date-missing', 'ship_within_days');

  const days = readWholeNumber(ctx, F.ship_within_days, DAYS);
  if (typeof days === 'number' && days <= RISKY_SHIP_DAYS) {
    report(ctx, 'shipping/days-too-short', 'ship_within_days', { days });
  }
  if (dateText) {
    const date = parseIsoDate(dateText);
    if (date === null) report(ctx, 'input/invalid', 'ship_by_date', { value: dateText, what: DATE });
    else {
      const ahead = daysBetween(ctx.today, date);
      if (ahead < 0) report(ctx, 'shipping/date-past', 'ship_by_date', { value: date, date: ctx.today });
      else if (ahead <= RISKY_SHIP_DAYS) {
        report(ctx, 'shipping/date-too-soon', 'ship_by_date', { value: date, days: ahead });
      }
    }
  }

  const shipped = cellText(ctx, F.shipped_on);
  if (shipped) {
    const date = parseIsoDate(shipped);
    if (date === null) report(ctx, 'input/invalid', 'shipped_on', { value: shipped, what: DATE });
    else if (daysBetween(date, ctx.today) >= 0 && ctx.type !== 'DPO') {
      report(ctx, 'shipping/already-shipped', 'shipped_on', { value: date });
    }
  }
}
