import type { Ratio } from '../money/ratio.ts';
import type { Order } from '../read/order.ts';
import type {
  Finding,
  FindingField,
  LinkFinding,
  Message,
  ReceiptFindingField,
  Settings,
  Severity,
} from '../types.ts';

/**
 * A rule, ESLint-style: one file each under core/src/rules/<area>/<name>.ts, holding its ID, severity and
 * source (meta), its messages as data with typed parameters (rendered only when a message is read, zod-style),
 * and the check over the typed order that core's reader made. Rules whose findings come from reading a cell,
 * pricing a fee, reading a sheet or a page have no `check`: `reportedBy` names where they are reported.
 */
export interface Rule<P = void> {
  readonly id: string;
  readonly severity: Severity;
  /** rules.md section (or "ext" for rules this toolkit adds, see docs/rules.md). */
  readonly section: string;
  /** Where the rule comes from: seed document and passage. */
  readonly source: string;
  readonly messages: { readonly en: (p: P) => string; readonly zh: (p: P) => string };
  readonly check?: (ctx: RuleContext) => void;
  /** One call per payment method of the order (rules that judge a method: allowed, limits, currencies). */
  readonly checkMethod?: (ctx: RuleContext, method: MethodUse) => void;
  readonly reportedBy?: 'reading' | 'fees' | 'sheet' | 'page' | 'settings' | 'linking';
  /** Rules that need more than one row (a buyer's Boleto month): the sheet checker drives them. */
  readonly acrossRows?: () => AcrossRows;
}

/** A payment method chosen on the order, with its index among the order's methods. */
export interface MethodUse {
  readonly id: string;
  readonly index: number;
}

/**
 * A cross-row check: sees each checked row (its 1-based sheet row and its index in the report), then reports
 * on the rows it names by their index.
 */
export interface AcrossRows {
  note(order: Order, sheetRow: number, index: number): void;
  finish(report: (index: number, finding: Finding) => void, settings: Settings): void;
}

export function defineRule<P = void>(rule: Rule<P>): Rule<P> {
  return Object.freeze(rule);
}

/** What a rule's check sees: the typed order, the seller's settings, today, and where to report. */
export interface RuleContext {
  readonly order: Order;
  readonly settings: Settings;
  /** 'YYYY-MM-DD', US Pacific. */
  readonly today: string;
  /** The user's USD→CNY rate (CNY per USD), when given and valid. */
  readonly usdCny: Ratio | null;
  report<P>(rule: Rule<P>, field: FindingField, params: P, part?: string): void;
  /**
   * An order-currency amount against a USD threshold, exactly: -1, 0, 1. A CNY amount converts at the user's
   * rate; without one this reports fx/rate-missing once for `check` (its name in both languages) and
   * returns null, so the rule that asked stays silent rather than guess.
   */
  compareWithUsd(minor: number, usdMinor: number, field: FindingField, check: Message): -1 | 0 | 1 | null;
}

const EMPTY_PARAMS = Object.freeze({});

/**
 * A finding with its message rendered on first read and kept. Serialises as the report contract's
 * `{rule, severity, field, message}`; `key` (rule, field and the part it is about) tells findings apart.
 */
export class RuleFinding<P, F extends string = FindingField> {
  readonly rule: string;
  readonly severity: Severity;
  readonly field: F;
  readonly key: string;
  readonly #spec: Rule<P>;
  readonly #params: P;
  #message: Message | undefined;

  constructor(spec: Rule<P>, field: F, params: P, part?: string) {
    this.rule = spec.id;
    this.severity = spec.severity;
    this.field = field;
    this.key = part === undefined ? `${spec.id}|${field}` : `${spec.id}|${field}|${part}`;
    this.#spec = spec;
    this.#params = params ?? (EMPTY_PARAMS as P);
  }

  get message(): Message {
    this.#message ??= Object.freeze({
      en: this.#spec.messages.en(this.#params),
      zh: this.#spec.messages.zh(this.#params),
    });
    return this.#message;
  }

  toJSON(): { rule: string; severity: Severity; field: F; message: Message } {
    return { rule: this.rule, severity: this.severity, field: this.field, message: this.message };
  }
}

/**
 * A finding of `rule` about `field` (and `part`, when one field carries several). One without parameters reads
 * the same on every row: it is made once per rule and field and shared (a sheet of OneTouch orders repeats
 * export/onetouch-review on every row).
 */
export function finding<P>(rule: Rule<P>, field: FindingField, params: P, part?: string): Finding {
  if (params !== undefined || part !== undefined) return new RuleFinding(rule, field, params, part);
  // Looked up by the rule and the field themselves: no "rule|field" string to build and hash on each row.
  let byField = PLAIN.get(rule);
  if (!byField) {
    byField = new Map();
    PLAIN.set(rule, byField);
  }
  let shared = byField.get(field);
  if (!shared) {
    shared = Object.freeze(new RuleFinding(rule, field, params));
    byField.set(field, shared);
  }
  return shared;
}
// biome-ignore lint/suspicious/noExplicitAny: one cache for rules of every parameter type
const PLAIN = new Map<Rule<any>, Map<FindingField, Finding>>();

/** A fund-linking finding of `rule` about a receipts-sheet column. */
export function linkFinding<P>(
  rule: Rule<P>,
  field: ReceiptFindingField,
  params: P,
  part?: string,
): LinkFinding {
  return new RuleFinding(rule, field, params, part);
}
