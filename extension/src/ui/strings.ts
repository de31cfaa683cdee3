/** Every text the extension's own UI shows, in both product languages. Findings carry core's messages. */
import type { Lang, Message } from '@ta-toolkit/core/types';
import type { FormFieldKey } from '../fields.ts';

export const T = {
  brand: { en: 'TA check', zh: '信保检查' },
  noFindings: { en: 'No problems found.', zh: '未发现问题。' },
  findings: { en: 'Findings', zh: '检查结果' },
  fees: { en: 'Fees for this order', zh: '本订单费用' },
  withdrawCurrency: { en: 'Withdraw in', zh: '提现币种' },
  withdrawTo: { en: 'to', zh: '收款账户' },
  corporate: { en: 'corporate account', zh: '对公账户' },
  personal: { en: "legal rep.'s personal account", zh: '法人个人账户' },
  noMethod: { en: 'No payment method chosen yet.', zh: '尚未选择支付方式。' },
  noTotal: { en: 'Order total not readable yet.', zh: '暂时读不到订单总价。' },
  quickFixes: { en: 'One-click fills', zh: '一键填写' },
  fillBalance: { en: 'Balance = total − advance', zh: '尾款 = 总价 − 预付款' },
  fillAdvance: { en: 'Advance {p}%', zh: '预付款 {p}%' },
  fillDays: { en: 'Ship within {n} days', zh: '改为 {n} 个自然日内发货' },
  notFound: {
    en: 'Not found on this page (their checks are skipped):',
    zh: '本页未找到以下字段（相关检查已跳过）：',
  },
  close: { en: 'Close', zh: '关闭' },
  open: { en: 'Open the TA check list', zh: '打开信保检查列表' },
  fillFailed: {
    en: 'Could not fill this field; please enter it by hand.',
    zh: '无法自动填写该字段，请手动填写。',
  },
  localOnly: { en: 'Checked on this computer; nothing is sent.', zh: '仅在本机检查，不发送任何数据。' },
  todoTitle: { en: 'Still to fill in', zh: '尚未填写' },
  todoItem: { en: 'required, not filled in yet', zh: '必填，尚未填写' },
  dismiss: { en: 'Dismiss this hint', zh: '不再提示此项' },
  openSettings: { en: 'Open settings', zh: '打开设置' },
  fillAdvanceLimit: { en: 'Advance {amount} ({method} limit)', zh: '预付款 {amount}（{method}单笔上限）' },
  fillRemark: { en: 'Cut to 2,000 characters', zh: '截断为 2000 字' },
  live: {
    en: '{error} errors, {warning} warnings, {todo} fields to fill in.',
    zh: '错误 {error} 项，提醒 {warning} 项，待填 {todo} 项。',
  },
  rateSetting: {
    en: 'set “{setting}” in Settings',
    zh: '请在设置中填写“{setting}”',
  },
} satisfies Record<string, Message>;

export function t(key: keyof typeof T, lang: Lang, vars: Record<string, string | number> = {}): string {
  return T[key][lang].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
}

/** Field names for the panel (same meaning as the order sheet's columns). */
export const FIELD_NAMES: Partial<Record<FormFieldKey | 'settings', Message>> = {
  order_ref: { en: 'Order no.', zh: '订单号' },
  order_type: { en: 'Order type', zh: '订单类型' },
  drafted_by: { en: 'Drafted by', zh: '起草方' },
  buyer_email: { en: 'Buyer email', zh: '买家邮箱' },
  destination: { en: 'Destination', zh: '目的国' },
  currency: { en: 'Currency', zh: '交易币种' },
  unit_price: { en: 'Unit price', zh: '单价' },
  quantity: { en: 'Quantity', zh: '数量' },
  product_total: { en: 'Product total', zh: '产品总价' },
  freight: { en: 'Freight', zh: '运费' },
  insurance: { en: 'Insurance', zh: '物流保险费' },
  order_total: { en: 'Order total', zh: '订单总价' },
  advance: { en: 'Advance', zh: '预付款' },
  balance: { en: 'Balance', zh: '尾款' },
  payment_method: { en: 'Payment method', zh: '支付方式' },
  payer_currency: { en: 'Payer currency', zh: '付款币种' },
  card_brand: { en: 'Card brand', zh: '卡组织' },
  card_region: { en: 'Card region', zh: '发卡地区' },
  export_mode: { en: 'Export mode', zh: '出口方式' },
  logistics: { en: 'Logistics', zh: '物流' },
  shipping_method: { en: 'Shipping method', zh: '运输方式' },
  trade_term: { en: 'Trade term', zh: '贸易术语' },
  shipping_address: { en: 'Shipping address', zh: '收货地址' },
  ship_within_days: { en: 'Ship within (days)', zh: '发货天数' },
  ship_by_date: { en: 'Ship-by date', zh: '指定发货日期' },
  ship_date_mode: { en: 'Ship date', zh: '发货日期' },
  remark: { en: 'Remark', zh: '订单备注' },
  withdraw_amount: { en: 'Withdrawal amount', zh: '提现金额' },
  withdraw_currency: { en: 'Withdrawal currency', zh: '提现币种' },
  withdraw_to: { en: 'Withdraw to', zh: '收款账户' },
  withdraw_from: { en: 'Withdraw from', zh: '提现账户' },
  shipped_on: { en: 'Shipped on', zh: '发货日' },
  settings: { en: 'Settings', zh: '设置' },
};
