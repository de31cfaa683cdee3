import type { Cell } from './cells.ts';

/**
 * The shared vocabulary of core. Every face (ta-check, the extension, the Sheets add-on) speaks it.
 * Money is integer minor units (cents / fen) held in a JS number that is always a safe integer;
 * see money/ for the single rounding rule.
 */

export type CurrencyCode = 'USD' | 'CNY' | 'EUR';
export type Lang = 'en' | 'zh';
export type Severity = 'error' | 'warning' | 'info';

/** Text a user reads, in both product languages. */
export interface Message {
  en: string;
  zh: string;
}

/** An exact amount: integer minor units of one currency. */
export interface Money {
  minor: number;
  currency: CurrencyCode;
}

/**
 * A fee or amount as the product reports it. A range in the source stays a range (low < high);
 * an "about" in the source sets approximate. low/high are integer minor units of `currency`.
 */
export interface Fee {
  currency: CurrencyCode;
  low: number;
  high: number;
  approximate: boolean;
  /** The rule/table row it came from, e.g. "rules.md §4 card". */
  source: string;
}

/** The columns of the order sheet (order-sheet.md); the extension's form fields use the same names. */
export const ORDER_FIELDS = [
  'order_ref',
  'order_type',
  'drafted_by',
  'buyer_email',
  'destination',
  'currency',
  'unit_price',
  'quantity',
  'product_total',
  'freight',
  'insurance',
  'order_total',
  'advance',
  'balance',
  'payment_method',
  'payer_currency',
  'card_brand',
  'card_region',
  'export_mode',
  'logistics',
  'shipping_method',
  'trade_term',
  'shipping_address',
  'ship_within_days',
  'ship_by_date',
  'remark',
  'withdraw_amount',
  'withdraw_currency',
  'withdraw_to',
  // Added by ta-toolkit (optional; docs/order-sheet.md): they make rules of rules.md checkable.
  'withdraw_from',
  'shipped_on',
  'order_date',
] as const;
export type OrderField = (typeof ORDER_FIELDS)[number];

/** A plain form / JSON value. `undefined` (or a missing key) means "not given"; '' means "given, empty". */
export type RawValue = string | number | Date | boolean | null | undefined;

/**
 * One order as typed by the user, keyed by sheet column: plain values, or typed cells (cells.ts) where the
 * source knows more (a percentage, a date). Nothing is parsed yet: core's reader does that, once.
 */
export type OrderInput = Partial<Record<OrderField, RawValue | Cell>>;

export type { Settings } from './settings.ts';

/** A rule ID `area/name` from the rule catalogue (core/src/rules/catalog.ts). */
export type RuleId = string;

/** What a finding is about: a sheet column / form field, or the seller's settings. */
export type FindingField = OrderField | 'settings';

export interface Finding {
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly field: FindingField;
  /** rule|field, and the part it is about when one field carries several (a method, a payment): tells findings apart, never their text. */
  readonly key: string;
  /** Rendered from the rule's templates when first read. */
  readonly message: Message;
}

export interface OrderFees {
  /** Buyer's fee, summed over the order's payments (advance, then balance). null: not computable. */
  payment: Fee | null;
  /** Seller's service fee for the export mode. */
  service: Fee | null;
  /** Withdrawal fee, when the row plans a withdrawal. */
  withdrawal: Fee | null;
  /** What reaches the bank account after the withdrawal fee, when the row plans a withdrawal. */
  net: Fee | null;
}

export interface CheckResult {
  findings: Finding[];
  fees: OrderFees;
}
