import type { CurrencyCode, Message, Money, Severity } from '../types.ts';

/** The two parts of an order a T/T receipt can be linked to (预付款 / 尾款). */
export type Part = 'advance' | 'balance';
export const PARTS: readonly Part[] = ['advance', 'balance'];

/** One part of an order: its amount and what is already linked to it. */
export interface OrderPart {
  amount: Money;
  paid: Money;
}

/** An order as the engine sees it (read from the order sheet by the caller). */
export interface LinkOrder {
  /** Sheet row (1-based, the header is row 1): the order's identity in reports. */
  row: number;
  ref: string | null;
  currency: CurrencyCode;
  buyerName: string | null;
  registeredPayer: string | null;
  /** YYYY-MM-DD: the day the buyer confirmed. */
  confirmedOn: string | null;
  advance: OrderPart | null;
  balance: OrderPart | null;
  /** Closed or cancelled: no receipt is linked to it. */
  closed: boolean;
}

/** A link the seller intends to make (`link_order`, `link_part`, `link_amount`): checked, not proposed. */
export interface IntendedLink {
  /** As typed: an order reference (or a row number, `#5` / `5`, when it matches no reference). */
  order: string;
  part: Part | null;
  /** null when the amount cell is empty: the whole receipt is meant. */
  amount: Money | null;
}

/** A T/T receipt (外汇到账). */
export interface LinkReceipt {
  row: number;
  ref: string | null;
  /** Sort key: milliseconds since the epoch (a date alone is midnight US Pacific); null sorts last. */
  receivedAt: number | null;
  /** YYYY-MM-DD in US Pacific time, for comparison with the confirmation day. */
  receivedOn: string | null;
  payer: string;
  amount: Money;
  /** Already linked on the platform. */
  linked: Money;
  memo: string;
  intended: IntendedLink | null;
}

export interface LinkOptions {
  /** The most a receipt may be short of the parts it pays and still pay them (bank charges), per currency. */
  bankFeeTolerance: Partial<Record<CurrencyCode, Money>>;
}

export type ReasonCode =
  | 'reference'
  | 'reference-near'
  | 'amount-exact'
  | 'amount-short'
  | 'amount-combined'
  | 'amount-partial'
  | 'payer-registered'
  | 'payer-name'
  | 'date'
  | 'payer-unknown'
  | 'date-before-confirmation'
  | 'runner-up';

export interface Reason {
  code: ReasonCode;
  message: Message;
}

export type LinkRuleId = 'linking/over-outstanding' | 'linking/payer-mismatch' | 'linking/irreversible';

export interface LinkFinding {
  rule: LinkRuleId;
  severity: Severity;
  /** The receipts-sheet column it is about. */
  field: 'amount' | 'payer' | 'link_order' | 'link_part' | 'link_amount';
  message: Message;
}

export interface Link {
  /** Index into the orders array given to the engine. */
  order: number;
  part: Part;
  amount: Money;
}

/** One reading of a receipt: the links it would make, and why. */
export interface Reading {
  links: Link[];
  /** What the seller would accept as bank charges (zero when the receipt is not short). */
  shortfall: Money;
  /** Part of the receipt the links leave unlinked (a receipt larger than what it could pay). */
  unlinked: Money;
  /** 0..1, two decimals. */
  confidence: number;
  reasons: Reason[];
  findings: LinkFinding[];
  /** Sum of the evidence weights (for ranking; not part of the report). */
  score: number;
}

/** Index into the receipts array given to the engine. */
export interface Proposal {
  receipt: number;
  reading: Reading;
}

export interface Unmatched {
  receipt: number;
  /** Ranked, best first (at most MAX_CANDIDATES). */
  candidates: Reading[];
  why: Message;
}

export interface Intended {
  receipt: number;
  links: Link[];
  findings: LinkFinding[];
}

export interface LinkResult {
  proposals: Proposal[];
  unmatched: Unmatched[];
  intended: Intended[];
}
