import { RULE_IDS } from './rules/catalog.ts';
import invalid from './rules/input/invalid.ts';
import { finding } from './rules/rule.ts';
import { type Finding, ORDER_FIELDS, type OrderInput } from './types.ts';
import './zod.ts';
import * as z from 'zod/mini';

/**
 * Edge schemas (zod/mini, small enough for the extension): what comes in from outside as JSON (an order
 * draft) and what goes out to other programs (the JSON report of order-sheet.md).
 */
const rawValue = z.union([z.string(), z.number(), z.boolean(), z.null(), z.date()]);

/** An order draft: any subset of the order-sheet fields, each a raw cell value. */
export const OrderInputSchema = z.partialRecord(z.enum(ORDER_FIELDS), rawValue);

const money = z.string().check(z.regex(/^-?\d+\.\d{2}$/));
const fee = z.nullable(
  z.strictObject({
    currency: z.enum(['USD', 'CNY', 'EUR']),
    low: money,
    high: money,
    approximate: z.boolean(),
    source: z.string(),
  }),
);

/** The JSON report (`ta-check --format json`), exactly: no key more, no key less. */
export const ReportSchema = z.strictObject({
  rows: z.array(
    z.strictObject({
      row: z.int().check(z.minimum(2)),
      ref: z.nullable(z.string()),
      findings: z.array(
        z.strictObject({
          rule: z.enum(RULE_IDS as [string, ...string[]]),
          severity: z.enum(['error', 'warning', 'info']),
          field: z.enum([...ORDER_FIELDS, 'settings']),
          message: z.strictObject({ en: z.string(), zh: z.string() }),
        }),
      ),
      fees: z.strictObject({ payment: fee, service: fee, withdrawal: fee }),
    }),
  ),
  summary: z.strictObject({
    rows: z.int().check(z.nonnegative()),
    errors: z.int().check(z.nonnegative()),
    warnings: z.int().check(z.nonnegative()),
  }),
});

/**
 * An order draft from JSON. Unknown keys and values that are not cell values become `input/invalid`
 * findings naming the key; the rest of the draft is kept.
 */
export function parseOrderInput(json: unknown): { input: OrderInput; findings: Finding[] } {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    const what = {
      en: 'an order object ({"order_type": "TA", …})',
      zh: '订单对象（{"order_type": "TA", …}）',
    };
    return { input: {}, findings: [finding(invalid, 'order_type', { value: String(json), what })] };
  }
  const input: Record<string, unknown> = {};
  const findings: Finding[] = [];
  for (const [key, value] of Object.entries(json)) {
    const ok = (ORDER_FIELDS as readonly string[]).includes(key) && rawValue.safeParse(value).success;
    if (ok) input[key] = value;
    else {
      const what = { en: 'an order-sheet field with a cell value', zh: '订单表字段及其单元格值' };
      findings.push(finding(invalid, 'order_type', { value: `${key}: ${JSON.stringify(value)}`, what }, key));
    }
  }
  return { input: input as OrderInput, findings };
}
