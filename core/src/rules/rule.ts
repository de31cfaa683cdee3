import type { Ratio } from '../money/ratio.ts';
import type { Order } from '../read/order.ts';
import type { Finding, FindingField, Message, Settings, Severity } from '../types.ts';

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
  readonly reportedBy?: 'reading' | 'fees' | 'sheet' | 'page' | 'settings';
  /** Rules that need more than one row (a buyer's Boleto month): the sheet checker drives them. */
  readonly acrossRows?: () => AcrossRows;
}

/** A payment method chosen on the order, with its index among the order's methods. */
export interface MethodUse {
  readonly id: string;
  readonly index: number;
}

/** A cross-row check: sees each checked row, then reports on the rows it names. */
export interface AcrossRows {
  note(order: Order, row: number): void;
  finish(report: (row: number, finding: Finding) => void, settings: Settings): void;
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
export class RuleFinding<P> implements Finding {
  readonly rule: string;
  readonly severity: Severity;
  readonly field: FindingField;
  readonly key: string;
  readonly #spec: Rule<P>;
  readonly #params: P;
  #message: Message | undefined;

  constructor(spec: Rule<P>, field: FindingField, params: P, part?: string) {
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

  toJSON(): { rule: string; severity: Severity; field: FindingField; message: Message } {
    return { rule: this.rule, severity: this.severity, field: this.field, message: this.message };
  }
}

/** A finding of `rule` about `field` (and `part`, when one field carries several). */
export function finding<P>(rule: Rule<P>, field: FindingField, params: P, part?: string): Finding {
  return new RuleFinding(rule, field, params, part);
}
