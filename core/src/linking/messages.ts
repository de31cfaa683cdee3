import { formatMoney } from '../money/index.ts';
import { q, qz, v } from '../rules/quote.ts';
import type { Message, Money } from '../types.ts';
import type { Part } from './types.ts';

/** Bilingual texts of the fund-linking reasons, findings and whys. Amounts are preformatted by formatMoney. */

export const PART_NAME: Readonly<Record<Part, Message>> = {
  advance: { en: 'advance', zh: '预付款' },
  balance: { en: 'balance', zh: '尾款' },
};

/** "order 3118…709" / "订单 3118…709", or the row when the order has no reference. */
export function orderLabel(ref: string | null, row: number): Message {
  return ref === null
    ? { en: `the order in row ${row}`, zh: `第 ${row} 行的订单` }
    : { en: `order ${v(ref)}`, zh: `订单${qz(ref)}` };
}

/** "receipt R-12" / "到账 R-12", or its row when it has no reference. */
export function receiptLabel(ref: string | null, row: number): Message {
  return ref === null
    ? { en: `the receipt in row ${row}`, zh: `第 ${row} 行的到账` }
    : { en: `receipt ${v(ref)}`, zh: `到账${qz(ref)}` };
}

const m = (en: string, zh: string): Message => ({ en, zh });

export const text = {
  referenceExact: (order: Message) =>
    m(`The memo carries the number of ${order.en}.`, `附言中有${order.zh}的订单号。`),
  referenceOneOff: (order: Message, token: string) =>
    m(
      `The memo carries${q(token)}, one digit off the number of ${order.en}.`,
      `附言中的${qz(token)}与${order.zh}的订单号相差一位数字。`,
    ),
  referenceSuffix: (order: Message, token: string) =>
    m(
      `The memo carries${q(token)}, the last ${token.length} digits of the number of ${order.en}.`,
      `附言中的${qz(token)}是${order.zh}订单号的末 ${token.length} 位。`,
    ),
  referencePrefix: (order: Message, token: string) =>
    m(
      `The memo carries${q(token)}, the beginning of the number of ${order.en} (the memo was cut off).`,
      `附言中的${qz(token)}是${order.zh}订单号的开头（附言被截断）。`,
    ),
  amountExact: (received: Money, target: Message) =>
    m(
      `${formatMoney(received)} is exactly what is outstanding on ${target.en}.`,
      `${formatMoney(received)} 正好等于${target.zh}的未付金额。`,
    ),
  amountUnique: (received: Money) =>
    m(
      `No other open order owes ${formatMoney(received)}, to the cent.`,
      `没有其他未结订单的未付金额正好是 ${formatMoney(received)}。`,
    ),
  amountShort: (received: Money, due: Money, shortfall: Money, tolerance: Money, target: Message) =>
    m(
      `${formatMoney(received)} is ${formatMoney(shortfall)} short of the ${formatMoney(due)} outstanding on ${target.en}: bank charges within the ${formatMoney(tolerance)} tolerance.`,
      `${formatMoney(received)} 比${target.zh}的未付金额 ${formatMoney(due)} 少 ${formatMoney(shortfall)}，在银行扣费容差 ${formatMoney(tolerance)} 之内。`,
    ),
  amountCombined: (target: Message) =>
    m(`One transfer pays ${target.en} together.`, `一笔汇款同时支付${target.zh}。`),
  amountPartial: (received: Money, due: Money, target: Message) =>
    m(
      `${formatMoney(received)} pays part of the ${formatMoney(due)} outstanding on ${target.en} (an instalment).`,
      `${formatMoney(received)} 只支付${target.zh}未付金额 ${formatMoney(due)} 的一部分（分期付款）。`,
    ),
  instalmentPair: (other: Message, amount: Money, sum: Money, due: Money, charges: Money) =>
    charges.minor === 0
      ? m(
          `With ${other.en} (${formatMoney(amount)}) from the same payer it adds up to the ${formatMoney(due)} outstanding.`,
          `与同一付款人的${other.zh}（${formatMoney(amount)}）合计正好是未付金额 ${formatMoney(due)}。`,
        )
      : m(
          `With ${other.en} (${formatMoney(amount)}) from the same payer it adds up to ${formatMoney(sum)}: the ${formatMoney(due)} outstanding less ${formatMoney(charges)} of bank charges.`,
          `与同一付款人的${other.zh}（${formatMoney(amount)}）合计 ${formatMoney(sum)}，即未付金额 ${formatMoney(due)} 减去银行扣费 ${formatMoney(charges)}。`,
        ),
  amountExcess: (received: Money, due: Money, rest: Money, target: Message) =>
    m(
      `${formatMoney(received)} is more than the ${formatMoney(due)} outstanding on ${target.en}: ${formatMoney(rest)} stays unlinked.`,
      `${formatMoney(received)} 超过${target.zh}的未付金额 ${formatMoney(due)}，余下 ${formatMoney(rest)} 不关联。`,
    ),
  payerRegistered: (payer: string) =>
    m(`The payer${q(payer)} is the buyer's registered payer.`, `付款人${qz(payer)}是买家备案的付款人。`),
  payerName: (payer: string, buyer: string, close: boolean) =>
    close
      ? m(`The payer${q(payer)} is the buyer${q(buyer)}.`, `付款人${qz(payer)}即买家${qz(buyer)}。`)
      : m(
          `The payer${q(payer)} resembles the buyer${q(buyer)} (a related company or a shortened name).`,
          `付款人${qz(payer)}与买家${qz(buyer)}相近（关联公司或简称）。`,
        ),
  payerUnknown: (payer: string) =>
    m(
      `The payer${q(payer)} is neither the buyer nor its registered payer (an agent?).`,
      `付款人${qz(payer)}既不是买家，也不是备案付款人（代付？）。`,
    ),
  date: (on: string, confirmed: string) =>
    m(
      `Received ${on}, after the buyer confirmed on ${confirmed}.`,
      `${on} 到账，在买家 ${confirmed} 确认订单之后。`,
    ),
  dateBefore: (on: string, confirmed: string) =>
    m(
      `Received ${on}, before the buyer confirmed on ${confirmed}.`,
      `${on} 到账，早于买家确认订单的 ${confirmed}。`,
    ),
  balanceFirst: m(
    'It would pay the balance while the advance is still outstanding.',
    '预付款尚未付清，却要支付尾款。',
  ),
  claimedEarlier: (target: Message) =>
    m(
      `An earlier receipt, not proposed, may already pay ${target.en}.`,
      `之前一笔未建议关联的到账可能已支付${target.zh}。`,
    ),
  runnerUp: (other: Message) =>
    m(
      `Another reading is possible, though less likely: ${other.en}.`,
      `另一种匹配也有可能，但可能性较低：${other.zh}。`,
    ),
  whyNothingLeft: m(
    'Nothing is left to link: the receipt is linked in full.',
    '该笔到账已全部关联，没有可关联的余额。',
  ),
  whyNoCurrency: (currency: string) =>
    m(`No open order is in ${currency}.`, `没有币种为 ${currency} 的未结订单。`),
  whyNoCandidate: m(
    'No open order fits: no order number in the memo, no known payer, no matching amount.',
    '没有匹配的未结订单：附言中没有订单号，付款人未知，金额也对不上。',
  ),
  whyNamedClosed: (order: Message) =>
    m(
      `The memo names ${order.en}, which is closed: nothing can be linked to it.`,
      `附言中的${order.zh}已关闭，无法关联。`,
    ),
  whyNamedOtherCurrency: (order: Message, orderCurrency: string, received: string) =>
    m(
      `The memo names ${order.en}, which is in ${orderCurrency}; this receipt is in ${received}.`,
      `附言中的${order.zh}币种为 ${orderCurrency}，而这笔到账是 ${received}。`,
    ),
  whyNamedPaid: (order: Message) =>
    m(
      `The memo names ${order.en}, which has nothing outstanding left.`,
      `附言中的${order.zh}已没有未付金额。`,
    ),
  whyWeak: m(
    'The best reading is too weak to propose: a link cannot be undone.',
    '最佳匹配的依据不足，不予建议：关联后无法撤销。',
  ),
  whyTie: m(
    'Two readings are about equally likely: choose by hand (a link cannot be undone).',
    '有两种匹配几乎同样可能：请人工选择（关联后无法撤销）。',
  ),
};

/** "the advance of order 3118…" / "订单 3118…的预付款", joined with "and" / "和". */
export function targetLabel(parts: readonly { order: Message; part: Part }[]): Message {
  const en = parts.map((p) => `the ${PART_NAME[p.part].en} of ${p.order.en}`);
  const zh = parts.map((p) => `${p.order.zh}的${PART_NAME[p.part].zh}`);
  return { en: en.join(' and '), zh: zh.join('和') };
}
