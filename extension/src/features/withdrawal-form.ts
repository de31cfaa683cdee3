/**
 * The withdrawal form (发起提现/转款; its address is not public, so it runs on the seller's toolbar
 * click): the §8 rules inline beside their fields — the personal account only from the self-export
 * account and only in CNY, Hong Kong and Taiwan members USD only, the per-withdrawal limits — and the fee
 * and the net beside 实际到账金额, from core's withdrawalFee (the same numbers ta-check gives).
 *
 * Markers: [data-ta-withdrawal][data-currency][data-fee-low][data-fee-high][data-net-low][data-net-high]
 * (decimal strings; empty when not known); findings keep [data-rule].
 */
import { formatFee, formatMinor, parseAmount } from '@ta-toolkit/core/money/index';
import { quoteOrder } from '@ta-toolkit/core/quote';
import { FEE_LABELS } from '@ta-toolkit/core/tables/labels';
import type { Finding, Message } from '@ta-toolkit/core/types';
import { type Child, h } from '../ui/dom.ts';
import type { Feature, FeatureContext, Found } from './feature.ts';
import { findItem, itemValue } from './form-items.ts';
import { COLON, paintMark, removeMarksExcept } from './mark.ts';

const LABELS = {
  from: /提现账户|Withdraw from/,
  currency: /提现币种|Currency/,
  to: /收款账号|Receiving account/,
  amount: /提现金额|Amount/,
  net: /实际到账金额|Amount received/,
};

export interface WithdrawalInputs {
  /** onetouch / self: the account the money leaves (its export mode for core). */
  account: 'onetouch' | 'self' | null;
  currency: 'USD' | 'CNY' | null;
  to: 'corporate' | 'personal' | null;
  amount: string;
}

export function readWithdrawal(doc: Document): WithdrawalInputs | null {
  const items = {
    from: findItem(doc, LABELS.from),
    currency: findItem(doc, LABELS.currency),
    to: findItem(doc, LABELS.to),
    amount: findItem(doc, LABELS.amount),
    net: findItem(doc, LABELS.net),
  };
  if (!items.from || !items.amount || !items.net) return null;
  const from = itemValue(items.from);
  const currency = items.currency ? itemValue(items.currency) : '';
  const to = items.to ? itemValue(items.to) : '';
  return {
    account: /一达通|OneTouch/i.test(from) ? 'onetouch' : /自主出口|self-export/i.test(from) ? 'self' : null,
    currency: /CNY|人民币|RMB/i.test(currency) ? 'CNY' : /USD|美元|美金/i.test(currency) ? 'USD' : null,
    to: /个人|personal/i.test(to) ? 'personal' : /对公|corporate/i.test(to) ? 'corporate' : null,
    amount: itemValue(items.amount),
  };
}

const FIELD_ITEM: Record<string, RegExp> = {
  withdraw_currency: LABELS.currency,
  withdraw_to: LABELS.to,
  withdraw_amount: LABELS.amount,
};

function paint(ctx: FeatureContext): Found {
  const inputs = readWithdrawal(ctx.doc);
  const net = findItem(ctx.doc, LABELS.net);
  if (!inputs || !net) return null;
  const keep = new Set(['withdrawal-net']);
  const parsed = parseAmount(inputs.amount);
  const findings: Finding[] = [];
  let fee = null;
  let netFee = null;
  /** What is missing before a quote (said instead of the numbers). */
  let missing: Message | null = null;
  /** Why the quoted fee is a range or not computed. */
  let why: Message | null = null;
  if (!inputs.account || !inputs.currency || !inputs.to) missing = T.choose;
  else if (inputs.amount.trim() === '') missing = T.typeAmount;
  else if (!parsed.ok || parsed.negative) missing = T.notAmount(inputs.amount);
  else {
    // core's quote for the same fields ta-check reads (order-sheet.md withdraw_*): the amount leaves the
    // account in its currency (USD unless typed with another), the account stands for the export mode
    const quote = quoteOrder(
      {
        order_type: 'TA',
        currency: parsed.currency ?? 'USD',
        export_mode: inputs.account,
        withdraw_from: inputs.account,
        withdraw_amount: inputs.amount,
        withdraw_currency: inputs.currency,
        withdraw_to: inputs.to,
      },
      ctx.settings,
      ctx.today,
    );
    fee = quote.withdrawal?.fee ?? null;
    netFee = quote.withdrawal?.net ?? null;
    why = quote.withdrawal?.why ?? null;
    findings.push(...(quote.withdrawal?.findings ?? []));
  }
  // each finding beside the field it is about
  for (const f of findings) {
    const item = findItem(ctx.doc, FIELD_ITEM[f.field] ?? LABELS.amount);
    if (!item) continue;
    const key = `withdrawal-${f.field}`;
    keep.add(key);
    const same = findings.filter(
      (g) => (FIELD_ITEM[g.field] ?? LABELS.amount) === (FIELD_ITEM[f.field] ?? LABELS.amount),
    );
    paintMark(
      item.control,
      key,
      same.map((g) => h('div', { class: `finding ${g.severity}`, 'data-rule': g.rule }, g.message[ctx.lang])),
      'append',
      true,
    );
  }
  const dec = (m: number | undefined, c: string | undefined) =>
    m === undefined || !c ? '' : formatMinor(m, c as 'USD');
  const body: Child[] = missing
    ? [h('div', { class: 'note' }, missing[ctx.lang])]
    : [
        h(
          'div',
          { class: 'row' },
          `${FEE_LABELS.withdrawalFee[ctx.lang]}${COLON[ctx.lang]}${formatFee(fee, ctx.lang)}`,
        ),
        h(
          'div',
          { class: 'row' },
          `${FEE_LABELS.net[ctx.lang]}${COLON[ctx.lang]}${formatFee(netFee, ctx.lang)}`,
        ),
        why ? h('div', { class: 'row note' }, `(${why[ctx.lang]})`) : null,
      ];
  paintMark(
    net.control,
    'withdrawal-net',
    [
      h(
        'div',
        {
          class: 'panel',
          'data-ta-withdrawal': '',
          'data-currency': netFee?.currency ?? fee?.currency ?? '',
          'data-fee-low': dec(fee?.low, fee?.currency),
          'data-fee-high': dec(fee?.high, fee?.currency),
          'data-net-low': dec(netFee?.low, netFee?.currency),
          'data-net-high': dec(netFee?.high, netFee?.currency),
        },
        h('div', { class: 'title' }, T.title[ctx.lang]),
        ...body,
      ),
    ],
    'append',
    true,
  );
  removeMarksExcept(ctx.doc, 'withdrawal-', keep);
  const errors = findings.filter((f) => f.severity === 'error').length;
  return {
    en: `Withdrawal form: fee ${formatFee(fee, 'en')}, net ${formatFee(netFee, 'en')}${errors ? `, ${errors} error(s)` : ''}`,
    zh: `提现表单：手续费 ${formatFee(fee, 'zh')}，实际到账 ${formatFee(netFee, 'zh')}${errors ? `，${errors} 个错误` : ''}`,
  };
}

const T = {
  title: { en: 'TA Toolkit: withdrawal', zh: '信保助手：提现' },
  choose: {
    en: 'Choose the account, the currency and the receiving account to see the fee.',
    zh: '请选择提现账户、提现币种和收款账号以计算手续费。',
  },
  typeAmount: {
    en: 'Type the amount to see the fee and the net.',
    zh: '请输入提现金额以计算手续费和实际到账金额。',
  },
  notAmount: (v: string): Message => ({ en: `"${v}" is not an amount.`, zh: `“${v}”不是有效金额。` }),
};

export const withdrawalForm: Feature = {
  id: 'withdrawal-form',
  include: (_url, doc) => findItem(doc, LABELS.net) !== null && findItem(doc, LABELS.from) !== null,
  run: paint,
};
