import { describe, expect, it } from 'vitest';
import { checkOrder } from '../../src/check/check-order.ts';
import type { OrderInput } from '../../src/types.ts';
import { order, SETTINGS, TODAY, VALID_ORDER } from './base-order.ts';

const rules = (changes: OrderInput) =>
  checkOrder(order(VALID_ORDER, changes), SETTINGS, TODAY).findings.map((f) => f.rule);

describe('rows past the draft (fund-linking.md)', () => {
  it('a shipped, confirmed order is not shipping/already-shipped', () => {
    expect(rules({ shipped_on: '2026-11-10' })).toEqual(['shipping/already-shipped']);
    expect(rules({ shipped_on: '2026-11-10', confirmed_on: '2026-11-01' })).toEqual([]);
    expect(rules({ shipped_on: '2026-11-10', status: '待收货' })).toEqual([]);
  });

  it('a passed ship date on a confirmed, unshipped order is shipping/overdue, not shipping/date-past', () => {
    const past = { ship_within_days: undefined, ship_by_date: '2026-11-15' };
    expect(rules(past)).toEqual(['shipping/date-past']);
    expect(rules({ ...past, confirmed_on: '2026-11-01', status: '待发货' })).toEqual(['shipping/overdue']);
  });

  it('counts N days from the advance’s arrival, and skips the draft-time day-count warning', () => {
    const late = { ship_within_days: '2', advance_received_on: '2026-11-10', status: '待发货' };
    expect(rules(late)).toEqual(['shipping/overdue']);
    expect(rules({ ...late, advance_received_on: '2026-11-18' })).toEqual([]);
    expect(rules({ ship_within_days: '2' })).toEqual(['shipping/days-too-short']);
  });

  it('stays silent without the columns it needs', () => {
    // confirmed long ago, but nothing says whether it is paid or shipped
    expect(
      rules({ confirmed_on: '2026-10-01', ship_within_days: undefined, ship_by_date: '2026-10-20' }),
    ).toEqual([]);
  });

  it('reads payment/overdue from the status or the paid advance, and never for a closed order', () => {
    expect(rules({ confirmed_on: '2026-11-01', status: '待支付' })).toEqual(['payment/overdue']);
    expect(rules({ confirmed_on: '2026-11-01', status: '待发货' })).toEqual([]);
    expect(rules({ confirmed_on: '2026-11-01', advance_paid: '750.00' })).toEqual([]);
    expect(rules({ confirmed_on: '2026-11-01', status: '已关闭' })).toEqual([]);
  });

  it('reports a status it does not know, quoting it', () => {
    const findings = checkOrder(order(VALID_ORDER, { status: 'pending-ish' }), SETTINGS, TODAY).findings;
    expect(findings.map((f) => [f.rule, f.field])).toEqual([['input/invalid', 'status']]);
    expect(findings[0]?.message.en).toContain('"pending-ish"');
  });
});
