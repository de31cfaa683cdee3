/**
 * Order detail (/ta/detail.htm?orderId=…): our service fee for this order beside the platform's own
 * estimate (预估交易服务费, in the `fund_1` block of the page's inline window.VISION_SCHEMA), and a
 * visible note with both numbers when they differ: a rule change, or a data error.
 *
 * Markers (a public contract): [data-ta-fee-compare][data-currency][data-ours-low][data-ours-high]
 * [data-platform][data-differs="true"|"false"], amounts as decimal strings.
 */
import { formatFee, formatMinor, parseAmount } from '@ta-toolkit/core/money/index';
import { quoteOrder } from '@ta-toolkit/core/quote';
import { FEE_LABELS } from '@ta-toolkit/core/tables/labels';
import type { CurrencyCode, Fee, Finding, Message } from '@ta-toolkit/core/types';
import { type Child, h } from '../ui/dom.ts';
import type { Feature, FeatureContext, Found } from './feature.ts';
import { COLON, paintMark } from './mark.ts';
import { innermost } from './page-text.ts';
import { isOrderDetail } from './pages.ts';
import { fieldValue, findKey, readVisionSchema } from './vision-schema.ts';

const ESTIMATED_FEE = /预估交易服务费|estimated (?:transaction )?service fee/i;
const ORDER_TOTAL = /^(?:订单总价|订单金额|order (?:total|amount))$/i;
const EXPORT_MODE = /^(?:出口方式|export mode)$/i;
const LOGISTICS = /^(?:物流服务|物流|logistics)$/i;

export interface DetailFees {
  platform: { minor: number; currency: CurrencyCode } | null;
  ours: Fee | null;
  /** Why ours is a range or not computed (core's quote says). */
  why: Message | null;
  findings: readonly Finding[];
}

const money = (text: string | null) => {
  if (text === null) return null;
  const p = parseAmount(text);
  return p.ok && p.currency && !p.negative ? { minor: p.minor, currency: p.currency } : null;
};

/** Read the schema and quote ours (core's quoteOrder); null when the page has no fund_1 estimate. */
export function detailFees(
  doc: Document,
  ctx: Pick<FeatureContext, 'settings' | 'today'>,
): DetailFees | null {
  const schema = readVisionSchema(doc);
  const fund = findKey(schema, 'fund_1');
  const platformText = fieldValue(fund, ESTIMATED_FEE);
  if (platformText === null) return null;
  const totalText = fieldValue(schema, ORDER_TOTAL);
  const total = money(totalText);
  const exportMode = fieldValue(schema, EXPORT_MODE);
  if (total === null || exportMode === null)
    return { platform: money(platformText), ours: null, why: null, findings: [] };
  const quote = quoteOrder(
    {
      order_type: 'TA',
      currency: total.currency,
      order_total: totalText,
      export_mode: exportMode,
      logistics: fieldValue(schema, LOGISTICS) ?? undefined,
    },
    ctx.settings,
    ctx.today,
  );
  const { fee, why, findings } = quote.service;
  return { platform: money(platformText), ours: fee, why, findings };
}

function differs(d: DetailFees): boolean | null {
  if (!d.platform || !d.ours || d.ours.currency !== d.platform.currency) return null;
  return d.platform.minor < d.ours.low || d.platform.minor > d.ours.high;
}

function paint(ctx: FeatureContext): Found {
  const d = detailFees(ctx.doc, ctx);
  if (d === null) return null;
  const anchor = innermost(ctx.doc.body, ESTIMATED_FEE)[0];
  if (!anchor) return null;
  const row = anchor.parentElement ?? anchor;
  const diff = differs(d);
  const platform = d.platform
    ? `${d.platform.currency} ${formatMinor(d.platform.minor, d.platform.currency)}`
    : '—';
  const ours = formatFee(d.ours, ctx.lang);
  const lines: Child[] = [
    h('div', { class: 'title' }, T.title[ctx.lang]),
    h('div', { class: 'row' }, `${T.ours[ctx.lang]}${COLON[ctx.lang]}${ours}`),
    d.why ? h('div', { class: 'row note' }, `(${d.why[ctx.lang]})`) : null,
    h('div', { class: 'row' }, `${T.platform[ctx.lang]}${COLON[ctx.lang]}${platform}`),
  ];
  if (diff === true)
    lines.push(
      h('div', { class: 'row differs', 'data-ta-fee-note': '' }, T.differs(platform, ours)[ctx.lang]),
    );
  else if (diff === false) lines.push(h('div', { class: 'row note' }, T.same[ctx.lang]));
  else lines.push(h('div', { class: 'row note' }, T.cannot[ctx.lang]));
  for (const f of d.findings)
    lines.push(h('div', { class: `finding ${f.severity}`, 'data-rule': f.rule }, f.message[ctx.lang]));
  paintMark(
    row,
    'fee-compare',
    [
      h(
        'div',
        {
          class: 'panel',
          'data-ta-fee-compare': '',
          'data-currency': d.ours?.currency ?? d.platform?.currency ?? '',
          'data-ours-low': d.ours ? formatMinor(d.ours.low, d.ours.currency) : '',
          'data-ours-high': d.ours ? formatMinor(d.ours.high, d.ours.currency) : '',
          'data-platform': d.platform ? formatMinor(d.platform.minor, d.platform.currency) : '',
          'data-differs': diff === null ? null : String(diff),
        },
        ...lines,
      ),
    ],
    'after',
    true,
  );
  return diff ? T.foundDiffers(platform, ours) : T.foundSame;
}

const T = {
  title: {
    en: `TA Toolkit: ${FEE_LABELS.serviceFee.en.toLowerCase()}`,
    zh: `信保助手：${FEE_LABELS.serviceFee.zh}`,
  },
  ours: { en: 'By the fee rules', zh: '按费率规则计算' },
  platform: { en: "Platform's estimate", zh: '平台预估' },
  same: { en: "The platform's estimate is within ours.", zh: '平台预估与规则计算一致。' },
  cannot: {
    en: 'Cannot compare (the order total, export mode or currency could not be read).',
    zh: '无法比较（未能读取订单总价、出口方式或币种）。',
  },
  differs: (platform: string, ours: string): Message => ({
    en: `The platform estimates ${platform}, the rules give ${ours}: the fee rules may have changed, or the order data is wrong.`,
    zh: `平台预估 ${platform}，按规则应为 ${ours}：可能费率规则已变，或订单数据有误。`,
  }),
  foundDiffers: (platform: string, ours: string): Message => ({
    en: `Order detail: the platform's service fee ${platform} differs from ours (${ours})`,
    zh: `订单详情：平台服务费 ${platform} 与规则计算（${ours}）不同`,
  }),
  foundSame: {
    en: "Order detail: the platform's service fee matches ours",
    zh: '订单详情：平台服务费与规则计算一致',
  },
};

export const orderDetailFees: Feature = {
  id: 'order-detail-fees',
  include: (url) => isOrderDetail(url),
  run: paint,
};
