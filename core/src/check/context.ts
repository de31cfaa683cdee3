import { settingsRate } from '../fees/fee.ts';
import { compareAcross } from '../money/compare.ts';
import type { Ratio } from '../money/ratio.ts';
import { finding, type KnownRuleId, type MessageParams } from '../rules/catalog.ts';
import type { Drafter, OrderType } from '../rules/vocabulary.ts';
import {
  type Finding,
  type Message,
  ORDER_FIELDS,
  type OrderField,
  type OrderInput,
  type RawValue,
  type Settings,
} from '../types.ts';

/** Everything the rules of one order share: the raw input, what was read from it, and the findings so far. */
export interface OrderContext {
  /** The raw cells: `row[columnOf[k]]` is the value of ORDER_FIELDS[k]; a column of -1 is "not given". */
  row: readonly RawValue[];
  readonly columnOf: ArrayLike<number>;
  readonly settings: Settings;
  /** 'YYYY-MM-DD', US Pacific. */
  readonly today: string;
  findings: Finding[];
  /** User's USD→CNY rate (CNY per USD), when given and valid. */
  readonly usdCny: Ratio | null;
  type: OrderType | null;
  drafter: Drafter;
  currency: 'USD' | 'CNY' | null;
  /** Order-currency minor units; null = not known (not given, or invalid and already reported). */
  productTotal: number | null;
  orderTotal: number | null;
  advance: number | null;
  balance: number | null;
  /** Method ids of rules.md §4; null = not known. */
  methods: readonly string[] | null;
  exportMode: string | null;
  /** The advance and balance as separate payments, once known (payment.ts orderPayments). */
  payments: readonly { what: Message; minor: number }[] | null;
}

export function createContext(
  row: readonly RawValue[],
  columnOf: ArrayLike<number>,
  settings: Settings,
  today: string,
): OrderContext {
  return {
    row,
    columnOf,
    settings,
    today,
    findings: [],
    usdCny: settingsRate(settings.usdCny),
    type: null,
    drafter: 'seller',
    currency: null,
    productTotal: null,
    orderTotal: null,
    advance: null,
    balance: null,
    methods: null,
    exportMode: null,
    payments: null,
  };
}

/**
 * Makes a context checked before ready for the next row of the same sheet, without a new object: a sheet of
 * 100,000 rows then allocates one context, not 100,000. The previous row's findings list belongs to its
 * report row, so a non-empty one is replaced rather than emptied.
 */
export function nextRow(ctx: OrderContext, row: readonly RawValue[]): OrderContext {
  ctx.row = row;
  if (ctx.findings.length > 0) ctx.findings = [];
  ctx.type = null;
  ctx.drafter = 'seller';
  ctx.currency = null;
  ctx.productTotal = null;
  ctx.orderTotal = null;
  ctx.advance = null;
  ctx.balance = null;
  ctx.methods = null;
  ctx.exportMode = null;
  ctx.payments = null;
  return ctx;
}

/**
 * Each field's position in ORDER_FIELDS. The checks read fields as `F.buyer_email`: a constant the
 * compiler folds, where a lookup by name would hash the name on each of the ~40 reads of every row.
 */
export const F = Object.fromEntries(ORDER_FIELDS.map((f, i) => [f, i])) as {
  readonly [K in OrderField]: number;
};

/**
 * Where each field sits in `row`. For a sheet it is computed once from the header row; for a single order
 * (an OrderInput record) the fields keep their own order and the ones it does not have are -1.
 */
export function fieldColumns(columns: readonly (OrderField | null)[]): Int16Array {
  const columnOf = new Int16Array(ORDER_FIELDS.length).fill(-1);
  columns.forEach((field, i) => {
    if (field !== null && columnOf[F[field]] === -1) columnOf[F[field]] = i;
  });
  return columnOf;
}

/** A single order as a row in field order, with the columns of the fields it gives. */
export function inputAsRow(input: OrderInput): { row: RawValue[]; columnOf: Int16Array } {
  const row: RawValue[] = new Array(ORDER_FIELDS.length);
  const columnOf = new Int16Array(ORDER_FIELDS.length);
  for (let k = 0; k < ORDER_FIELDS.length; k++) {
    const value = input[ORDER_FIELDS[k] as OrderField];
    row[k] = value;
    columnOf[k] = value === undefined ? -1 : k;
  }
  return { row, columnOf };
}

/**
 * A field's raw value (`field` from F): undefined when the field is not given at all; a sheet cell past the end of a short
 * row is given, and empty.
 */
export function rawValue(ctx: OrderContext, field: number): RawValue {
  const column = ctx.columnOf[field] as number;
  if (column < 0) return undefined;
  const value = ctx.row[column];
  return value === undefined ? '' : value;
}

export function report(
  ctx: OrderContext,
  rule: KnownRuleId,
  field: Finding['field'],
  params?: MessageParams,
): void {
  ctx.findings.push(finding(rule, field, params));
}

/**
 * A raw value as text: undefined when the field is not given at all (its rules stay silent), '' when it is
 * given but empty. Spreadsheet dates become YYYY-MM-DD (UTC calendar day, as XLSX readers hand them over).
 */
export function cellText(ctx: OrderContext, field: number): string | undefined {
  const raw = rawValue(ctx, field);
  if (typeof raw === 'string') {
    // Most cells have nothing to trim: skip the copy.
    const n = raw.length;
    return n === 0 || (raw.charCodeAt(0) > 32 && raw.charCodeAt(n - 1) > 32) ? raw : raw.trim();
  }
  if (raw === undefined) return undefined;
  if (raw === null) return '';
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? '' : raw.toISOString().slice(0, 10);
  return String(raw);
}

const FX_NEEDED: Message = { en: 'This check', zh: '此项检查' };

/**
 * Compares an order-currency amount with a USD threshold, exactly (no rounding): -1, 0, 1. A CNY amount
 * converts with the user's usdCny rate; without one this reports fx/rate-missing (what: `what`) and
 * returns null, so the rule that asked stays silent rather than guess.
 */
export function compareWithUsd(
  ctx: OrderContext,
  minor: number,
  usdMinor: number,
  field: OrderField,
  what: Message = FX_NEEDED,
): -1 | 0 | 1 | null {
  // USD orders (most rows) compare directly, without building Money values.
  if (ctx.currency === 'USD') return minor < usdMinor ? -1 : minor > usdMinor ? 1 : 0;
  if (ctx.currency === null) return null;
  const result = compareAcross(
    { minor, currency: ctx.currency },
    { minor: usdMinor, currency: 'USD' },
    ctx.usdCny,
  );
  if (
    result === null &&
    !ctx.findings.some((f) => f.rule === 'fx/rate-missing' && f.message.en.startsWith(what.en))
  ) {
    report(ctx, 'fx/rate-missing', field, { what });
  }
  return result;
}
