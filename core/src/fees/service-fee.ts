import { formatGrouped } from '../money/format.ts';
import type { Ratio } from '../money/ratio.ts';
import { compareProducts, mulDiv } from '../money/round.ts';
import notStated from '../rules/fee/not-stated.ts';
import rateMissing from '../rules/fx/rate-missing.ts';
import { finding } from '../rules/rule.ts';
import { EXPORT_MODES, getExportMode, resolveExportMode } from '../tables/export-modes.ts';
import { resolveLogistics } from '../tables/vocabulary.ts';
import type { Finding, Money, OrderField, Settings } from '../types.ts';
import { exactFee, type FeeResult, NO_FINDINGS, rangeFee, settingsRate } from './fee.ts';

const SOURCE = new Map(EXPORT_MODES.map((m) => [m.id, `rules.md §5 ${m.id}`]));

export interface ServiceFeeArgs {
  /** The order total, in the order's currency. */
  amount: Money;
  /** Export-mode id or name (rules.md §5). */
  exportMode: string;
  /** 'platform' / 'third-party' (or their Chinese names); absent: the fee is the 1%..2% range. */
  logistics?: string;
  settings: Settings;
  /** The field the amount came from, for findings about it (default 'order_total'). */
  field?: OrderField;
}

/**
 * The seller's service fee for the export mode (rules.md §5, 000 第二步 出口方式):
 * self / convenient: 1% (platform logistics) or 2% (third-party), the range 1%..2% when unknown,
 * settings.serviceFeeRate overriding both; capped at USD 100. onetouch: 1.2% capped at RMB 480.
 * market: not stated. The cap converts with settings.usdCny when the order is in the other currency; the
 * comparison is exact (rationals) and the fee rounds half-up once. Without a rate the fee is uncapped and
 * fx/rate-missing says the cap could not be applied. Never throws.
 */
export function serviceFee(args: ServiceFeeArgs): FeeResult {
  const { amount } = args;
  return serviceFeeOf(
    amount.minor,
    amount.currency,
    args.exportMode,
    args.logistics,
    args.settings,
    args.field,
  );
}

/**
 * serviceFee with its arguments spelled out: what the order check calls on every row (no argument objects),
 * and no findings list unless there is a finding.
 */
export function serviceFeeOf(
  minor: number,
  currency: Money['currency'],
  exportMode: string,
  logisticsText: string | undefined,
  settings: Settings,
  field: OrderField = 'order_total',
): FeeResult {
  const id = resolveExportMode(exportMode);
  const mode = id === null ? undefined : getExportMode(id);
  if (mode === undefined || !Number.isSafeInteger(minor) || minor < 0)
    return { fee: null, findings: NO_FINDINGS };
  const source = SOURCE.get(mode.id) ?? `rules.md §5 ${mode.id}`;
  const spec = mode.serviceFee;
  if (spec.kind === 'not-stated') {
    const what = { en: `The service fee of ${mode.name.en}`, zh: `${mode.name.zh}的服务费` };
    return { fee: null, findings: [finding(notStated, 'export_mode', { what }, mode.id)] };
  }

  // Which rate(s): a valid user override, else by logistics, else both ends of the range.
  let low: Ratio = spec.platform;
  let high: Ratio = spec.thirdParty;
  const override = spec.overridable ? settingsRate(settings.serviceFeeRate) : null;
  if (override !== null && override.num <= override.den) {
    low = override;
    high = override;
  } else if (logisticsText !== undefined && logisticsText.trim() !== '') {
    const logistics = resolveLogistics(logisticsText);
    if (logistics === 'platform') high = low;
    else if (logistics === 'third-party') low = high;
  }

  // The cap in the order's currency as an exact fraction capMinor · capNum / capDen.
  let findings: readonly Finding[] = NO_FINDINGS;
  let capMinor = spec.cap.minor;
  let capNum = 1;
  let capDen = 1;
  let capped = true;
  if (spec.cap.currency !== currency) {
    const rate = settingsRate(settings.usdCny);
    if (rate !== null && spec.cap.currency === 'USD' && currency === 'CNY') {
      capNum = rate.num;
      capDen = rate.den;
    } else if (rate !== null && spec.cap.currency === 'CNY' && currency === 'USD') {
      capNum = rate.den;
      capDen = rate.num;
    } else {
      capped = false;
      const cap = `${spec.cap.currency} ${formatGrouped(capMinor, spec.cap.currency)}`;
      const what = {
        en: `The ${cap} cap on the ${mode.name.en} service fee (not applied)`,
        zh: `${mode.name.zh}服务费的 ${cap} 上限（未应用）`,
      };
      findings = [finding(rateMissing, field, { what, setting: 'usdCny' }, 'service-cap')];
      capMinor = 0;
    }
  }
  const lowFee = cappedFee(minor, low, capped, capMinor, capNum, capDen);
  const fee =
    low === high
      ? exactFee(currency, lowFee, source)
      : rangeFee(currency, lowFee, cappedFee(minor, high, capped, capMinor, capNum, capDen), false, source);
  return { fee, findings };
}

/** m · r, or the cap capMinor · capNum / capDen when that is smaller (compared exactly); one half-up rounding. */
function cappedFee(
  m: number,
  r: Ratio,
  capped: boolean,
  capMinor: number,
  capNum: number,
  capDen: number,
): number {
  if (capped && compareProducts(m, r.num, capDen, capMinor, capNum, r.den) > 0)
    return mulDiv(capMinor, capNum, capDen);
  return mulDiv(m, r.num, r.den);
}
