import type { Cell } from '../cells.ts';
import { settingsRate } from '../fees/fee.ts';
import { buyerFee, orderServiceFee, orderWithdrawal } from '../fees/order-fees.ts';
import { compareAcross } from '../money/compare.ts';
import type { Ratio } from '../money/ratio.ts';
import { type ColumnIndex, type Order, readOrder } from '../read/order.ts';
import { Reporter } from '../read/reporter.ts';
import { CHECK_ORDER, READ_RANK } from '../rules/catalog.ts';
import rateMissing from '../rules/fx/rate-missing.ts';
import { finding, type Rule, type RuleContext } from '../rules/rule.ts';
import {
  type CheckResult,
  type FindingField,
  type Message,
  ORDER_FIELDS,
  type OrderFees,
  type OrderInput,
  type RawValue,
  type Settings,
} from '../types.ts';
import { inputCell } from './input-cells.ts';

/** One checked order: what the reader made of it, its findings in reading order, and its fees. */
export interface CheckedOrder extends CheckResult {
  order: Order;
}

/**
 * Checks one order against every rule of the catalogue and prices it. Pure and total: any input, however
 * malformed, gives findings, never an exception. `today` is YYYY-MM-DD, US Pacific.
 */
export function checkOrder(input: OrderInput, settings: Settings, today: string): CheckResult {
  const { row, columnOf } = inputAsRow(input);
  const { findings, fees } = checkCells(row, columnOf, settings, today);
  return { findings, fees };
}

/** checkOrder for one row of typed cells: `columnOf` (read/fields.ts fieldColumns) says where each field is. */
export function checkCells(
  row: readonly Cell[],
  columnOf: ColumnIndex,
  settings: Settings,
  today: string,
): CheckedOrder {
  const reporter = new Reporter(READ_RANK);
  const order = readOrder(row, columnOf, reporter);
  const ctx = new OrderCheck(order, settings, today, settingsRate(settings.usdCny), reporter);
  const fees: OrderFees = { payment: null, service: null, withdrawal: null, net: null };
  for (let rank = 0; rank < CHECK_ORDER.length; rank++) {
    const step = CHECK_ORDER[rank];
    reporter.rank = rank;
    if (step === undefined || 'read' in step) continue;
    if ('id' in step) step.check?.(ctx);
    else if ('eachMethod' in step) {
      const methods = order.methods ?? [];
      for (let index = 0; index < methods.length; index++) {
        const use = { id: methods[index] as string, index };
        for (const rule of step.eachMethod) rule.checkMethod?.(ctx, use);
      }
    } else if (step.fees === 'buyer') fees.payment = buyerFee(order, reporter);
    else if (step.fees === 'service') fees.service = orderServiceFee(order, settings, reporter);
    else {
      const withdrawal = orderWithdrawal(order, settings, reporter);
      fees.withdrawal = withdrawal.fee;
      fees.net = withdrawal.net;
    }
  }
  return { order, findings: reporter.result(), fees };
}

/** What a rule's check sees for one order (rules/rule.ts RuleContext), reporting into `reporter`. */
export class OrderCheck implements RuleContext {
  constructor(
    readonly order: Order,
    readonly settings: Settings,
    readonly today: string,
    readonly usdCny: Ratio | null,
    private readonly reporter: Reporter,
  ) {}

  report<P>(rule: Rule<P>, field: FindingField, params: P, part?: string): void {
    this.reporter.add(finding(rule, field, params, part));
  }

  compareWithUsd(minor: number, usdMinor: number, field: FindingField, check: Message): -1 | 0 | 1 | null {
    const currency = this.order.currency;
    // USD orders (most rows) compare directly, without building Money values.
    if (currency === 'USD') return minor < usdMinor ? -1 : minor > usdMinor ? 1 : 0;
    if (currency === null) return null;
    const result = compareAcross({ minor, currency }, { minor: usdMinor, currency: 'USD' }, this.usdCny);
    // Once per check and order, whichever payment or field asked first.
    if (
      result === null &&
      !this.reporter.findings.some((f) => f.rule === rateMissing.id && f.key.endsWith(`|${check.en}`))
    ) {
      this.reporter.add(finding(rateMissing, field, { what: check, setting: 'usdCny' }, check.en));
    }
    return result;
  }
}

/** A single order as a row in field order, with the columns of the fields it gives. */
export function inputAsRow(input: OrderInput): { row: Cell[]; columnOf: Int16Array } {
  const row: Cell[] = new Array(ORDER_FIELDS.length);
  const columnOf = new Int16Array(ORDER_FIELDS.length);
  for (let k = 0; k < ORDER_FIELDS.length; k++) {
    const value = input[ORDER_FIELDS[k] as keyof OrderInput];
    row[k] = value === undefined ? '' : inputCell(value as RawValue | Cell);
    columnOf[k] = value === undefined ? -1 : k;
  }
  return { row, columnOf };
}
