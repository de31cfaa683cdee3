import type { Order } from './order.ts';

/**
 * Where an order is in its life after the draft (fund-linking.md "Rows past the draft"), from the optional
 * columns confirmed_on, status, advance_paid, shipped_on.
 */

/** Confirmed, or a status beyond drafting (待支付 and later): the draft-time date rules no longer apply. */
export function isPastDraft(order: Order): boolean {
  return order.confirmedOn !== null || (order.status !== null && order.status !== 'draft');
}

/** Shipped: a shipped date, or a status that says so (待收货, 已完成). */
export function isShipped(order: Order): boolean {
  return order.shippedOn !== null || order.status === 'shipped' || order.status === 'completed';
}

/** Nothing paid: no advance linked (0 or not given) and, when a status is given, it is 待支付. */
export function isUnpaid(order: Order): boolean {
  return (order.advancePaid ?? 0) === 0 && (order.status === null || order.status === 'unpaid');
}

/** The day the order must ship by: the fixed date, or the advance's arrival + N days. */
export function shipByDay(order: Order): { date: string; field: 'ship_by_date' | 'ship_within_days' } | null {
  if (order.shipByDate !== null) return { date: order.shipByDate, field: 'ship_by_date' };
  if (order.shipWithinDays === null || order.advanceReceivedOn === null) return null;
  const day = new Date(`${order.advanceReceivedOn}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + order.shipWithinDays);
  return { date: day.toISOString().slice(0, 10), field: 'ship_within_days' };
}
