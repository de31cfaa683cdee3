import {
  EXPORT_MODES,
  formatFee,
  formatMinor,
  PAYMENT_METHODS,
  parseAmount,
  quoteOrder,
  todayInPacific,
} from '@ta-toolkit/core';
import type {
  CurrencyCode,
  Fee,
  Finding,
  Lang,
  Message,
  Money,
  OrderInput,
  Settings,
} from '@ta-toolkit/core/types';

/**
 * The fee calculator's model: the inputs as an order, priced by core's one quote (quoteOrder), on every
 * keystroke in the sidebar (core is bundled into the HTML) and in Node tests. Text comes from core's formatters.
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

/** What people read about a fee: the warnings and errors, then why it is a range or not computed. */
function notes(findings: readonly Finding[], why: Message | null, lang: Lang): string[] {
  const out = findings.filter((f) => f.severity !== 'info').map((f) => f.message[lang] || f.message.en);
  if (why) out.push(why[lang]);
  // one line per message: the same finding about the advance and the balance reads the same
  return [...new Set(out)];
}

/** The order the calculator prices: the whole amount paid at once with each method, withdrawn in full. */
export function calculatorOrder(input: CalcInput, amount: Money): OrderInput {
  const amountText = formatMinor(amount.minor, amount.currency);
  const order: OrderInput = {
    order_type: input.orderType,
    drafted_by: 'seller',
    currency: amount.currency,
    order_total: amountText,
    advance: amountText,
    payment_method: input.method,
    export_mode: input.exportMode,
  };
  if (input.cardBrand) order.card_brand = input.cardBrand;
  if (input.cardRegion) order.card_region = input.cardRegion;
  if (input.logistics) order.logistics = input.logistics;
  if (input.withdrawCurrency) {
    order.withdraw_amount = amountText;
    order.withdraw_currency = input.withdrawCurrency;
    order.withdraw_to = input.withdrawTo;
  }
  return order;
}

/** Core's one quote for the order, as the sidebar shows it: no fee is computed here. */
export function calculate(input: CalcInput, settings: Settings, lang: Lang): CalcResult {
  const parsed = parseAmount(input.amount);
  if (!parsed.ok || parsed.minor <= 0) {
    return {
      amount: null,
      amountError: T.amountBad[lang],
      methods: [],
      service: { fee: null, text: '—', notes: [] },
      withdrawal: null,
    };
  }
  const amount: Money = { minor: parsed.minor, currency: parsed.currency ?? input.currency };
  const quote = quoteOrder(calculatorOrder(input, amount), settings, todayInPacific(), { methods: 'all' });
  const withdrawal = quote.withdrawal;
  return {
    amount,
    amountError: null,
    methods: quote.methods.map((m) => ({
      id: m.id,
      name: m.name[lang],
      fee: m.fee,
      text: formatFee(m.fee, lang),
      allowed: m.allowed,
      notes: notes(m.findings, m.why, lang),
      selected: m.id === input.method,
    })),
    service: {
      fee: quote.service.fee,
      text: formatFee(quote.service.fee, lang),
      notes: notes(quote.service.findings, quote.service.why, lang),
    },
    withdrawal: withdrawal && {
      fee: withdrawal.fee,
      net: withdrawal.net,
      text: formatFee(withdrawal.fee, lang),
      netText: formatFee(withdrawal.net, lang),
      notes: notes(withdrawal.findings, withdrawal.why, lang),
    },
  };
}

/** The chart's amount axis: past the order's amount (at least USD/CNY 1,000), on a round number. */
export function chartMaxMinor(minor: number): number {
  const v = Math.max(minor * 2, 100_000);
  const pow = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * pow >= v) return m * pow;
  return 10 * pow;
}

export const EXPORT_MODE_OPTIONS = () => EXPORT_MODES.map((m) => ({ id: m.id, name: m.name }));
export const METHOD_OPTIONS = () => PAYMENT_METHODS.map((m) => ({ id: m.id, name: m.name }));
