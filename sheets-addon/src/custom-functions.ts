import {
  checkRows,
  formatFee,
  formatMinor,
  matchHeaders,
  parseAmount,
  paymentFee,
  resolveCardBrand,
  resolveCardRegion,
  resolveExportMode,
  resolveLogistics,
  resolveOrderType,
  resolvePaymentMethod,
  resolveWithdrawTo,
  serviceFee,
  withdrawalFee,
} from '@ta-toolkit/core';
import type { Cell as CoreCell } from '@ta-toolkit/core/cells';
import { inputCell as toCell } from '@ta-toolkit/core/check/input-cells';
import { visible } from '@ta-toolkit/core/text/identify';
import type { CurrencyCode, Fee, Finding, Lang, Money, RawValue, Settings } from '@ta-toolkit/core/types';
import { SEVERITY_WORD } from './i18n.ts';
import type { Report } from './report-types.ts';
import { DateReader } from './sheet-cells.ts';

/**
 * The custom functions' logic (the entry file only wraps these with their JSDoc). Spreadsheet semantics:
 * a range argument gives a range of results of the same shape (scalars broadcast), an empty cell inside a
 * range gives an empty result, and bad input throws an Error saying what is wrong — never a wrong number.
 * Money stays integer minor units until the very last step, where core's exact decimal string becomes the
 * JS number the sheet shows.
 */

export type Arg = unknown;
type Scalar = string | number | boolean | Date | null | undefined;

/** Thrown for bad input; Sheets shows `#ERROR!` with this message. */
export class InputError extends Error {
  override name = 'Error';
}

function isBlank(v: Scalar): boolean {
  return v === '' || v === null || v === undefined;
}

/** Apply `fn` cell by cell over the 2D array arguments (same shape; 1×1 and scalars broadcast). */
export function mapCells(
  fname: string,
  args: Arg[],
  fn: (cells: Scalar[]) => number | string,
  /** Arguments whose blank cell makes the result blank (inside a range). */
  blankIf: number[] = [0],
): number | string | (number | string)[][] {
  let shape: [number, number] | null = null;
  for (const a of args) {
    if (!Array.isArray(a)) continue;
    const rows = a.length;
    const cols = Array.isArray(a[0]) ? a[0].length : 0;
    if (rows * cols === 1) continue;
    if (shape && (shape[0] !== rows || shape[1] !== cols)) {
      throw new InputError(
        `${fname}: the ranges have different sizes (${shape[0]}×${shape[1]} and ${rows}×${cols}).`,
      );
    }
    shape = [rows, cols];
  }
  const at = (a: Arg, r: number, c: number): Scalar => {
    if (!Array.isArray(a)) return a as Scalar;
    const row = a.length === 1 ? a[0] : a[r];
    if (!Array.isArray(row)) return row as Scalar;
    return (row.length === 1 ? row[0] : row[c]) as Scalar;
  };
  if (!shape) {
    const cells = args.map((a) => at(a, 0, 0));
    try {
      return fn(cells);
    } catch (e) {
      throw new InputError(`${fname}: ${(e as Error).message}`);
    }
  }
  const out: (number | string)[][] = [];
  for (let r = 0; r < shape[0]; r++) {
    const row: (number | string)[] = [];
    for (let c = 0; c < shape[1]; c++) {
      const cells = args.map((a) => at(a, r, c));
      if (blankIf.some((i) => isBlank(cells[i]))) {
        row.push('');
        continue;
      }
      try {
        row.push(fn(cells));
      } catch (e) {
        throw new InputError(`${fname}: row ${r + 1}, column ${c + 1} of the range: ${(e as Error).message}`);
      }
    }
    out.push(row);
  }
  return out;
}

let timeZoneOf: () => string = () => 'UTC';
let dates: DateReader | null = null;
/** Where date cells are read (the spreadsheet's time zone; a date cell is midnight there). */
export function setTimeZoneSource(tz: () => string): void {
  timeZoneOf = tz;
  dates = null;
}
/** One time-zone lookup and one formatter for all the date cells of a run, made at the first date. */
function dateReader(): DateReader {
  dates ??= new DateReader(timeZoneOf());
  return dates;
}

function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

function text(v: Scalar): string {
  if (v === null || v === undefined) return '';
  if (isDate(v)) {
    const day = dateReader().read(v);
    return day ? (day.time ? `${day.date} ${day.time}` : day.date) : '';
  }
  return String(v).trim();
}

function optional(v: Scalar): string | undefined {
  const t = text(v);
  return t === '' ? undefined : t;
}

function findingText(findings: readonly Finding[], lang: Lang = 'en'): string {
  return findings.map((f) => f.message[lang] || f.message.en).join(' ');
}

/** A money argument: a number or the text forms core accepts ('1,234.50', 'USD 2,500.00', '¥480', …). */
export function amountArg(v: Scalar, defaultCurrency: CurrencyCode, name = 'amount'): Money {
  if (isBlank(v)) throw new InputError(`${name} is empty.`);
  if (typeof v === 'boolean' || isDate(v))
    throw new InputError(`${name} ${JSON.stringify(String(v))} is not an amount.`);
  const parsed = parseAmount(v as RawValue);
  if (!parsed.ok)
    throw new InputError(`${name} ${JSON.stringify(String(v))} is not an amount (${parsed.reason}).`);
  if (parsed.minor < 0) throw new InputError(`${name} ${JSON.stringify(String(v))} is negative.`);
  return { minor: parsed.minor, currency: (parsed.currency as CurrencyCode | undefined) ?? defaultCurrency };
}

export function currencyArg(v: Scalar, name: string, fallback?: CurrencyCode): CurrencyCode {
  const t = text(v).toUpperCase();
  if (t === '' && fallback) return fallback;
  if (t === 'USD' || t === 'CNY') return t;
  throw new InputError(`${name} ${JSON.stringify(text(v))} must be USD or CNY.`);
}

export function boundArg(v: Scalar): 'low' | 'high' {
  const t = text(v).toLowerCase();
  if (t === '' || t === 'high') return 'high';
  if (t === 'low') return 'low';
  throw new InputError(`bound ${JSON.stringify(text(v))} must be "low" or "high".`);
}

function rateArg(v: Scalar, name: string): string | undefined {
  const t = optional(v);
  if (t === undefined) return undefined;
  if (!/^\d+(\.\d+)?$/.test(t))
    throw new InputError(`${name} ${JSON.stringify(t)} is not a positive decimal number.`);
  return t;
}

/** The fee's bound as the sheet's number: core's exact decimal string, converted at this last edge only. */
function feeNumber(
  fee: Fee | null,
  findings: readonly Finding[],
  bound: 'low' | 'high',
  want: CurrencyCode | 'any',
  what: string,
): number {
  if (!fee) {
    const why = findingText(findings);
    throw new InputError(why || `${what} cannot be computed: the sources do not state it.`);
  }
  if (want !== 'any' && fee.currency !== want) {
    throw new InputError(`${what} is ${formatFee(fee, 'en')}, not in ${want}; no ${want} figure is stated.`);
  }
  return Number(formatMinor(bound === 'low' ? fee.low : fee.high, fee.currency));
}

function errors(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.severity === 'error');
}

/** TA_PAYMENT_FEE(amount, method, [bound], [card_brand], [card_region]) for one cell. */
export function paymentFeeCell([amount, method, bound, cardBrand, cardRegion]: Scalar[]): number {
  const m = text(method);
  if (m === '')
    throw new InputError('method is empty: give a payment method id (card, tt-intl, …) or its name.');
  if (resolvePaymentMethod(m) === null) throw new InputError(`unknown payment method ${JSON.stringify(m)}.`);
  const money = amountArg(amount, 'USD');
  const b = boundArg(bound);
  const args: Parameters<typeof paymentFee>[0] = { amount: money, method: m };
  const brand = optional(cardBrand);
  const region = optional(cardRegion);
  if (brand !== undefined) {
    if (resolveCardBrand(brand) === null)
      throw new InputError(`unknown card_brand ${JSON.stringify(brand)}.`);
    args.cardBrand = brand;
  }
  if (region !== undefined) {
    if (resolveCardRegion(region) === null)
      throw new InputError(`card_region ${JSON.stringify(region)} must be apac or other.`);
    args.cardRegion = region;
  }
  const { fee, findings } = paymentFee(args);
  const bad = errors(findings);
  if (!fee && bad.length > 0) throw new InputError(findingText(bad));
  return feeNumber(fee, findings, b, 'USD', `the ${m} fee`);
}

/** TA_SERVICE_FEE(amount, export_mode, [logistics], [bound], [currency], [usd_cny], [service_fee_rate]). */
export function serviceFeeCell([
  amount,
  exportMode,
  logistics,
  bound,
  currency,
  usdCny,
  rate,
]: Scalar[]): number {
  const mode = exportModeArg(exportMode);
  const cur = currencyArg(currency, 'currency', 'USD');
  const money = amountArg(amount, cur);
  const b = boundArg(bound);
  const settings: Settings = {};
  const fx = rateArg(usdCny, 'usd_cny');
  const r = rateArg(rate, 'service_fee_rate');
  if (fx !== undefined) settings.usdCny = fx;
  if (r !== undefined) settings.serviceFeeRate = r;
  const args: Parameters<typeof serviceFee>[0] = { amount: money, exportMode: mode, settings };
  const lg = optional(logistics);
  if (lg !== undefined) {
    if (resolveLogistics(lg) === null)
      throw new InputError(`logistics ${JSON.stringify(lg)} must be platform or third-party.`);
    args.logistics = lg;
  }
  const { fee, findings } = serviceFee(args);
  const bad = errors(findings);
  if (!fee && bad.length > 0) throw new InputError(findingText(bad));
  return feeNumber(fee, findings, b, money.currency, `the ${mode} service fee`);
}

/**
 * TA_WITHDRAWAL_FEE(amount, export_mode, withdraw_currency, withdraw_to, [bound], [order_type],
 * [membership], [region], [settlement_rate]) — the fee in the currency core states it in.
 */
export function withdrawalFeeCell([
  amount,
  exportMode,
  withdrawCurrency,
  withdrawTo,
  bound,
  orderType,
  membership,
  region,
  settlementRate,
]: Scalar[]): number {
  const mode = exportModeArg(exportMode);
  const wc = currencyArg(withdrawCurrency, 'withdraw_currency');
  const to = text(withdrawTo);
  if (resolveWithdrawTo(to) === null) {
    throw new InputError(
      `withdraw_to ${JSON.stringify(to)} must be corporate or personal (对公 / 法人个人).`,
    );
  }
  const money = amountArg(amount, 'USD');
  const b = boundArg(bound);
  const settings: Settings = {};
  const mem = optional(membership)?.toLowerCase();
  if (mem !== undefined) {
    if (mem !== 'paid' && mem !== 'free')
      throw new InputError(`membership ${JSON.stringify(mem)} must be paid or free.`);
    settings.membership = mem;
  }
  const reg = optional(region);
  if (reg !== undefined) {
    const R = reg.toUpperCase();
    if (R === 'MAINLAND') settings.region = 'mainland';
    else if (R === 'HK' || R === 'TW') settings.region = R;
    else throw new InputError(`region ${JSON.stringify(reg)} must be mainland, HK or TW.`);
  }
  const sr = rateArg(settlementRate, 'settlement_rate');
  if (sr !== undefined) settings.settlementRate = sr;
  const args: Parameters<typeof withdrawalFee>[0] = {
    amount: money,
    exportMode: mode,
    withdrawCurrency: wc,
    withdrawTo: to,
    settings,
  };
  const ot = optional(orderType);
  if (ot !== undefined) {
    if (resolveOrderType(ot) === null)
      throw new InputError(`order_type ${JSON.stringify(ot)} must be TA or DPO.`);
    args.orderType = ot;
  }
  const { fee, findings } = withdrawalFee(args);
  const bad = errors(findings);
  if (!fee && bad.length > 0) throw new InputError(findingText(bad));
  if (fee && fee.currency !== wc) {
    throw new InputError(
      `the withdrawal fee is ${formatFee(fee, 'en')}, not in ${wc}${wc === 'CNY' ? ': give settlement_rate to convert' : ''}.`,
    );
  }
  return feeNumber(fee, findings, b, wc, 'the withdrawal fee');
}

function exportModeArg(v: Scalar): string {
  const mode = text(v);
  if (mode === '') throw new InputError('export_mode is empty: give self, onetouch, convenient or market.');
  if (resolveExportMode(mode) === null) {
    throw new InputError(
      `unknown export_mode ${JSON.stringify(mode)}: give self, onetouch, convenient or market.`,
    );
  }
  return mode;
}

export function langArg(v: Scalar): Lang {
  const t = text(v).toLowerCase();
  if (t === '' || t === 'en') return 'en';
  if (t === 'zh' || t === 'zh-cn' || t === 'cn') return 'zh';
  throw new InputError(`lang ${JSON.stringify(text(v))} must be "en" or "zh".`);
}

function grid(v: Arg, name: string): Scalar[][] {
  if (Array.isArray(v)) {
    if (v.every((r) => Array.isArray(r))) return v as Scalar[][];
    return [v as Scalar[]];
  }
  if (v === undefined) throw new InputError(`${name} is missing.`);
  return [[v as Scalar]];
}

/** Rules that compare a date with today: without a `today` argument they are not checked (and the cell says so). */
const TODAY_RULES = new Set(['shipping/date-past', 'shipping/date-too-soon', 'shipping/already-shipped']);
/** Any date works for a check whose today-rules are dropped: the other rules never read it. */
const ANY_DAY = '2000-01-01';

const NO_TODAY = {
  en: 'ship_by_date / shipped_on not compared with today: pass today (YYYY-MM-DD) as the 5th argument',
  zh: '未与今天比较指定发货日期/发货日期：请以第 5 个参数传入今天（YYYY-MM-DD）',
};

/**
 * TA_CHECK(headers, rows, [lang], [settings_json], [today]): the findings of each order row as text, one
 * result per row ("OK" when there are none, empty for an empty row). The result depends on the arguments
 * only — a custom function recalculates when they change, never when stored settings or the date do — so
 * settings come from settings_json alone, and without `today` the date rules are skipped, which the cell
 * says. A number typed as a percentage arrives as the plain number (custom functions see no formats).
 */
export function checkCells(
  headers: Arg,
  rows: Arg,
  lang: Arg,
  settingsJson: Arg,
  today: Arg,
  parse: (json: unknown) => { settings: Settings; findings: Finding[] },
): string | string[][] {
  const h = grid(headers, 'headers');
  if (h.length !== 1) throw new InputError(`TA_CHECK: headers must be one row (got ${h.length} rows).`);
  const head = h[0] as Scalar[];
  const body = grid(rows, 'rows');
  for (const [i, r] of body.entries()) {
    if (r.length !== head.length) {
      throw new InputError(`TA_CHECK: row ${i + 1} has ${r.length} cells but headers has ${head.length}.`);
    }
  }
  const l = langArg(lang as Scalar);
  let settings: Settings = {};
  const sj = text(settingsJson as Scalar);
  if (sj !== '') {
    let json: unknown;
    try {
      json = JSON.parse(sj);
    } catch {
      throw new InputError('TA_CHECK: settings_json is not valid JSON.');
    }
    const parsed = parse(json);
    if (parsed.findings.length > 0) throw new InputError(`TA_CHECK: ${findingText(parsed.findings, 'en')}`);
    settings = parsed.settings;
  }
  const day = text(today as Scalar);
  if (day !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(day))
    throw new InputError('TA_CHECK: today must be YYYY-MM-DD.');

  const blank = body.map((r) => r.every((v) => isBlank(v) || (typeof v === 'string' && v.trim() === '')));
  const kept = body.filter((_, i) => !blank[i]);
  const toRaw = (v: Scalar): CoreCell => (isDate(v) ? text(v) : toCell(v as RawValue));
  const report = checkRows(
    [head.map(toRaw), ...kept.map((r) => r.map(toRaw))],
    settings,
    day || ANY_DAY,
  ) as Report;
  const byRow = new Map(report.rows.map((r) => [r.row, r]));
  // The columns whose dates are compared with today.
  const { columns } = matchHeaders(head.map(toRaw));
  const dated = columns.flatMap((f, c) => (f === 'ship_by_date' || f === 'shipped_on' ? [c] : []));
  let k = 0;
  const out = body.map((r, i) => {
    if (blank[i]) return [''];
    k++;
    const all = byRow.get(k + 1)?.findings ?? [];
    const fs = day ? all : all.filter((f) => !TODAY_RULES.has(f.rule));
    const lines = fs.map(
      (f) =>
        `${SEVERITY_WORD[f.severity][l]} ${f.rule} (${f.field}): ${visible(f.message[l] || f.message.en)}`,
    );
    const skipped = !day && dated.some((c) => !isBlank(r[c] as Scalar));
    if (skipped) lines.push(`${SEVERITY_WORD.info[l]} ${NO_TODAY[l]}`);
    return [fs.length === 0 ? (skipped ? `OK\ninfo ${NO_TODAY[l]}` : 'OK') : lines.join('\n')];
  });
  return out.length === 1 && !Array.isArray(rows) ? (out[0]?.[0] ?? '') : out;
}
