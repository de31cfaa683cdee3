import { pct, type Ratio } from '../money/ratio.ts';
import type { Message } from '../types.ts';
import type { WithdrawAccount, WithdrawTo } from './vocabulary.ts';

/**
 * Withdrawal: rules.md §8, from 000 第六步 "订单提现" (the withdrawal table and its notes, 2019–2021 screens).
 *
 * Account (000: 选择一达通代理出口方式的，从一达通出口账户提现; 选择自营出口、市场采购出口、便捷发货出口方式的，
 * 从自主出口账户提现): see ExportMode.account in export-modes.ts.
 */
export type WithdrawalFeeSpec =
  | { kind: 'none' }
  /** A fixed fee per withdrawal in USD minor units ($15/笔). */
  | { kind: 'fixed-usd'; minor: number }
  /** A percentage of the settled amount (结汇金额*0.17%). */
  | { kind: 'percent-settled'; rate: Ratio };

export interface WithdrawalRow {
  account: WithdrawAccount;
  currency: 'CNY' | 'USD';
  to: WithdrawTo;
  fee: WithdrawalFeeSpec;
  /** Per-withdrawal limit in USD minor units; null: 不限 (none). */
  limitUsdMinor: number | null;
  arrives: Message;
  source: string;
}

const TABLE = '000 第六步 订单提现 table';
export const WITHDRAWAL_AS_OF = '2021-06';

/** The four rows the source lists. Any other combination is "not stated" (withdrawal/not-stated). */
export const WITHDRAWAL_TABLE: readonly WithdrawalRow[] = [
  {
    // 一达通出口账户 | 人民币 | 境内对公账户 | 无 | 1个工作日 | 不限
    account: 'onetouch',
    currency: 'CNY',
    to: 'corporate',
    fee: { kind: 'none' },
    limitUsdMinor: null,
    arrives: { en: '1 business day', zh: '1个工作日' },
    source: `${TABLE}: 一达通出口账户 人民币 境内对公账户`,
  },
  {
    // 一达通出口账户 | 美金 | 境内对公账户 | $15/笔 | 1-2工作日 | 单笔提现限额$ 500万
    account: 'onetouch',
    currency: 'USD',
    to: 'corporate',
    fee: { kind: 'fixed-usd', minor: 1_500 },
    limitUsdMinor: 500_000_000,
    arrives: { en: '1–2 business days', zh: '1-2工作日' },
    source: `${TABLE}: 一达通出口账户 美金 境内对公账户`,
  },
  {
    // 自主出口账户 | 人民币 | 境内对公账户 | 无 | 1个工作日 | 不限
    account: 'self',
    currency: 'CNY',
    to: 'corporate',
    fee: { kind: 'none' },
    limitUsdMinor: null,
    arrives: { en: '1 business day', zh: '1个工作日' },
    source: `${TABLE}: 自主出口账户 人民币 境内对公账户`,
  },
  {
    // 自主出口账户 | (人民币) | 境内法定代表人个人账户 | 结汇金额*0.17% | 1-4工作日 | 单笔提现限额$5万，不限笔数
    account: 'self',
    currency: 'CNY',
    to: 'personal',
    fee: { kind: 'percent-settled', rate: pct('0.17') },
    limitUsdMinor: 5_000_000,
    arrives: { en: '1–4 business days', zh: '1-4工作日' },
    source: `${TABLE}: 自主出口账户 人民币 境内法定代表人个人账户`,
  },
];

/**
 * 备注: 已认证免费会员人民币提现时，对公、对私手续费均为结汇金额（美金）*0.5%.
 * Decision: it replaces the row's fee (also the 0.17% of the personal row: "均为" = "in both cases is"),
 * for CNY withdrawals from either account.
 */
export const FREE_MEMBER_CNY_FEE = {
  rate: pct('0.5'),
  source: `${TABLE} 备注: 已认证免费会员人民币提现 结汇金额（美金）*0.5%`,
} as const;

/** 备注: 港台客户仅支持美元提现 (withdrawal/currency). */
export const HK_TW_USD_ONLY_SOURCE = `${TABLE} 备注: 港台客户仅支持美元提现`;

/**
 * 000: e收汇订单支持美金和人民币对公提现. Decision: DPO money goes to a corporate account; a personal-account
 * withdrawal of DPO money is not stated (withdrawal/not-stated), and a USD corporate withdrawal from the
 * self-export account is allowed but its fee is not stated either.
 */
export const DPO_CORPORATE_ONLY_SOURCE = '000 第六步: e收汇订单支持美金和人民币对公提现';

export const WITHDRAW_TO_NAMES: Record<WithdrawTo, Message> = {
  corporate: { en: 'domestic corporate account', zh: '境内对公账户' },
  personal: { en: "legal representative's personal account", zh: '境内法定代表人个人账户' },
};

export function findWithdrawalRow(
  account: WithdrawAccount,
  currency: string,
  to: WithdrawTo,
): WithdrawalRow | null {
  for (const row of WITHDRAWAL_TABLE) {
    if (row.account === account && row.currency === currency && row.to === to) return row;
  }
  return null;
}
