import { memoize } from '../memo.ts';
import { compareAcross } from '../money/compare.ts';
import { resolveCurrency } from '../money/currencies.ts';
import { formatMoney } from '../money/format.ts';
import type { Ratio } from '../money/ratio.ts';
import { mulDiv, mulDiv2 } from '../money/round.ts';
import { subtract } from '../money/subtract.ts';
import notStated from '../rules/fee/not-stated.ts';
import rateMissing from '../rules/fx/rate-missing.ts';
import { finding } from '../rules/rule.ts';
import belowFee from '../rules/withdrawal/below-fee.ts';
import currencyRefused from '../rules/withdrawal/currency.ts';
import withdrawalNotStated from '../rules/withdrawal/not-stated.ts';
import overLimit from '../rules/withdrawal/over-limit.ts';
import personalOnetouch from '../rules/withdrawal/personal-onetouch.ts';
import { getExportMode, resolveExportMode } from '../tables/export-modes.ts';
import { resolveOrderType, resolveWithdrawTo, WITHDRAW_ACCOUNT_NAMES } from '../tables/vocabulary.ts';
import {
  FREE_MEMBER_CNY_FEE,
  findWithdrawalRow,
  WITHDRAW_TO_NAMES,
  WITHDRAWAL_TABLE,
  type WithdrawalFeeSpec,
} from '../tables/withdrawal.ts';
import type { CurrencyCode, Fee, Finding, Money, OrderField, Settings } from '../types.ts';
import { NO_FINDINGS, settingsRate } from './fee.ts';

const currencyOf = memoize(resolveCurrency);

export interface WithdrawalFeeArgs {
  /** The amount taken out of the account, in the order's currency (order-sheet.md withdraw_amount). */
  amount: Money;
  exportMode: string;
  /** What the bank account receives: USD or CNY. */
  withdrawCurrency: string;
  /** corporate / personal (对公 / 法人个人). */
  withdrawTo: string;
  orderType?: string;
  settings: Settings;
  /** The field the amount came from (default 'withdraw_amount'). */
  field?: OrderField;
}

export interface WithdrawalFeeResult {
  fee: Fee | null;
  /** What reaches the bank account, in the withdrawal currency. */
  net: Fee | null;
  findings: readonly Finding[];
}

/** The sources a fee names, made once per table row (the check prices a withdrawal on every row). */
const TABLE_SOURCE = new Map(
  WITHDRAWAL_TABLE.map((r) => [r, `rules.md §8 ${r.account} ${r.currency} ${r.to}`] as const),
);
const RANGE_SOURCE = new Map(
  WITHDRAWAL_TABLE.map((r) => [r, `${TABLE_SOURCE.get(r)} / free member CNY`] as const),
);
const netSource = memoize((source: string) => `rules.md §8 net = amount − fee (${source})`);

const NET_WHAT = { en: 'The net amount of the withdrawal', zh: '提现到账金额' };

/**
 * The withdrawal fee and the net amount (rules.md §8, 000 第六步 订单提现 table and notes). Never throws.
 *
 * - Account from the export mode: onetouch -> OneTouch export account; self / market / convenient ->
 *   self-export account.
 * - HK/TW members withdraw USD only; the personal account takes CNY only and only from the self-export
 *   account (withdrawal/currency, withdrawal/personal-onetouch: fee and net null, the platform refuses).
 * - Per-withdrawal limits compared in USD (CNY converts with usdCny): withdrawal/over-limit; the fee is
 *   still reported.
 * - A CNY withdrawal by a free member: 0.5% of the settled amount (replaces the row's fee). Decision: with
 *   settings.membership absent, a CNY withdrawal's fee is the range from the table's fee to 0.5%.
 * - Percentages of "the settled amount": a USD amount settles into CNY at settings.settlementRate, and the
 *   fee is in CNY (amount × rate × percentage, rounded once); without that rate the fee is reported in USD
 *   (amount × percentage) with fx/rate-missing and the net is null. A CNY amount is its own settled amount.
 * - A fee above the amount ($15/笔 on less than USD 15): withdrawal/below-fee, net null (never negative).
 * - Net = amount − fee in the withdrawal currency (USD amount to CNY: round(amount × settlementRate) − fee;
 *   CNY amount to USD: round(amount ÷ settlementRate) − fee).
 * - Combinations the table does not list (USD from the self-export account, DPO money to a personal
 *   account, EUR) -> withdrawal/not-stated, fee and net null.
 */
export function withdrawalFee(args: WithdrawalFeeArgs): WithdrawalFeeResult {
  const { amount } = args;
  return withdrawalFeeOf(
    amount.minor,
    amount.currency,
    args.exportMode,
    args.withdrawCurrency,
    args.withdrawTo,
    args.orderType,
    args.settings,
    args.field,
  );
}

/**
 * withdrawalFee with its arguments spelled out: what the order check calls on every row that plans a
 * withdrawal (no argument objects), and no findings list unless there is a finding.
 */
export function withdrawalFeeOf(
  minor: number,
  amountCurrency: CurrencyCode,
  exportMode: string,
  withdrawCurrency: string,
  withdrawTo: string,
  orderTypeText: string | undefined,
  settings: Settings,
  amountField: OrderField = 'withdraw_amount',
): WithdrawalFeeResult {
  const modeId = resolveExportMode(exportMode);
  const mode = modeId === null ? undefined : getExportMode(modeId);
  if (mode === undefined || !Number.isSafeInteger(minor) || minor < 0) {
    return { fee: null, net: null, findings: NO_FINDINGS };
  }
  const amount: Money = { minor, currency: amountCurrency };
  const currency = currencyOf(withdrawCurrency ?? '');
  const to = resolveWithdrawTo(withdrawTo ?? '');
  if (currency === null || to === null) {
    const field = currency === null ? 'withdraw_currency' : 'withdraw_to';
    const what = {
      en: `The withdrawal fee (${field} is missing or unknown)`,
      zh: `提现手续费（${field === 'withdraw_currency' ? '提现币种' : '收款账户'}缺失或无法识别）`,
    };
    return { fee: null, net: null, findings: [finding(notStated, field, { what })] };
  }
  const account = mode.account;
  let findings: Finding[] | null = null;

  // Refusals (000 第六步 备注 and table).
  if (currency === 'CNY' && (settings.region === 'HK' || settings.region === 'TW')) {
    // 港台客户仅支持美元提现
    findings = added(
      findings,
      finding(currencyRefused, 'withdraw_currency', {
        who: { en: 'A Hong Kong or Taiwan member', zh: '港台会员' },
        currency: 'CNY',
      }),
    );
  }
  if (to === 'personal' && currency !== 'CNY') {
    // The personal-account row is CNY only.
    findings = added(
      findings,
      finding(currencyRefused, 'withdraw_currency', {
        who: { en: "The legal representative's personal account", zh: '法人个人账户' },
        currency,
      }),
    );
  }
  if (to === 'personal' && account === 'onetouch')
    findings = added(findings, finding(personalOnetouch, 'withdraw_to', undefined));
  if (findings !== null) return { fee: null, net: null, findings };

  const orderType = orderTypeText === undefined ? null : resolveOrderType(orderTypeText);
  const row = findWithdrawalRow(account, currency, to);
  if (row === null || (orderType === 'DPO' && to === 'personal') || amount.currency === 'EUR') {
    findings = added(
      findings,
      finding(withdrawalNotStated, to === 'personal' ? 'withdraw_to' : 'withdraw_currency', {
        account: WITHDRAW_ACCOUNT_NAMES[account],
        currency,
        to: WITHDRAW_TO_NAMES[to],
        dpo: orderType === 'DPO' && row !== null,
      }),
    );
    return { fee: null, net: null, findings };
  }

  // Per-withdrawal limit, in USD.
  if (row.limitUsdMinor !== null) {
    const limit: Money = { minor: row.limitUsdMinor, currency: 'USD' };
    const cmp = compareAcross(amount, limit, settingsRate(settings.usdCny));
    if (cmp === null) {
      const what = {
        en: `The ${formatMoney(limit)} withdrawal limit check`,
        zh: `单笔提现限额 ${formatMoney(limit)} 的检查`,
      };
      findings = added(
        findings,
        finding(rateMissing, amountField, { what, setting: 'usdCny' }, 'withdrawal-limit'),
      );
    } else if (cmp > 0) {
      findings = added(
        findings,
        finding(overLimit, amountField, { amount: formatMoney(amount), limit: formatMoney(limit) }),
      );
    }
  }

  // The fee spec(s): the row's, or the free member's 0.5% on CNY withdrawals, or both ends when unknown.
  let lowSpec: WithdrawalFeeSpec = row.fee;
  let highSpec: WithdrawalFeeSpec = row.fee;
  let source = TABLE_SOURCE.get(row) as string;
  if (currency === 'CNY') {
    const free: WithdrawalFeeSpec = { kind: 'percent-settled', rate: FREE_MEMBER_CNY_FEE.rate };
    if (settings.membership === 'free') {
      lowSpec = free;
      highSpec = free;
      source = 'rules.md §8 free member CNY';
    } else if (settings.membership === undefined) {
      highSpec = free;
      source = RANGE_SOURCE.get(row) as string;
    }
  }

  const settlement = settingsRate(settings.settlementRate);
  const low = feeMinor(lowSpec, amount, currency, settlement);
  const high = feeMinor(highSpec, amount, currency, settlement);
  if (low === null || high === null) {
    // A percentage of a USD amount settling into CNY without a settlement rate: the fee in USD.
    const rl = feeRatio(lowSpec);
    const rh = feeRatio(highSpec);
    const fee = range(
      'USD',
      mulDiv(amount.minor, rl.num, rl.den),
      mulDiv(amount.minor, rh.num, rh.den),
      source,
    );
    findings = added(
      findings,
      finding(rateMissing, amountField, { what: NET_WHAT, setting: 'settlementRate' }, 'net'),
    );
    return { fee, net: null, findings: findings ?? NO_FINDINGS };
  }
  const fee = range(low.currency, low.minor, high.minor, source);

  // Net in the withdrawal currency.
  let gross: number | null;
  if (amount.currency === currency) gross = amount.minor;
  else if (settlement === null) gross = null;
  else if (amount.currency === 'USD') gross = mulDiv(amount.minor, settlement.num, settlement.den);
  else gross = mulDiv(amount.minor, settlement.den, settlement.num);
  if (gross === null) {
    findings = added(
      findings,
      finding(rateMissing, amountField, { what: NET_WHAT, setting: 'settlementRate' }, 'net'),
    );
    return { fee, net: null, findings: findings ?? NO_FINDINGS };
  }
  const grossMoney: Money = { minor: gross, currency };
  const netLow = subtract(grossMoney, { minor: fee.high, currency: fee.currency });
  const netHigh = subtract(grossMoney, { minor: fee.low, currency: fee.currency });
  if (netLow === null || netHigh === null) return { fee, net: null, findings: findings ?? NO_FINDINGS };
  if (netLow.minor < 0) {
    // Only the fixed $15/笔 can exceed the amount (a percentage never does).
    findings = added(
      findings,
      finding(belowFee, amountField, {
        amount: formatMoney(grossMoney),
        fee: formatMoney({ minor: fee.high, currency: fee.currency }),
      }),
    );
    return { fee, net: null, findings: findings ?? NO_FINDINGS };
  }
  const net: Fee = {
    currency,
    low: netLow.minor,
    high: netHigh.minor,
    approximate: false,
    source: netSource(source),
  };
  return { fee, net, findings: findings ?? NO_FINDINGS };
}

/** `list` with `f` appended: the list is made by the first finding (most withdrawals have none). */
function added(list: Finding[] | null, f: Finding): Finding[] {
  if (list === null) return [f];
  list.push(f);
  return list;
}

function feeRatio(spec: WithdrawalFeeSpec): Ratio {
  return spec.kind === 'percent-settled' ? spec.rate : { num: 0, den: 1 };
}

/** The fee in the withdrawal currency; null when it needs the settlement rate and there is none. */
function feeMinor(
  spec: WithdrawalFeeSpec,
  amount: Money,
  currency: CurrencyCode,
  settlement: Ratio | null,
): { minor: number; currency: CurrencyCode } | null {
  if (spec.kind === 'none') return { minor: 0, currency };
  if (spec.kind === 'fixed-usd') return { minor: spec.minor, currency: 'USD' };
  // percent-settled: only CNY rows have it. A CNY amount is already the settled amount.
  if (amount.currency === currency)
    return { minor: mulDiv(amount.minor, spec.rate.num, spec.rate.den), currency };
  if (settlement === null) return null;
  return {
    minor: mulDiv2(amount.minor, settlement.num, settlement.den, spec.rate.num, spec.rate.den),
    currency,
  };
}

function range(currency: CurrencyCode, a: number, b: number, source: string): Fee {
  return { currency, low: Math.min(a, b), high: Math.max(a, b), approximate: false, source };
}
