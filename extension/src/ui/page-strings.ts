/** Texts of the popup calculator and the options page, in both product languages. */
import type { Lang, Message } from '@ta-toolkit/core/types';

export const P = {
  calcTitle: { en: 'TA fee calculator', zh: '信保费用计算器' },
  amount: { en: 'Amount', zh: '金额' },
  currency: { en: 'Currency', zh: '币种' },
  orderType: { en: 'Order type', zh: '订单类型' },
  exportMode: { en: 'Export mode', zh: '出口方式' },
  method: { en: 'Payment method', zh: '支付方式' },
  logistics: { en: 'Logistics', zh: '物流' },
  logisticsUnknown: { en: 'not chosen (1–2%)', zh: '未选择（1–2%）' },
  logisticsPlatform: { en: 'Alibaba.com Logistics', zh: '平台物流' },
  logisticsThird: { en: 'third-party', zh: '第三方物流' },
  withdrawCurrency: { en: 'Withdraw in', zh: '提现币种' },
  withdrawTo: { en: 'Withdraw to', zh: '收款账户' },
  corporate: { en: 'corporate account', zh: '对公账户' },
  personal: { en: "legal rep.'s personal account", zh: '法人个人账户' },
  buyerFee: { en: "Buyer's payment fee (one payment)", zh: '买家支付手续费（单笔）' },
  amountInvalid: {
    en: 'Enter an amount such as 2500 or 2,500.00.',
    zh: '请输入金额，例如 2500 或 2,500.00。',
  },
  chartTitle: { en: "Buyer's fee by amount, per method", zh: '各支付方式手续费随金额变化' },
  chartNote: {
    en: 'Shaded bands are ranges stated by the source; a line ends at the method’s limit. Methods whose fee is in another currency or not stated are not drawn.',
    zh: '阴影带表示来源给出的费用区间；线条在该方式的限额处结束。费用为其他币种或未说明的方式不绘制。',
  },
  notDrawn: { en: 'Not drawn', zh: '未绘制' },
  options: { en: 'Settings', zh: '设置' },
  offline: {
    en: 'All calculations run on this computer. Nothing is sent anywhere.',
    zh: '所有计算在本机完成，不发送任何数据。',
  },
  optTitle: { en: 'TA Toolkit settings', zh: '信保助手设置' },
  language: { en: 'Language', zh: '语言' },
  langAuto: { en: 'Follow the page', zh: '跟随页面' },
  notSet: { en: '— not set —', zh: '— 未设置 —' },
  save: { en: 'Save', zh: '保存' },
  saved: { en: 'Saved.', zh: '已保存。' },
  notSaved: { en: 'Not saved: fix the fields marked below.', zh: '未保存：请修改下方标出的字段。' },
  settingsHelp: {
    en: 'Every setting is optional: a check that needs a missing setting stays silent. Stored in your browser’s sync storage only.',
    zh: '所有设置均为选填：缺少设置时，相关检查不提示。仅保存在浏览器的同步存储中。',
  },
} satisfies Record<string, Message>;

export function p(key: keyof typeof P, lang: Lang): string {
  return P[key][lang];
}

export function uiLang(pref: 'auto' | Lang, navigatorLang: string | undefined): Lang {
  if (pref === 'en' || pref === 'zh') return pref;
  return (navigatorLang ?? '').toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
