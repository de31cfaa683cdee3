/**
 * Order list (所有订单): per order, a badge with the days left for the buyer to pay (the 15-day window,
 * rules.md §6) while the advance is awaited, and the days left to ship (its "2021-06-18前发货" date)
 * while it awaits shipment; overdue in red. Read from what the list shows, in zh or en.
 *
 * Markers (a public contract): [data-ta-badge="pay"|"ship"][data-order][data-days], days in whole US
 * Pacific days, negative when overdue.
 *
 * The list shows the order's date, not the day the buyer confirmed: the window is counted from the date
 * shown. Confirmation comes on or after it, so the badge never shows more time than there is.
 */
import { daysBetween } from '@ta-toolkit/core/check/dates';
import type { Message } from '@ta-toolkit/core/types';
import { h } from '../ui/dom.ts';
import type { Feature, FeatureContext, Found } from './feature.ts';
import { paintMark, removeMarksExcept } from './mark.ts';
import { innermost, textNodes, textOf } from './page-text.ts';
import { isOrderList } from './pages.ts';

/** rules.md §6: the buyer pays within 15 natural days. */
export const PAY_WINDOW_DAYS = 15;
/** Fewer days than this left: the badge turns amber. */
const SOON_DAYS = 3;

const ORDER_NUMBER = /\b\d{15,20}\b/g;
const DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const AWAITING_ADVANCE = /待买家支付预付款|待支付预付款|Awaiting advance payment/i;
const AWAITING_PAYMENT = /待买家付款|待支付(?!尾款)|Awaiting (?:buyer )?payment/i;
const AWAITING_SHIPMENT = /待卖家发货|待发货|Awaiting shipment|To be shipped/i;
const SHIP_BY = /(\d{4}-\d{2}-\d{2})\s*前发货|Ship (?:by|before)\s*(\d{4}-\d{2}-\d{2})/i;

export interface ListOrder {
  order: string;
  card: Element;
  /** The element holding the order's state (badges go after it). */
  status: Element;
  pay: { deadline: string } | null;
  ship: { deadline: string } | null;
}

const addDays = (iso: string, n: number) =>
  new Date(Date.parse(iso) + n * 86_400_000).toISOString().slice(0, 10);

/** Each order card: the largest element holding one order number and no other. */
export function readOrderList(doc: Document): ListOrder[] {
  const holders: { order: string; el: Element }[] = [];
  for (const t of textNodes(doc.body)) {
    for (const order of t.nodeValue?.match(ORDER_NUMBER) ?? [])
      if (t.parentElement) holders.push({ order, el: t.parentElement });
  }
  const cards = new Map<string, Element>();
  for (const { order, el } of holders) {
    if (cards.has(order)) continue;
    let card = el;
    const others = holders.filter((x) => x.order !== order);
    while (card.parentElement && card.parentElement !== doc.body) {
      const parent = card.parentElement;
      if (others.some((x) => parent.contains(x.el))) break;
      card = parent;
    }
    cards.set(order, card);
  }
  const out: ListOrder[] = [];
  for (const [order, card] of cards) {
    const text = textOf(card);
    const state = [AWAITING_ADVANCE, AWAITING_PAYMENT, AWAITING_SHIPMENT].find((re) => re.test(text));
    if (!state) continue;
    const status = innermost(card, state)[0] ?? card;
    const shipBy = SHIP_BY.exec(text);
    const shipDate = shipBy?.[1] ?? shipBy?.[2];
    // the order's date: the first date the card shows that is not its ship-by date
    const shown = textNodes(card)
      .filter((t) => !SHIP_BY.test(t.nodeValue ?? ''))
      .map((t) => DATE.exec(t.nodeValue ?? '')?.[0])
      .find((d) => d !== undefined);
    out.push({
      order,
      card,
      status,
      pay: state !== AWAITING_SHIPMENT && shown ? { deadline: addDays(shown, PAY_WINDOW_DAYS) } : null,
      ship: state === AWAITING_SHIPMENT && shipDate ? { deadline: shipDate } : null,
    });
  }
  return out;
}

const dayCount = (n: number) => `${n} day${n === 1 ? '' : 's'}`;

function badgeText(kind: 'pay' | 'ship', days: number): Message {
  if (kind === 'pay') {
    if (days < 0) return { en: `Payment overdue by ${dayCount(-days)}`, zh: `付款已逾期 ${-days} 天` };
    if (days === 0) return { en: 'Payment due today', zh: '今天付款截止' };
    return { en: `${dayCount(days)} left to pay`, zh: `付款剩 ${days} 天` };
  }
  if (days < 0) return { en: `Shipping overdue by ${dayCount(-days)}`, zh: `发货已逾期 ${-days} 天` };
  if (days === 0) return { en: 'Ship today', zh: '今天须发货' };
  return { en: `${dayCount(days)} left to ship`, zh: `发货剩 ${days} 天` };
}

function badgeTitle(kind: 'pay' | 'ship', deadline: string): Message {
  return kind === 'pay'
    ? {
        en: `The buyer pays within ${PAY_WINDOW_DAYS} days: by ${deadline} (counted from the order's date, US Pacific time)`,
        zh: `买家须在 ${PAY_WINDOW_DAYS} 天内付款：${deadline} 前（从订单日期起算，美国太平洋时间）`,
      }
    : { en: `Ship by ${deadline} (US Pacific time)`, zh: `${deadline} 前发货（美国太平洋时间）` };
}

function paint(ctx: FeatureContext): Found {
  const orders = readOrderList(ctx.doc);
  const keep = new Set<string>();
  let overdue = 0;
  let badges = 0;
  for (const o of orders) {
    const parts = (['pay', 'ship'] as const).flatMap((kind) => {
      const deadline = o[kind]?.deadline;
      if (!deadline) return [];
      const days = daysBetween(ctx.today, deadline);
      if (days < 0) overdue++;
      badges++;
      const cls = days < 0 ? 'badge overdue' : days < SOON_DAYS ? 'badge soon' : 'badge';
      return [
        h(
          'span',
          {
            class: cls,
            'data-ta-badge': kind,
            'data-order': o.order,
            'data-days': String(days),
            title: badgeTitle(kind, deadline)[ctx.lang],
          },
          badgeText(kind, days)[ctx.lang],
        ),
      ];
    });
    if (parts.length === 0) continue;
    const key = `badges-${o.order}`;
    keep.add(key);
    paintMark(o.status, key, parts);
  }
  removeMarksExcept(ctx.doc, 'badges-', keep);
  if (badges === 0) return null;
  return {
    en: `Order list: ${badges} deadline badge(s), ${overdue} overdue`,
    zh: `订单列表：${badges} 个期限标记，${overdue} 个已逾期`,
  };
}

export const orderListBadges: Feature = {
  id: 'order-list-badges',
  include: (url) => isOrderList(url),
  run: paint,
};
