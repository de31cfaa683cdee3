import { memoize } from '../memo.ts';
import { parseAmount } from '../money/parse.ts';
import { parsePercent } from '../money/ratio.ts';
import { mulDiv } from '../money/round.ts';
import { type Message, ORDER_FIELDS, type OrderField } from '../types.ts';
import { cellText, F, type OrderContext, rawValue, report } from './context.ts';

/** 'absent': field not given; 'empty': given, blank; 'bad': invalid and already reported. */
export type MoneyCell = number | 'absent' | 'empty' | 'bad';

const AN_AMOUNT: Message = { en: 'an amount', zh: '金额' };

/**
 * Reads one money cell in the order's currency, reporting amount/invalid, amount/precision and
 * amount/negative on that field with the user's text quoted.
 */
export function readMoney(ctx: OrderContext, field: number): MoneyCell {
  const raw = rawValue(ctx, field);
  const name = ORDER_FIELDS[field] as OrderField;
  if (raw === undefined) return 'absent';
  const parsed = parseAmount(raw);
  if (parsed.ok && !parsed.negative && (parsed.currency === undefined || parsed.currency === ctx.currency)) {
    return parsed.minor;
  }
  const value = cellText(ctx, field) ?? '';
  if (!parsed.ok) {
    if (parsed.reason === 'empty') return 'empty';
    if (parsed.reason === 'precision') report(ctx, 'amount/precision', name, { value });
    else report(ctx, 'amount/invalid', name, { value, what: AN_AMOUNT });
    return 'bad';
  }
  if (parsed.currency && ctx.currency && parsed.currency !== ctx.currency) {
    const what = { en: `an amount in ${ctx.currency}`, zh: `${ctx.currency} 金额` };
    report(ctx, 'amount/invalid', name, { value, what });
    return 'bad';
  }
  if (parsed.negative) {
    report(ctx, 'amount/negative', name, { value });
    return 'bad';
  }
  return parsed.minor;
}

/** The advance: money, or a percentage of the order total ('30%'), rounded half-up once. */
export function readAdvance(ctx: OrderContext): MoneyCell {
  const text = cellText(ctx, F.advance);
  const ratio = text !== undefined && /[%％]/.test(text) ? percentOf(text) : null;
  if (ratio === null) return readMoney(ctx, F.advance);
  if (ratio.num > ratio.den) {
    report(ctx, 'amount/invalid', 'advance', {
      value: text,
      what: { en: 'a percentage up to 100%', zh: '不超过 100% 的比例' },
    });
    return 'bad';
  }
  if (ctx.orderTotal === null) return 'bad';
  return mulDiv(ctx.orderTotal, ratio.num, ratio.den);
}

const percentOf = memoize(parsePercent);

/** Plain ASCII digits, short enough to be a safe integer. */
function isPlainWholeNumber(text: string): boolean {
  if (text.length === 0 || text.length > 15) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** A whole number cell (quantity, days): null when not given/empty, 'bad' when reported. */
export function readWholeNumber(ctx: OrderContext, field: number, what: Message): number | null | 'bad' {
  const raw = rawValue(ctx, field);
  const name = ORDER_FIELDS[field] as OrderField;
  if (typeof raw === 'number' && Number.isSafeInteger(raw) && raw >= 0) return raw;
  const text = cellText(ctx, field);
  if (text === undefined || text === '') return null;
  if (isPlainWholeNumber(text)) return Number(text);
  const normalized = text.normalize('NFKC').replace(/,/g, '');
  if (!/^-?\d+$/.test(normalized) || !Number.isSafeInteger(Number(normalized))) {
    report(ctx, 'input/invalid', name, { value: text, what });
    return 'bad';
  }
  const n = Number(normalized);
  if (n < 0) {
    report(ctx, 'amount/negative', name, { value: text });
    return 'bad';
  }
  return n;
}
