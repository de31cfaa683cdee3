import invalid from './rules/input/invalid.ts';
import { finding } from './rules/rule.ts';
import type { Finding } from './types.ts';
import './zod.ts';
import * as z from 'zod/mini';

const decimal = z.string().check(z.regex(/^\d+(\.\d+)?$/));
const count = z.int().check(z.nonnegative());

/** Seller settings (order-sheet.md "Seller settings"); zod/mini keeps this edge small in the extension. */
export const SettingsSchema = z.object({
  membership: z.optional(z.enum(['paid', 'free'])),
  region: z.optional(z.enum(['mainland', 'HK', 'TW'])),
  verified: z.optional(z.boolean()),
  violationPoints: z.optional(count),
  infringementComplaints: z.optional(count),
  taQuota: z.optional(decimal),
  fxQuota: z.optional(decimal),
  usdCny: z.optional(decimal),
  settlementRate: z.optional(decimal),
  serviceFeeRate: z.optional(decimal),
});

/** Seller settings (order-sheet.md "Seller settings"): the type is the schema's. Decimal values stay strings until used. */
export type Settings = z.infer<typeof SettingsSchema>;

const SHAPE = SettingsSchema.def.shape;
const KEYS = Object.keys(SHAPE) as (keyof Settings)[];
/** Keys whose value is a decimal string: a number typed for them (7.1) is accepted as its text ("7.1"). */
const DECIMAL_KEYS = new Set<string>(KEYS.filter((k) => SHAPE[k].def.innerType === decimal));

/**
 * Reads settings from JSON-like input. Each bad key becomes an `input/invalid` finding naming the key and
 * quoting its value, and is dropped: the other settings still apply. Numbers for decimal keys are accepted
 * (7.1 → "7.1"). Unknown keys are reported too, so a typo ("usdcny") is not silently ignored.
 */
export function parseSettings(json: unknown): { settings: Settings; findings: Finding[] } {
  const findings: Finding[] = [];
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    const what = { en: 'a settings object ({"usdCny": "7.10", …})', zh: '设置对象（{"usdCny": "7.10", …}）' };
    return { settings: {}, findings: [finding(invalid, 'settings', { value: preview(json), what })] };
  }
  const settings: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(json)) {
    const value = typeof raw === 'number' && DECIMAL_KEYS.has(key) ? String(raw) : raw;
    const schema = (SettingsSchema.def.shape as Record<string, z.ZodMiniType>)[key];
    const ok = schema?.safeParse(value).success;
    if (ok) settings[key] = value;
    else {
      const what = schema
        ? { en: `a valid value for setting "${key}"`, zh: `设置“${key}”的有效值` }
        : { en: `a known setting (${KEYS.join(', ')})`, zh: `已知的设置项（${KEYS.join('、')}）` };
      findings.push(finding(invalid, 'settings', { value: `${key}: ${preview(raw)}`, what }, key));
    }
  }
  return { settings: settings as Settings, findings };
}

function preview(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
