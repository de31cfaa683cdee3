import type { CheckResult, OrderFees, OrderInput, RawValue, Settings } from '../types.ts';
import { checkAmounts, checkQuota, checkRemark } from './amounts.ts';
import { checkBuyerAndDestination } from './buyer-destination.ts';
import { createContext, inputAsRow, nextRow, type OrderContext } from './context.ts';
import { checkExportMode } from './export-mode.ts';
import { computeFees } from './order-fees.ts';
import { checkOrderType } from './order-type.ts';
import { checkPaymentMethods } from './payment.ts';
import { checkShipping } from './shipping.ts';

/**
 * Checks one order against the rules catalogue (rules.md §2–§5, §8, §9) and prices it. Pure and total:
 * any input, however malformed, gives findings, never an exception. `today` is YYYY-MM-DD, US Pacific.
 */
export function checkOrder(input: OrderInput, settings: Settings, today: string): CheckResult {
  const { row, columnOf } = inputAsRow(input);
  return checkRow(row, columnOf, settings, today);
}

/** checkOrder for one sheet row: `columnOf` (from fieldColumns) says where each field is in `row`. */
export function checkRow(
  row: readonly RawValue[],
  columnOf: ArrayLike<number>,
  settings: Settings,
  today: string,
): CheckResult {
  const { ctx, fees } = checkRowInContext(row, columnOf, settings, today);
  return { findings: ctx.findings, fees };
}

/** checkRow, also handing back what the checks read (for rules that span rows, see sheet/check-rows.ts). */
export function checkRowInContext(
  row: readonly RawValue[],
  columnOf: ArrayLike<number>,
  settings: Settings,
  today: string,
  previous?: OrderContext,
): { ctx: OrderContext; fees: OrderFees } {
  // A context from the previous row of the same sheet (same columns, settings and today) is reused.
  const ctx = previous ? nextRow(previous, row) : createContext(row, columnOf, settings, today);
  checkOrderType(ctx);
  checkAmounts(ctx);
  checkBuyerAndDestination(ctx);
  checkShipping(ctx);
  checkPaymentMethods(ctx);
  checkExportMode(ctx);
  checkQuota(ctx);
  checkRemark(ctx);
  const fees = computeFees(ctx);
  return { ctx, fees };
}
