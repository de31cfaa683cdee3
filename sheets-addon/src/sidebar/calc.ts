import {
  checkOrder,
  EXPORT_MODES,
  formatFee,
  formatMinor,
  PAYMENT_METHODS,
  parseAmount,
  paymentFee,
  serviceFee,
  todayInPacific,
  withdrawalFee,
} from '@ta-toolkit/core';
import type { CurrencyCode, Fee, Finding, Lang, Money, Settings } from '@ta-toolkit/core/types';

/**
 * The fee calculator's model: pure, runs in the sidebar on every keystroke (core is bundled into the HTML)
 * and in Node tests. All amounts stay integer minor units; text comes from core's formatters.
 */
export interface CalcInput {
  amount: string;
  currency: CurrencyCode;
  orderType: 'TA' | 'DPO';
  exportMode: string;
  /** '' = not given (the service fee is then the 1–2% range). */
  logistics: string;
  method: string;
  cardBrand: string;
  cardRegion: string;
  /** '' = no withdrawal planned. */
  withdrawCurrency: string;
  withdrawTo: string;
}

export const DEFAULT_INPUT: CalcInput = {
  amount: '2500',
  currency: 'USD',
  orderType: 'TA',
  exportMode: 'self',
  logistics: '',
  method: 'tt-intl',
  cardBrand: '',
  cardRegion: '',
  withdrawCurrency: 'CNY',
  withdrawTo: 'corporate',
};

export interface MethodRow {
  id: string;
  name: string;
  fee: Fee | null;
  text: string;
  /** Allowed on the chosen order type (PAYMENT_METHODS[].orderTypes). */
  allowed: boolean;
  /** Warnings and errors about this payment (over the limit, currency, …), in the chosen language. */
  notes: string[];
  selected: boolean;
}

export interface CalcResult {
  amount: Money | null;
  amountError: string | null;
  methods: MethodRow[];
  service: { fee: Fee | null; text: string; notes: string[] };
  withdrawal: { fee: Fee | null; net: Fee | null; text: string; netText: string; notes: string[] } | null;
}

const T = {
  amountBad: {
    en: 'Enter an amount, e.g. 2500 or USD 2,500.00',
    zh: '请输入金额，例如 2500 或 USD 2,500.00',
  },
};

function notes(findings: readonly Finding[], lang: Lang): string[] {
  return findings.filter((f) => f.severity !== 'info').map((f) => f.message[lang] || f.message.en);
}

export function calculate(input: CalcInput, settings: Settings, lang: Lang): CalcResult {
  const parsed = parseAmount(input.amount);
  const empty: CalcResult = {
    amount: null,
    amountError: T.amountBad[lang],
    methods: [],
    service: { fee: null, text: '—', notes: [] },
    withdrawal: null,
  };
  if (!parsed.ok || parsed.minor <= 0) return empty;
  const amount: Money = {
    minor: parsed.minor,
    currency: (parsed.currency as CurrencyCode | undefined) ?? input.currency,
  };

  const today = todayInPacific();
  const amountText = formatMinor(amount.minor, amount.currency);
  const methods = PAYMENT_METHODS.map((m): MethodRow => {
    const args: Parameters<typeof paymentFee>[0] = { amount, method: m.id };
    if (m.id === 'card' && input.cardBrand) args.cardBrand = input.cardBrand;
    if (m.id === 'card' && input.cardRegion) args.cardRegion = input.cardRegion;
    const r = paymentFee(args);
    // What core's order check says about paying this order in full with this method (limits, order type).
    const order = checkOrder(
      {
        order_type: input.orderType,
        drafted_by: 'seller',
        currency: amount.currency,
        order_total: amountText,
        advance: amountText,
        payment_method: m.id,
        card_brand: input.cardBrand || undefined,
        card_region: input.cardRegion || undefined,
      },
      settings,
      today,
    );
    const about = order.findings.filter((f) => f.rule.startsWith('payment/'));
    const allowed = !about.some((f) => f.rule === 'payment/method-not-allowed');
    return {
      id: m.id,
      name: m.name[lang],
      fee: r.fee,
      text: formatFee(r.fee, lang),
      allowed,
      notes: notes([...about, ...r.findings], lang),
      selected: m.id === input.method,
    };
  });

  const sArgs: Parameters<typeof serviceFee>[0] = { amount, exportMode: input.exportMode, settings };
  if (input.logistics) sArgs.logistics = input.logistics;
  const s = serviceFee(sArgs);

  let withdrawal: CalcResult['withdrawal'] = null;
  if (input.withdrawCurrency) {
    const w = withdrawalFee({
      amount,
      exportMode: input.exportMode,
      withdrawCurrency: input.withdrawCurrency,
      withdrawTo: input.withdrawTo,
      orderType: input.orderType,
      settings,
    });
    withdrawal = {
      fee: w.fee,
      net: w.net,
      text: formatFee(w.fee, lang),
      netText: formatFee(w.net, lang),
      notes: notes(w.findings, lang),
    };
  }
  return {
    amount,
    amountError: null,
    methods,
    service: { fee: s.fee, text: formatFee(s.fee, lang), notes: notes(s.findings, lang) },
    withdrawal,
  };
}

/** One row of the fee chart: where its bars go (pixels), or the text shown instead of a bar. */
export interface ChartRow {
  id: string;
  y: number;
  allowed: boolean;
  selected: boolean;
  /** Solid bar up to the low bound, lighter bar up to the high bound; null: listed, not drawn. */
  bar: { low: number; high: number; approximate: boolean; label: string } | null;
  /** The fee as text when it is not drawn (another currency than the payment's, or not stated). */
  text: string;
}

export const CHART = { rowHeight: 18, labelWidth: 84, textRoom: 70 };

/**
 * The chart of every method's buyer fee: a solid bar up to the low bound, a lighter one from low to high, a
 * dashed outline when the fee is approximate. Fees in another currency than the payment's are listed, not
 * drawn (no exchange rate is assumed).
 */
export function chartRows(result: CalcResult, lang: Lang, width: number): ChartRow[] {
  const currency = result.amount?.currency;
  const drawable = result.methods.filter((r) => r.fee && r.fee.currency === currency);
  const max = Math.max(1, ...drawable.map((r) => (r.fee as Fee).high));
  const barWidth = width - CHART.labelWidth - CHART.textRoom;
  return result.methods.map((r, i) => {
    const fee = r.fee && r.fee.currency === currency ? r.fee : null;
    const low = fee ? Math.max(1, Math.round((fee.low / max) * barWidth)) : 0;
    const high = fee ? Math.max(low, Math.round((fee.high / max) * barWidth)) : 0;
    return {
      id: r.id,
      y: 4 + i * CHART.rowHeight,
      allowed: r.allowed,
      selected: r.selected,
      bar: fee ? { low, high, approximate: fee.approximate, label: amountLabel(fee) } : null,
      text: fee ? '' : formatFee(r.fee, lang),
    };
  });
}

function amountLabel(fee: Fee): string {
  const lo = formatMinor(fee.low, fee.currency);
  const hi = formatMinor(fee.high, fee.currency);
  return `${fee.approximate ? '≈' : ''}${lo === hi ? lo : `${lo}–${hi}`}`;
}

export const EXPORT_MODE_OPTIONS = () => EXPORT_MODES.map((m) => ({ id: m.id, name: m.name }));
export const METHOD_OPTIONS = () => PAYMENT_METHODS.map((m) => ({ id: m.id, name: m.name }));
