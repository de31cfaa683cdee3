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
  serviceFee: { en: "Seller's service fee", zh: '卖家服务费' },
  withdrawalFee: { en: 'Withdrawal fee', zh: '提现手续费' },
  net: { en: 'Net received', zh: '实际到账' },
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
  membership: { en: 'Membership', zh: '会员类型' },
  paid: { en: 'paid supplier', zh: '付费会员' },
  free: { en: 'free (registered) supplier', zh: '免费会员' },
  region: { en: 'Region', zh: '地区' },
  mainland: { en: 'mainland China', zh: '中国大陆' },
  verified: { en: 'Real-name verified (free members)', zh: '已通过实名认证（免费会员）' },
  violationPoints: { en: 'Violation points', zh: '违规扣分' },
  infringementComplaints: { en: 'Serious-infringement complaints', zh: '严重侵权投诉次数' },
  taQuota: { en: 'Available TA quota (USD)', zh: '可用信用保障额度（美元）' },
  fxQuota: { en: 'Advance-FX quota (USD)', zh: '预收外汇额度（美元）' },
  usdCny: { en: 'USD→CNY rate for comparisons', zh: '美元兑人民币汇率（用于比较）' },
  settlementRate: { en: 'USD→CNY settlement rate for withdrawals', zh: '提现结汇汇率（美元兑人民币）' },
  serviceFeeRate: { en: 'Your service-fee rate (e.g. 0.015)', zh: '您的交易服务费费率（如 0.015）' },
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
