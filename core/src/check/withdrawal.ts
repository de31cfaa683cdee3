import { getExportMode } from '../rules/export-modes.ts';
import {
  resolveOrderCurrency,
  resolveWithdrawAccount,
  resolveWithdrawTo,
  WITHDRAW_ACCOUNT_NAMES,
} from '../rules/vocabulary.ts';
import type { Message } from '../types.ts';
import { cellText, F, type OrderContext, report } from './context.ts';

const ACCOUNT: Message = {
  en: 'an account (onetouch or self)',
  zh: '提现账户（一达通出口账户或自主出口账户）',
};
const TO: Message = { en: 'corporate or personal', zh: '对公或法人个人' };
const CURRENCY: Message = { en: 'USD or CNY', zh: 'USD 或 CNY' };

export interface WithdrawalPlan {
  withdrawCurrency: 'USD' | 'CNY';
  withdrawTo: 'corporate' | 'personal';
}

/**
 * §8 inputs of a planned withdrawal: which account it comes from (000 第六步: OneTouch orders from the
 * OneTouch export account, all others from the self-export account), the currency and the destination.
 * Returns the plan when it is complete enough to price, else null.
 */
export function readWithdrawalPlan(ctx: OrderContext): WithdrawalPlan | null {
  const from = cellText(ctx, F.withdraw_from);
  if (from && ctx.exportMode) {
    const account = resolveWithdrawAccount(from);
    const expected = ctx.exportMode === 'onetouch' ? 'onetouch' : 'self';
    if (!account) report(ctx, 'input/invalid', 'withdraw_from', { value: from, what: ACCOUNT });
    else if (account !== expected) {
      report(ctx, 'withdrawal/wrong-account', 'withdraw_from', {
        mode: getExportMode(ctx.exportMode)?.name.en ?? ctx.exportMode,
        expected: WITHDRAW_ACCOUNT_NAMES[expected].en,
        account: WITHDRAW_ACCOUNT_NAMES[account].en,
      });
    }
  }
  const currencyText = cellText(ctx, F.withdraw_currency);
  const toText = cellText(ctx, F.withdraw_to);
  const withdrawCurrency = currencyText ? resolveOrderCurrency(currencyText) : null;
  if (currencyText && !withdrawCurrency)
    report(ctx, 'input/invalid', 'withdraw_currency', { value: currencyText, what: CURRENCY });
  const withdrawTo = toText ? resolveWithdrawTo(toText) : null;
  if (toText && !withdrawTo) report(ctx, 'input/invalid', 'withdraw_to', { value: toText, what: TO });
  if (!withdrawCurrency) return null;
  // 000 第六步: withdrawals go to the domestic corporate account unless the legal representative's is named.
  return { withdrawCurrency, withdrawTo: withdrawTo ?? 'corporate' };
}
