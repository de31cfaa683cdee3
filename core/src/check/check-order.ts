import type { Cell } from '../cells.ts';
import { settingsRate } from '../fees/fee.ts';
import { buyerFee, orderServiceFee, orderWithdrawal } from '../fees/order-fees.ts';
import { compareAcross } from '../money/compare.ts';
import type { Ratio } from '../money/ratio.ts';
import { type ColumnIndex, type Order, OrderRecord, readOrder } from '../read/order.ts';
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

/**
 * One checked order: what the reader made of it (an OrderChecker refills the same record for its next row),
 * its findings in reading order, and its fees.
 */
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
  return new OrderChecker(settings, today).check(row, columnOf);
}

/** The order a rule context holds before its first row. */
const EMPTY_ORDER = readOrder([], new Int16Array(ORDER_FIELDS.length).fill(-1), new Reporter(READ_RANK));

// biome-ignore lint/suspicious/noExplicitAny: a plan holds rules of every parameter type
type AnyRule = Rule<any>;
/** CHECK_ORDER without its read steps, as monomorphic entries: the loop every row runs. */
interface PlanStep {
  rank: number;
  kind: 'rule' | 'methods' | 'buyer' | 'service' | 'withdrawal';
  /** The rule's check (kind 'rule'): held here so the loop calls it without looking it up on each rule. */
  check: (ctx: RuleContext) => void;
  rules: readonly AnyRule[];
}
const NOTHING = () => {};
const PLAN: readonly PlanStep[] = CHECK_ORDER.flatMap((step, rank): PlanStep[] => {
  if ('read' in step) return [];
  if ('id' in step) return step.check ? [{ rank, kind: 'rule', check: step.check, rules: [step] }] : [];
  if ('eachMethod' in step) return [{ rank, kind: 'methods', check: NOTHING, rules: step.eachMethod }];
  return [{ rank, kind: step.fees, check: NOTHING, rules: [] }];
});

/**
 * Checks the orders of one sheet (same settings, same today) one after another: one reporter and one rule
 * context serve every row, so a sheet of 100,000 rows does not allocate them 100,000 times.
 */
export class OrderChecker {
  private readonly reporter = new Reporter(READ_RANK);
  private readonly record = new OrderRecord();
  private readonly ctx: OrderCheck;
  /** The method a checkMethod call is about, refilled for each (rules read it during the call, never keep it). */
  private readonly use: { id: string; index: number } = { id: '', index: 0 };

  constructor(
    private readonly settings: Settings,
    today: string,
  ) {
    this.ctx = new OrderCheck(EMPTY_ORDER, settings, today, settingsRate(settings.usdCny), this.reporter);
  }

  check(row: readonly Cell[], columnOf: ColumnIndex): CheckedOrder {
    const { reporter, ctx, settings } = this;
    reporter.reset();
    const order = readOrder(row, columnOf, reporter, this.record);
    ctx.order = order;
    const fees: OrderFees = { payment: null, service: null, withdrawal: null, net: null };
    for (let s = 0; s < PLAN.length; s++) {
      const step = PLAN[s] as PlanStep;
      reporter.rank = step.rank;
      switch (step.kind) {
        case 'rule':
          step.check(ctx);
          break;
        case 'methods': {
          const methods = order.methods;
          if (methods === null) break;
          const use = this.use;
          for (let index = 0; index < methods.length; index++) {
            use.id = methods[index] as string;
            use.index = index;
            for (const rule of step.rules) rule.checkMethod?.(ctx, use);
          }
          break;
        }
        case 'buyer':
          fees.payment = buyerFee(order, reporter);
          break;
        case 'service':
          fees.service = orderServiceFee(order, settings, reporter);
          break;
        case 'withdrawal': {
          const withdrawal = orderWithdrawal(order, settings, reporter);
          fees.withdrawal = withdrawal.fee;
          fees.net = withdrawal.net;
        }
      }
    }
    return { order, findings: reporter.result(), fees };
  }
}

/** What a rule's check sees for one order (rules/rule.ts RuleContext), reporting into `reporter`. */
export class OrderCheck implements RuleContext {
  constructor(
    public order: Order,
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
