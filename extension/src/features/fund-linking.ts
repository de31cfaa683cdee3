/**
 * The fund-linking page (外汇关联; its address is not public, so it runs on the seller's toolbar click):
 * for the receipt being linked, core's proposal (order and part, with the reasons) beside that order's row;
 * in the confirm dialog, the amount the seller typed checked against what is outstanding on that part
 * (linking/over-outstanding), the payer against the order's registered payer (linking/payer-mismatch), and
 * the irreversible reminder (linking/irreversible) next to 确认关联. It never clicks anything.
 *
 * Markers: a proposal is [data-ta-proposal][data-order][data-part]; findings keep [data-rule].
 */

import { type LinkOrder, type LinkReceipt, PART_NAME, proposeLinks } from '@ta-toolkit/core/linking/index';
import { formatMoney, parseAmount, subtract } from '@ta-toolkit/core/money/index';
import type { LinkFinding, Message, Money } from '@ta-toolkit/core/types';
import { type Child, h } from '../ui/dom.ts';
import type { Feature, FeatureContext, Found } from './feature.ts';
import {
  type FundDialog,
  type FundOrderRow,
  type FundReceipt,
  readDialog,
  readOrderRows,
  readReceipt,
  watchLinkActions,
} from './fund-page.ts';
import { paintMark, removeMarksExcept } from './mark.ts';
import { innermost } from './page-text.ts';

/** What the page shows when it is the fund-linking page (seed 000 step 5). */
const FUND_PAGE = /外汇关联|关联信用保障订单|Link T\/T receipts|Link to a Trade Assurance order/;

const zero = (m: Money): Money => ({ minor: 0, currency: m.currency });

/** The page's orders as the engine takes them: nothing shown as linked yet, so all of each part is outstanding. */
function engineOrders(rows: readonly FundOrderRow[]): LinkOrder[] {
  return rows.map((r, i) => {
    const currency = r.advance?.currency ?? r.balance?.currency ?? 'USD';
    const part = (m: Money | null) => (m === null ? null : { amount: m, paid: zero(m) });
    return {
      row: i + 1,
      ref: r.order,
      currency,
      buyerName: null,
      registeredPayer: r.registeredPayer || null,
      confirmedOn: null,
      advance: part(r.advance),
      balance: part(r.balance),
      closed: false,
    };
  });
}

function engineReceipt(r: FundReceipt, intended: LinkReceipt['intended']): LinkReceipt {
  return {
    row: 1,
    ref: null,
    receivedAt: null,
    receivedOn: null,
    payer: r.payer ?? '',
    amount: r.amount,
    linked: subtract(r.amount, r.pending) ?? zero(r.amount),
    memo: r.memo,
    intended,
  };
}

const findingLine = (f: LinkFinding, lang: FeatureContext['lang']) =>
  h('div', { class: `finding ${f.severity}`, 'data-rule': f.rule }, f.message[lang]);

function paintProposal(
  ctx: FeatureContext,
  receipt: FundReceipt,
  rows: readonly FundOrderRow[],
  keep: Set<string>,
): Found {
  const result = proposeLinks(engineOrders(rows), [engineReceipt(receipt, null)]);
  const proposal = result.proposals[0]?.reading;
  if (!proposal) {
    const why = result.unmatched[0]?.why;
    keep.add('fund-unmatched');
    paintMark(
      receipt.at,
      'fund-unmatched',
      [
        h(
          'div',
          { class: 'panel' },
          h('div', { class: 'title' }, T.title[ctx.lang]),
          why ? h('div', { class: 'note', 'data-ta-unmatched': '' }, why[ctx.lang]) : null,
        ),
      ],
      'append',
      true,
    );
    return T.noProposal;
  }
  for (const link of proposal.links) {
    const row = rows[link.order];
    if (!row) continue;
    const key = `fund-proposal-${row.order}-${link.part}`;
    keep.add(key);
    const lines: Child[] = [
      h(
        'div',
        { class: 'title' },
        T.proposed(link.part, formatMoney(link.amount), proposal.confidence)[ctx.lang],
      ),
      ...proposal.reasons.map((r) =>
        h('div', { class: 'row', 'data-reason': r.code }, `· ${r.message[ctx.lang]}`),
      ),
      ...proposal.findings
        .filter((f) => f.rule !== 'linking/irreversible')
        .map((f) => findingLine(f, ctx.lang)),
    ];
    const anchor = row.row.lastElementChild ?? row.row;
    paintMark(
      anchor,
      key,
      [
        h(
          'div',
          { class: 'panel', 'data-ta-proposal': '', 'data-order': row.order, 'data-part': link.part },
          ...lines,
        ),
      ],
      'append',
      true,
    );
  }
  const first = proposal.links[0];
  const order = first ? rows[first.order]?.order : undefined;
  return first && order ? T.foundProposal(order, first.part) : T.noProposal;
}

function paintDialog(
  ctx: FeatureContext,
  receipt: FundReceipt | null,
  rows: readonly FundOrderRow[],
  d: FundDialog,
  keep: Set<string>,
): void {
  const inputBox = d.input.parentElement ?? d.input;
  const typed = parseAmount(d.typed);
  const lines: Child[] = [];
  let findings: LinkFinding[] = [];
  if (!d.order || !d.part || !receipt) lines.push(h('div', { class: 'note' }, T.unknownTarget[ctx.lang]));
  else if (d.typed.trim() !== '' && (!typed.ok || typed.negative))
    lines.push(
      h('div', { class: 'finding error', 'data-ta-not-amount': '' }, T.notAmount(d.typed)[ctx.lang]),
    );
  else {
    const amount = typed.ok
      ? { minor: typed.minor, currency: typed.currency ?? receipt.amount.currency }
      : null;
    const result = proposeLinks(engineOrders(rows), [
      engineReceipt(receipt, { order: d.order, part: d.part, amount }),
    ]);
    findings = result.intended[0]?.findings ?? [];
  }
  for (const f of findings) if (f.rule !== 'linking/irreversible') lines.push(findingLine(f, ctx.lang));
  if (lines.length > 0) {
    keep.add('fund-dialog-amount');
    paintMark(inputBox, 'fund-dialog-amount', lines, 'after', true);
  }
  // the reminder beside 确认关联: core's finding when it checked the link, else the same words
  const irreversible = findings.find((f) => f.rule === 'linking/irreversible');
  if (d.confirm) {
    keep.add('fund-dialog-confirm');
    paintMark(d.confirm, 'fund-dialog-confirm', [
      h(
        'span',
        { class: 'finding info', 'data-rule': 'linking/irreversible' },
        (irreversible?.message ?? T.irreversible)[ctx.lang],
      ),
    ]);
  }
}

function paint(ctx: FeatureContext): Found {
  watchLinkActions(ctx.doc);
  const keep = new Set<string>();
  const receipt = readReceipt(ctx.doc);
  const rows = readOrderRows(ctx.doc);
  let found: Found = T.foundPage;
  if (receipt && rows.length > 0) found = paintProposal(ctx, receipt, rows, keep);
  const dialog = readDialog(ctx.doc);
  if (dialog) paintDialog(ctx, receipt, rows, dialog, keep);
  removeMarksExcept(ctx.doc, 'fund-', keep);
  return found;
}

const T = {
  title: { en: 'TA Toolkit: fund linking', zh: '信保助手：外汇关联' },
  proposed: (part: 'advance' | 'balance', amount: string, confidence: number): Message => ({
    en: `TA Toolkit proposes: link ${amount} to this order's ${PART_NAME[part].en} (confidence ${confidence.toFixed(2)})`,
    zh: `信保助手建议：将 ${amount} 关联至此订单的${PART_NAME[part].zh}（置信度 ${confidence.toFixed(2)}）`,
  }),
  irreversible: {
    en: 'A link cannot be changed or undone: check the order and the part before confirming it.',
    zh: '关联后不能修改或撤销：确认前请核对订单和款项类型。',
  },
  unknownTarget: {
    en: 'Which order and part this link is for could not be read: check them before confirming.',
    zh: '无法读取此次关联的订单和款项类型：确认前请核对。',
  },
  notAmount: (v: string): Message => ({ en: `"${v}" is not an amount.`, zh: `“${v}”不是有效金额。` }),
  foundPage: { en: 'Fund-linking page: choose a receipt to link', zh: '外汇关联页面：请选择要关联的到账' },
  noProposal: {
    en: 'Fund linking: no order is clearly the one (see why)',
    zh: '外汇关联：没有明确匹配的订单（见原因）',
  },
  foundProposal: (order: string, part: 'advance' | 'balance'): Message => ({
    en: `Fund linking: proposed order ${order}, ${PART_NAME[part].en}`,
    zh: `外汇关联：建议订单 ${order} 的${PART_NAME[part].zh}`,
  }),
};

export const fundLinking: Feature = {
  id: 'fund-linking',
  include: (_url, doc) => innermost(doc.body, FUND_PAGE).length > 0,
  run: paint,
};
