import type { Message, Settings } from '../types.ts';

/**
 * Labels people read on more than one face (the extension's options page and popup, the Sheets sidebar, the
 * in-page panel, messages that send the user to a setting), in both languages, once.
 */
export const SETTING_LABELS = {
  membership: { en: 'Membership', zh: '会员类型' },
  region: { en: 'Region', zh: '地区' },
  verified: { en: 'Real-name verified (free members)', zh: '已通过实名认证（免费会员）' },
  violationPoints: { en: 'Violation points', zh: '违规扣分' },
  infringementComplaints: { en: 'Serious-infringement complaints', zh: '严重侵权投诉次数' },
  taQuota: { en: 'Available TA quota (USD)', zh: '可用信用保障额度（美元）' },
  fxQuota: { en: 'Advance-FX quota (USD)', zh: '预收外汇额度（美元）' },
  usdCny: { en: 'USD→CNY rate for comparisons', zh: '美元兑人民币汇率（用于比较）' },
  settlementRate: { en: 'USD→CNY settlement rate for withdrawals', zh: '提现结汇汇率（美元兑人民币）' },
  serviceFeeRate: { en: 'Your service-fee rate (e.g. 0.015)', zh: '您的交易服务费费率（如 0.015）' },
} as const satisfies Record<keyof Settings, Message>;

/** The values of the enumerated settings. */
export const SETTING_VALUE_LABELS = {
  membership: {
    paid: { en: 'paid supplier', zh: '付费会员' },
    free: { en: 'free (registered) supplier', zh: '免费会员' },
  },
  region: {
    mainland: { en: 'mainland China', zh: '中国大陆' },
    HK: { en: 'Hong Kong', zh: '香港' },
    TW: { en: 'Taiwan', zh: '台湾' },
  },
} as const satisfies {
  membership: Record<NonNullable<Settings['membership']>, Message>;
  region: Record<NonNullable<Settings['region']>, Message>;
};

/** The fees of a quote, as every face names them. */
export const FEE_LABELS = {
  buyerFee: { en: "Buyer's fee", zh: '买家手续费' },
  serviceFee: { en: 'Service fee', zh: '交易服务费' },
  withdrawalFee: { en: 'Withdrawal fee', zh: '提现手续费' },
  net: { en: 'Net received', zh: '实际到账' },
  timeToArrive: { en: 'Arrives in', zh: '到账时间' },
  limit: { en: 'Limit', zh: '限额' },
  notStated: { en: 'not stated', zh: '未说明' },
  needsRate: { en: 'needs your exchange rate', zh: '需要您的汇率' },
} as const satisfies Record<string, Message>;
