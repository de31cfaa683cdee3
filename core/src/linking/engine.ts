import { add, compare, formatMoney, percentOf, subtract } from '../money/index.ts';
import type { Ratio } from '../money/ratio.ts';
import linkIrreversible from '../rules/linking/irreversible.ts';
import linkOverOutstanding from '../rules/linking/over-outstanding.ts';
import linkPayerMismatch from '../rules/linking/payer-mismatch.ts';
import { linkFinding } from '../rules/rule.ts';
import type { CurrencyCode, LinkFinding, Message, Money } from '../types.ts';
import { orderLabel, receiptLabel, targetLabel, text } from './messages.ts';
import { type NormalizedName, nameKeys, nameSimilarity, normalizeName } from './names.ts';
import { type ReferenceHit, ReferenceIndex, referenceKey } from './references.ts';
import type {
  Intended,
  Link,
  LinkOptions,
  LinkOrder,
  LinkReceipt,
  LinkResult,
  Part,
  Proposal,
  Reading,
  Reason,
  Unmatched,
} from './types.ts';

/**
 * The fund-linking proposal engine (fund-linking.md). Pure: orders and receipts in, proposals out.
 *
 * Each receipt is read against the open orders of its currency: evidence from the memo (the order number),
 * the payer (registered payer, buyer name) and the date gives an identity score per order; the amount gives
 * the readings (which parts it pays: exactly, short by bank charges, together, in part). A reading's score is
 * the sum of its evidence weights, roughly log-odds. A reading is proposed only when it is clearly best: its
 * confidence (its weight against every other reading and against "none of these orders") reaches
 * PROPOSE_MIN_CONFIDENCE and it leads the runner-up by PROPOSE_MIN_MARGIN. A wrong link cannot be undone, so
 * the weights are set so that no single kind of evidence proposes alone except the exact order number.
 *
 * The seller's intended links count first. Then receipts are taken in received order (those of one moment by
 * what they are, then by row); each proposal reduces what is outstanding for the receipts after it, and the
 * unmatched whose orders a later proposal changed are read again (MAX_PASSES). Orders are taken by row. So the
 * order of the input arrays never changes a proposal, nor does re-sorting the receipts sheet.
 */

export const PROPOSE_MIN_CONFIDENCE = 0.8;
/** Score points the best reading must lead the runner-up by. */
export const PROPOSE_MIN_MARGIN = 2;
/** The weight of "this receipt is for none of these orders" (noise, another platform, a refund). */
export const NULL_SCORE = 4.5;
/** Candidates listed for an unmatched receipt. */
export const MAX_CANDIDATES = 3;
/** The buyer pays within 15 natural days of confirming (fund-linking.md, `payment/overdue`). */
const PAYMENT_WINDOW_DAYS = 15;
/** Intermediary banks deduct USD 15–50 (fund-linking.md); a smaller shortfall is less typical of bank charges. */
const TYPICAL_BANK_CHARGE_USD = 1500;
/** Orders found only by their amount, considered per receipt. */
const MAX_AMOUNT_ONLY = 3;
/**
 * Proposals are irreversible, so a receipt that only a later receipt makes clear (that one pays the other
 * order) is read again once the receipts after it are proposed: passes over what is still unmatched.
 */
const MAX_PASSES = 4;
/**
 * Each transfer costs the buyer USD 15–50 in bank charges, so nobody splits a small part: two payments adding up
 * to a part below this are a coincidence (a sample fee and freight), not two instalments.
 */
const SPLIT_MIN_PART_USD = 100_000;
/** Receipts of one payer considered as the other instalment of a part: received within these days. */
const INSTALMENT_DAYS = 45;
/** The other instalments looked at per receipt (the nearest in time). */
const MAX_INSTALMENT_PARTNERS = 12;
/** Bank charges are at most this share of what the transfer pays. */
const MAX_CHARGES_SHARE: Ratio = { num: 1, den: 10 };
/** An instalment is at least this share of the part. */
const INSTALMENT_MIN_SHARE: Ratio = { num: 1, den: 5 };
/** Runner-ups this close to a proposal are named in its reasons. */
const RUNNER_UP_NOTE = 4;
/** Fund-linking.md: `bankFeeTolerance`, default USD 50. */
export const DEFAULT_LINK_OPTIONS: LinkOptions = {
  bankFeeTolerance: { USD: { minor: 5000, currency: 'USD' } },
};

/** Evidence weights (score points, about log-odds). */
export const WEIGHTS = {
  referenceExact: 8,
  referenceOneOff: 5,
  /** Last digits of the number: 4 digits, 5, 6–7, 8 or more. */
  referenceSuffix: [1.5, 2.5, 4, 5] as const,
  /** The beginning of the number (memo cut off): 10–12 digits, 13 or more. */
  referencePrefix: [3, 4.5] as const,
  payerRegistered: 4,
  payerNameClose: 4,
  payerNameNear: 3,
  payerNameRelated: 1,
  payerUnknown: -1,
  date: 0.5,
  dateBeforeConfirmation: -4,
  amountExact: 4,
  /** …an amount with cents that no other open order owes: a transfer of it by chance is rare. */
  amountUnique: 2,
  amountShort: 3,
  /** Short by less than intermediary banks usually take (USD 15–50): weaker. */
  amountShortUntypical: 1,
  partial: -1,
  excess: -3,
  balanceBeforeAdvance: -3,
  claimedEarlier: -2,
  /** Another receipt of the same payer adds up with this one to the part (two instalments). */
  instalmentPair: 4,
} as const;

/** Name similarities (names.ts) that count as the same company, a near name, a related company. */
const NAME_CLOSE = 0.9;
const NAME_NEAR = 0.75;
const NAME_RELATED = 0.6;
/** Orders of one buyer considered together for a transfer paying two orders. */
const MAX_GROUP = 40;
/** A payer fitting more buyers than this adds no candidates by itself. */
const MAX_PAYER_BUYERS = 8;
/** A payer-index entry shared by more orders than this is too common to look candidates up by. */
const MAX_NAME_BUCKET = 400;
/** Distinct names (and payers' rows of comparisons) remembered at most. */
const NAME_MEMO = 100_000;

/** A reason whose text is built only if the reading is reported (most readings are only scored). */
interface LazyReason {
  code: Reason['code'];
  message: () => Message;
}

interface Identity {
  score: number;
  reasons: LazyReason[];
  /** Reference or a payer at least NAME_NEAR: strong enough to pay two orders with one transfer. */
  known: boolean;
  referenced: boolean;
  /** The weight of the memo's reference to the order (0 when the memo does not name it). */
  reference: number;
}

interface PayerMatch {
  kind: 'registered' | 'name' | null;
  similarity: number;
  /** −ln(buyers this payer fits at this kind of match): 0 when it fits one buyer. */
  specificity: number;
}

interface PayerMatches {
  matches: ReadonlyMap<number, PayerMatch>;
  /** Distinct buyers the payer fits (by registered payer, or by name: the larger). */
  buyers: number;
}

/** The same reminder on every link (built once: findings render their message lazily and keep it). */
const IRREVERSIBLE = linkFinding(linkIrreversible, 'amount', undefined);

/** A payer that is not this order's buyer nor its registered payer. */
const NO_PAYER_MATCH: PayerMatch = { kind: null, similarity: 0, specificity: 0 };
/** No payer at all (no payer column, a blank cell): no evidence either way. */
const NO_PAYER: PayerMatch = { kind: null, similarity: 0, specificity: 0 };

interface Draft {
  links: Link[];
  shortfall: Money;
  unlinked: Money;
  score: number;
  reasons: LazyReason[];
  /** Pays the balance while the advance is outstanding (weighed down by balanceBeforeAdvance). */
  balanceFirst?: boolean;
  /** Pays part of one part only: what is outstanding on it (an instalment). */
  instalmentOf?: Money;
}

const zero = (currency: CurrencyCode): Money => ({ minor: 0, currency });
const isZero = (m: Money) => m.minor === 0;
/** a + b for amounts the engine built from one currency's safe integers (add is null only across currencies). */
const plus = (a: Money, b: Money): Money => add(a, b) ?? a;
const minus = (a: Money, b: Money): Money => subtract(a, b) ?? a;
const lt = (a: Money, b: Money) => compare(a, b) === -1;
const same = (a: Money, b: Money) => compare(a, b) === 0;

export function proposeLinks(
  orders: readonly LinkOrder[],
  receipts: readonly LinkReceipt[],
  options: LinkOptions = DEFAULT_LINK_OPTIONS,
): LinkResult {
  // The engine works on the orders sorted by row (so every "first" and every tie is decided by row, not by
  // array position) and answers with the caller's indexes.
  const byRow = [...orders.keys()].sort(
    (a, b) => (orders[a] as LinkOrder).row - (orders[b] as LinkOrder).row || a - b,
  );
  const result = new Engine(
    byRow.map((i) => orders[i] as LinkOrder),
    options,
  ).run(receipts);
  const back = (links: Link[]) => {
    for (const link of links) link.order = byRow[link.order] as number;
  };
  for (const p of result.proposals) back(p.reading.links);
  for (const u of result.unmatched) for (const c of u.candidates) back(c.links);
  for (const i of result.intended) back(i.links);
  return result;
}

class Engine {
  private readonly outstanding: Record<Part, Money | null>[];
  private readonly buyerNames: NormalizedName[];
  private readonly payerNames: NormalizedName[];
  private readonly references: ReferenceIndex;
  /** Closed orders' numbers: only to say why a memo naming one is not linked. */
  private readonly closedReferences: ReferenceIndex;
  private readonly byName = new Map<string, number[]>();
  /** Orders by buyer (normalised buyer name): the partners of a transfer paying two orders. */
  private readonly byBuyer = new Map<string, number[]>();
  /** Orders by an amount they owe (a part, or both), each list sorted by row: the first few found without a scan. */
  private readonly byAmount = new Map<number, number[]>();
  /** Per currency, every amount of byAmount, ascending. */
  private readonly amounts = new Map<CurrencyCode, number[]>();
  private readonly amountKeys: number[][] = [];
  /** True while the constructor indexes the orders (addAmount appends; the lists are sorted once after). */
  private indexing = true;
  private readonly openCurrencies = new Set<CurrencyCode>();
  private readonly labels: Message[];
  private readonly names = new Map<string, NormalizedName>();
  private readonly similarities = new Map<NormalizedName, Map<NormalizedName, number>>();
  /** payerMatches per payer (the order names do not change; what is open is checked by the caller). */
  private readonly payerMatchMemo = new Map<NormalizedName, PayerMatches>();
  /** `order:part` that other receipts, not proposed, plausibly pay: how many. */
  private readonly claimed = new Map<string, number>();
  /** What each unproposed receipt claimed when last read. */
  private readonly claims = new Map<number, string[]>();
  private receipts: readonly LinkReceipt[] = [];
  /** A counter of changes: when each order's outstanding changed, each receipt was settled or read. */
  private step = 0;
  private readonly changedAt: number[] = [];
  /** Receipts proposed or linked already (not another receipt's other instalment any more), and when. */
  private readonly settled = new Map<number, number>();
  /** The orders each receipt was last read against, and when. */
  private readonly looked = new Map<number, { at: number; orders: readonly number[] }>();
  /** Per receipt: the other receipts of the same payer and currency, nearest in time first. */
  private partners = new Map<number, number[]>();

  constructor(
    private readonly orders: readonly LinkOrder[],
    private readonly options: LinkOptions,
  ) {
    this.outstanding = orders.map((o) => ({
      advance: o.closed ? null : partOutstanding(o.advance),
      balance: o.closed ? null : partOutstanding(o.balance),
    }));
    this.buyerNames = orders.map((o) => this.name(o.buyerName ?? ''));
    this.payerNames = orders.map((o) => this.name(o.registeredPayer ?? ''));
    this.labels = orders.map((o) => orderLabel(o.ref, o.row));
    this.references = new ReferenceIndex(orders.map((o) => (o.closed ? null : o.ref)));
    this.closedReferences = new ReferenceIndex(orders.map((o) => (o.closed ? o.ref : null)));
    for (const o of this.byRow()) {
      this.indexName(this.buyerNames[o] as NormalizedName, o);
      this.indexName(this.payerNames[o] as NormalizedName, o);
      const buyer = (this.buyerNames[o] as NormalizedName).compact;
      if (buyer !== '') this.byBuyer.set(buyer, [...(this.byBuyer.get(buyer) ?? []), o]);
      this.indexAmounts(o);
    }
    for (const list of this.amounts.values()) list.sort((a, b) => a - b);
    this.indexing = false;
  }

  /** Order indexes in row order (the engine's orders are sorted by row). */
  private byRow(list: Iterable<number> = this.orders.keys()): number[] {
    return [...list].sort((a, b) => a - b);
  }

  private indexName(name: NormalizedName, order: number): void {
    const keys = nameKeys(name);
    for (const key of [...keys.exact, ...keys.typo]) {
      const list = this.byName.get(key);
      if (list === undefined) this.byName.set(key, [order]);
      else if (list[list.length - 1] !== order) list.push(order);
    }
  }

  /** Registers what the order could be paid (each open part, both together) in the amount index. */
  private indexAmounts(order: number): void {
    for (const key of this.amountKeys[order] ?? []) {
      const list = this.byAmount.get(key);
      const at = list === undefined ? -1 : sortedIndex(list, order);
      if (list !== undefined && list[at] === order) list.splice(at, 1);
    }
    const keys: number[] = [];
    const out = this.outstanding[order] as Record<Part, Money | null>;
    const targets = [out.advance, out.balance];
    if (out.advance && out.balance) targets.push(plus(out.advance, out.balance));
    for (const target of targets) {
      if (target === null) continue;
      this.openCurrencies.add(target.currency);
      const key = amountKey(target.currency, target.minor);
      if (keys.includes(key)) continue;
      keys.push(key);
      const list = this.byAmount.get(key);
      if (list === undefined) {
        this.byAmount.set(key, [order]);
        this.addAmount(target);
      } else {
        const at = sortedIndex(list, order);
        if (list[at] !== order) list.splice(at, 0, order);
      }
    }
    this.amountKeys[order] = keys;
  }

  /** Adds the amount to its currency's sorted list of amounts (amounts no longer owed stay: harmless). */
  private addAmount(amount: Money): void {
    let list = this.amounts.get(amount.currency);
    if (list === undefined) {
      list = [];
      this.amounts.set(amount.currency, list);
    }
    // Each amount comes once (a new key of byAmount): while indexing, the lists are sorted once at the end.
    if (this.indexing) {
      list.push(amount.minor);
      return;
    }
    const at = sortedIndex(list, amount.minor);
    if (list[at] !== amount.minor) list.splice(at, 0, amount.minor);
  }

  run(receipts: readonly LinkReceipt[]): LinkResult {
    // Received order; receipts of one moment (a statement that gives days only) by what they are, not by their
    // row, so that sorting or shuffling the sheet changes nothing.
    const content = receipts.map(
      (r) =>
        `${r.amount.currency}\t${r.amount.minor}\t${r.payer}\t${r.memo}\t${r.ref ?? ''}\t${r.linked.minor}`,
    );
    const sequence = [...receipts.keys()].sort((a, b) => {
      const ta = (receipts[a] as LinkReceipt).receivedAt ?? Number.POSITIVE_INFINITY;
      const tb = (receipts[b] as LinkReceipt).receivedAt ?? Number.POSITIVE_INFINITY;
      if (ta !== tb) return ta < tb ? -1 : 1;
      const ca = content[a] as string;
      const cb = content[b] as string;
      return ca < cb
        ? -1
        : ca > cb
          ? 1
          : (receipts[a] as LinkReceipt).row - (receipts[b] as LinkReceipt).row || a - b;
    });
    this.receipts = receipts;
    this.partners = this.instalmentPartners(sequence);
    const result: LinkResult = { proposals: [], unmatched: [], intended: [] };
    /** The unmatched by receipt, in received order. */
    const unmatched = new Map<number, Unmatched>();
    // The seller's own links first: they are decided, and what they take is not outstanding for any proposal.
    for (const index of sequence) {
      const receipt = receipts[index] as LinkReceipt;
      if (receipt.intended === null) continue;
      this.settled.set(index, ++this.step);
      result.intended.push(this.checkIntended(index, receipt));
    }
    for (const index of sequence) {
      const receipt = receipts[index] as LinkReceipt;
      if (receipt.intended !== null) continue;
      const outcome = this.read(index, receipt);
      if ('reading' in outcome) this.propose(outcome, result);
      else unmatched.set(index, outcome);
    }
    // Read again the unmatched whose candidate orders or instalment partners changed since.
    for (let pass = 0, proposed = 1; pass < MAX_PASSES && proposed > 0; pass++) {
      proposed = 0;
      for (const index of [...unmatched.keys()]) {
        if (!this.changedSince(index)) continue;
        const outcome = this.read(index, receipts[index] as LinkReceipt);
        if ('reading' in outcome) {
          unmatched.delete(index);
          this.propose(outcome, result);
          proposed++;
        } else unmatched.set(index, outcome);
      }
    }
    result.unmatched = [...unmatched.values()];
    return result;
  }

  private propose(proposal: Proposal, result: LinkResult): void {
    result.proposals.push(proposal);
    this.settled.set(proposal.receipt, ++this.step);
    this.unclaim(proposal.receipt);
    this.apply(proposal.reading.links, proposal.reading.shortfall);
  }

  /** Whether an order the receipt was read against, or one of its instalment partners, changed since. */
  private changedSince(index: number): boolean {
    const looked = this.looked.get(index);
    if (looked === undefined) return true;
    return (
      looked.orders.some((o) => (this.changedAt[o] ?? 0) > looked.at) ||
      (this.partners.get(index) ?? []).some((j) => (this.settled.get(j) ?? 0) > looked.at)
    );
  }

  private claim(index: number, links: readonly Link[]): void {
    const keys = [...new Set(links.map((l) => `${l.order}:${l.part}`))];
    this.claims.set(index, keys);
    for (const key of keys) this.claimed.set(key, (this.claimed.get(key) ?? 0) + 1);
  }

  /** Takes back what the receipt claimed when it was last read unproposed. */
  private unclaim(index: number): void {
    for (const key of this.claims.get(index) ?? []) {
      const left = (this.claimed.get(key) ?? 1) - 1;
      if (left === 0) this.claimed.delete(key);
      else this.claimed.set(key, left);
    }
    this.claims.delete(index);
  }

  /** Receipts of one payer (by name) and currency, each with the others received within INSTALMENT_DAYS. */
  private instalmentPartners(sequence: readonly number[]): Map<number, number[]> {
    const byPayer = new Map<string, number[]>();
    for (const index of sequence) {
      const receipt = this.receipts[index] as LinkReceipt;
      const payer = this.name(receipt.payer).compact;
      if (payer === '' || receipt.receivedAt === null || receipt.intended !== null) continue;
      const key = `${receipt.amount.currency} ${payer}`;
      const group = byPayer.get(key);
      if (group === undefined) byPayer.set(key, [index]);
      else group.push(index);
    }
    const partners = new Map<number, number[]>();
    const at = (i: number) => (this.receipts[i] as LinkReceipt).receivedAt as number;
    const window = INSTALMENT_DAYS * 86_400_000;
    for (const group of byPayer.values()) {
      // Each group is in received order: the nearest receipts are the neighbours on either side.
      for (let k = 0; k < group.length; k++) {
        const index = group[k] as number;
        const near: number[] = [];
        let before = k - 1;
        let after = k + 1;
        while (near.length < MAX_INSTALMENT_PARTNERS) {
          const b = group[before];
          const a = group[after];
          const db = b === undefined ? Number.POSITIVE_INFINITY : at(index) - at(b);
          const da = a === undefined ? Number.POSITIVE_INFINITY : at(a) - at(index);
          if (Math.min(db, da) > window) break;
          if (db <= da) {
            near.push(b as number);
            before--;
          } else {
            near.push(a as number);
            after++;
          }
        }
        if (near.length > 0) partners.set(index, near);
      }
    }
    return partners;
  }

  /**
   * An instalment whose other half came from the same payer: another unlinked receipt that, with this one,
   * pays the part exactly or short by each transfer's bank charges. Weighs the draft; a look-elsewhere cost
   * for the partners tried.
   */
  private weighInstalment(index: number, draft: Draft, received: Money): void {
    const due = draft.instalmentOf;
    const partners = this.partners.get(index);
    if (due === undefined || partners === undefined) return;
    const open = partners.filter((j) => !this.settled.has(j));
    const twice = plus(this.tolerance(received.currency), this.tolerance(received.currency));
    // A fragment under a fifth of the part is likelier another payment (samples, freight) than an instalment.
    const least = percentOf(due, INSTALMENT_MIN_SHARE);
    const fragment = (m: Money) => lt(m, least);
    if (fragment(received) || (due.currency === 'USD' && due.minor < SPLIT_MIN_PART_USD)) return;
    const partner = open.find((j) => {
      const amount = (this.receipts[j] as LinkReceipt).amount;
      const rest = minus(due, plus(received, amount));
      return (
        !fragment(amount) &&
        rest.minor >= 0 &&
        !lt(twice, rest) &&
        !lt(percentOf(due, MAX_CHARGES_SHARE), rest)
      );
    });
    if (partner === undefined) return;
    // Two payments adding up to a part by chance are likely when the buyer also sent one transfer that pays
    // the part whole (with the rest of the order, or short by charges): that one is the payment, not the pair.
    const out = this.outstanding[(draft.links[0] as Link).order] as Record<Part, Money | null>;
    const whole = plus(out.advance ?? zero(due.currency), out.balance ?? zero(due.currency));
    const floor = minus(due, this.tolerance(received.currency));
    const paysWhole = (j: number) => {
      const amount = (this.receipts[j] as LinkReceipt).amount;
      return !lt(amount, floor) && !lt(whole, amount);
    };
    if (open.some((j) => j !== partner && paysWhole(j))) return;
    draft.score += WEIGHTS.instalmentPair - Math.log(open.length);
    const other = this.receipts[partner] as LinkReceipt;
    const sum = plus(received, other.amount);
    draft.reasons.push({
      code: 'amount-partial',
      message: () =>
        text.instalmentPair(receiptLabel(other.ref, other.row), other.amount, sum, due, minus(due, sum)),
    });
  }

  /**
   * Reduces what is outstanding by the links; a shortfall the seller accepts as bank charges settles the rest
   * of the last link's part.
   */
  private apply(links: readonly Link[], shortfall: Money | null = null): void {
    links.forEach((link, i) => {
      const out = this.outstanding[link.order] as Record<Part, Money | null>;
      const due = out[link.part];
      if (due === null) return;
      const settled =
        shortfall !== null && i === links.length - 1 ? plus(link.amount, shortfall) : link.amount;
      const rest = lt(due, settled) ? zero(due.currency) : minus(due, settled);
      out[link.part] = isZero(rest) ? null : rest;
      this.changedAt[link.order] = ++this.step;
      this.indexAmounts(link.order);
    });
  }

  private tolerance(currency: CurrencyCode): Money {
    return this.options.bankFeeTolerance[currency] ?? zero(currency);
  }

  private read(index: number, receipt: LinkReceipt): Proposal | Unmatched {
    const received = minus(receipt.amount, receipt.linked);
    if (received.minor <= 0) return { receipt: index, candidates: [], why: text.whyNothingLeft };
    if (!this.openCurrencies.has(received.currency))
      return { receipt: index, candidates: [], why: text.whyNoCurrency(received.currency) };

    const payer = this.name(receipt.payer);
    const hits = new Map<number, ReferenceHit>();
    for (const hit of this.references.lookup(receipt.memo)) hits.set(hit.order, hit);
    const candidates = new Set<number>(hits.keys());
    const payers = this.payerMatches(payer);
    // A payer that fits many buyers (an agent) names none of them: their orders stay candidates only when the
    // memo or the amount points at them.
    if (payers.buyers <= MAX_PAYER_BUYERS) for (const o of payers.matches.keys()) candidates.add(o);
    // Orders that only share the amount are one alternative ("someone else's order"): a few of them are
    // enough to weigh it and to list; hundreds of look-alike amounts must not drown a known payer.
    for (const o of this.amountsNear(received, candidates, MAX_AMOUNT_ONLY)) candidates.add(o);
    // The memo names an order: the buyer's other orders may be paid by the same transfer.
    for (const o of hits.keys())
      for (const partner of (this.byBuyer.get((this.buyerNames[o] as NormalizedName).compact) ?? []).slice(
        0,
        MAX_GROUP,
      ))
        candidates.add(partner);

    const open = this.byRow(candidates).filter((o) => this.isOpenIn(o, received.currency));
    this.unclaim(index);
    this.looked.set(index, { at: this.step, orders: open });
    const identities = new Map<number, Identity>();
    const drafts: Draft[] = [];
    for (const o of open) {
      const match = payers.matches.get(o) ?? (payer.compact === '' ? NO_PAYER : NO_PAYER_MATCH);
      const identity = this.identify(o, receipt, match, hits.get(o));
      identities.set(o, identity);
      for (const draft of this.singleReadings(o, received, receipt.receivedOn, identity.score > 0)) {
        draft.score += identity.score;
        draft.reasons.unshift(...identity.reasons);
        drafts.push(draft);
      }
    }
    drafts.push(...this.combinedReadings(identities, received));
    const owedBy = this.onlyOwer(received);
    for (const draft of drafts) {
      if (owedBy !== null && draft.links.every((l) => l.order === owedBy) && isZero(draft.shortfall)) {
        draft.score += WEIGHTS.amountUnique;
        draft.reasons.push({ code: 'amount-exact', message: () => text.amountUnique(received) });
      }
      this.weighClaims(draft);
      this.weighInstalment(index, draft, received);
    }
    const ranked = dedupe(drafts, this.orders);
    const named = () => this.namedElsewhere(receipt.memo, received.currency, hits);
    if (ranked.length === 0) return { receipt: index, candidates: [], why: named() ?? text.whyNoCandidate };

    const total = ranked.reduce((sum, d) => sum + Math.exp(d.score - NULL_SCORE), 1);
    const reading = (d: Draft) => this.finish(d, receipt, payer, Math.exp(d.score - NULL_SCORE) / total);
    const best = reading(ranked[0] as Draft);
    const second = ranked[1];
    const margin = second === undefined ? Number.POSITIVE_INFINITY : best.score - second.score;
    if (best.confidence >= PROPOSE_MIN_CONFIDENCE && margin >= PROPOSE_MIN_MARGIN) {
      if (second !== undefined && margin < RUNNER_UP_NOTE)
        best.reasons.push({ code: 'runner-up', message: text.runnerUp(this.describe(second.links)) });
      return { receipt: index, reading: best };
    }
    // Not proposed, but plausible: later receipts should not assume these parts are still unpaid. Readings tied
    // with the best are claimed alike (which of two identical orders comes first in the sheet says nothing).
    if (best.score >= NULL_SCORE)
      this.claim(
        index,
        ranked.filter((d) => best.score - d.score < PROPOSE_MIN_MARGIN).flatMap((d) => d.links),
      );
    const why =
      margin < PROPOSE_MIN_MARGIN && (second?.score ?? 0) >= NULL_SCORE
        ? text.whyTie
        : (named() ?? text.whyWeak);
    return { receipt: index, candidates: [best, ...ranked.slice(1, MAX_CANDIDATES).map(reading)], why };
  }

  /**
   * Why an order the memo names exactly (or one digit off) is not read: it is closed, in another currency, or
   * paid. null when the memo names none such.
   */
  private namedElsewhere(
    memo: string,
    currency: CurrencyCode,
    hits: ReadonlyMap<number, ReferenceHit>,
  ): Message | null {
    const sure = (hit: ReferenceHit) => hit.kind === 'exact' || hit.kind === 'one-off';
    const named = [...hits.values()].filter(sure).map((hit) => hit.order);
    if (named.some((o) => this.isOpenIn(o, currency))) return null;
    const closed = this.closedReferences.lookup(memo).find(sure);
    if (closed !== undefined) return text.whyNamedClosed(this.labels[closed.order] as Message);
    const first = named[0];
    if (first === undefined) return null;
    const order = this.orders[first] as LinkOrder;
    const label = this.labels[first] as Message;
    return order.currency === currency
      ? text.whyNamedPaid(label)
      : text.whyNamedOtherCurrency(label, order.currency, currency);
  }

  /**
   * A part that an earlier, unproposed receipt plausibly pays: a reading paying it again is weaker, and the
   * order's balance may be due even though its advance still shows outstanding.
   */
  private weighClaims(draft: Draft): void {
    const claimed = draft.links.filter((l) => this.claimed.has(`${l.order}:${l.part}`));
    if (claimed.length > 0) {
      draft.score += WEIGHTS.claimedEarlier;
      const target = () =>
        targetLabel(claimed.map((l) => ({ order: this.labels[l.order] as Message, part: l.part })));
      draft.reasons.push({ code: 'runner-up', message: () => text.claimedEarlier(target()) });
    }
    if (draft.balanceFirst && this.claimed.has(`${draft.links[0]?.order}:advance`))
      draft.score -= WEIGHTS.balanceBeforeAdvance;
  }

  /** One object per distinct name text, so comparisons can be remembered by identity. */
  private name(raw: string): NormalizedName {
    let name = this.names.get(raw);
    if (name === undefined) {
      if (this.names.size >= NAME_MEMO) this.names.clear();
      name = normalizeName(raw);
      this.names.set(raw, name);
    }
    return name;
  }

  /** nameSimilarity, remembered: one buyer's payer meets the same order names receipt after receipt. */
  private similarity(payer: NormalizedName, name: NormalizedName): number {
    if (payer.compact === '' || name.compact === '') return 0;
    let row = this.similarities.get(payer);
    if (row === undefined) {
      if (this.similarities.size >= NAME_MEMO) this.similarities.clear();
      row = new Map();
      this.similarities.set(payer, row);
    }
    let value = row.get(name);
    if (value === undefined) {
      value = nameSimilarity(payer, name);
      row.set(name, value);
    }
    return value;
  }

  private isOpenIn(order: number, currency: CurrencyCode): boolean {
    const o = this.orders[order] as LinkOrder;
    const out = this.outstanding[order] as Record<Part, Money | null>;
    return !o.closed && o.currency === currency && (out.advance !== null || out.balance !== null);
  }

  /** Orders whose buyer name or registered payer may be this payer. */

  /**
   * The first `limit` orders (by row) outside `skip` with a part, or both parts, that the amount pays exactly
   * or short by at most the tolerance.
   */
  private amountsNear(received: Money, skip: ReadonlySet<number>, limit: number): number[] {
    const floor = received.minor;
    const ceiling = floor + this.tolerance(received.currency).minor;
    const amounts = this.amounts.get(received.currency) ?? [];
    // The amounts owed from `received` to `ceiling`; each one's orders are sorted by row, so a list's scan stops
    // at the first order after the limit-th found so far.
    const out: number[] = [];
    for (let i = sortedIndex(amounts, floor); i < amounts.length; i++) {
      const amount = amounts[i] as number;
      if (amount > ceiling) break;
      const list = this.byAmount.get(amountKey(received.currency, amount));
      if (list === undefined) continue;
      for (const o of list) {
        if (out.length === limit && o > (out[limit - 1] as number)) break;
        if (skip.has(o) || out.includes(o) || !this.owesAround(o, floor, ceiling)) continue;
        out.splice(sortedIndex(out, o), 0, o);
        if (out.length > limit) out.length = limit;
      }
    }
    return out;
  }

  /**
   * The one open order that owes exactly this amount (a part, or both), when the amount has cents: round sums
   * (USD 5,000.00) are many orders' prices, an amount to the cent is one order's. null otherwise.
   */
  private onlyOwer(received: Money): number | null {
    if (received.minor % 100 === 0) return null;
    const owers = this.byAmount.get(amountKey(received.currency, received.minor));
    return owers?.length === 1 ? (owers[0] as number) : null;
  }

  /**
   * A part of the order, or both, is due between `floor` and `ceiling` minor units (inclusive); the order is
   * one of the amount index's for the receipt's currency, so its parts are in that currency.
   */
  private owesAround(order: number, floor: number, ceiling: number): boolean {
    const { advance, balance } = this.outstanding[order] as Record<Part, Money | null>;
    const within = (minor: number) => minor >= floor && minor <= ceiling;
    return (
      (advance !== null && within(advance.minor)) ||
      (balance !== null && within(balance.minor)) ||
      (advance !== null && balance !== null && within(plus(advance, balance).minor))
    );
  }

  /**
   * The orders whose registered payer or buyer name may be this payer, and how specific that is: a payer that
   * is the registered payer (or the name) of several buyers says less about each — an agent paying for many
   * buyers. The weight drops by the log of the number of buyers it fits.
   */
  /** Compares the payer with the orders under one name key; true when one of them is the same name. */
  private matchNames(
    payer: NormalizedName,
    key: string,
    matches: Map<number, PayerMatch>,
    buyersFor: Record<'registered' | 'name', Set<string>>,
  ): boolean {
    const list = this.byName.get(key);
    if (list === undefined || list.length > MAX_NAME_BUCKET) return false;
    let close = false;
    for (const o of list) {
      if (matches.has(o)) continue;
      const registered = this.similarity(payer, this.payerNames[o] as NormalizedName);
      const buyer = this.similarity(payer, this.buyerNames[o] as NormalizedName);
      const kind = registered >= NAME_CLOSE ? 'registered' : buyer >= NAME_RELATED ? 'name' : null;
      const similarity = kind === 'registered' ? registered : buyer;
      matches.set(o, { kind, similarity, specificity: 0 });
      if (kind !== null) buyersFor[kind].add((this.buyerNames[o] as NormalizedName).compact || `#${o}`);
      if (similarity >= NAME_CLOSE) close = true;
    }
    return close;
  }

  private payerMatches(payer: NormalizedName): PayerMatches {
    const known = this.payerMatchMemo.get(payer);
    if (known !== undefined) return known;
    const matches = new Map<number, PayerMatch>();
    const buyersFor = { registered: new Set<string>(), name: new Set<string>() };
    const keys = nameKeys(payer);
    let close = false;
    for (const key of keys.exact) close = this.matchNames(payer, key, matches, buyersFor) || close;
    // A typo in the name: only when the name itself found no one.
    if (!close) for (const key of keys.typo) this.matchNames(payer, key, matches, buyersFor);
    for (const [o, match] of matches) {
      if (match.kind === null) matches.delete(o);
      else match.specificity = -Math.log(buyersFor[match.kind].size);
    }
    const result = { matches, buyers: Math.max(buyersFor.registered.size, buyersFor.name.size) };
    if (this.payerMatchMemo.size >= NAME_MEMO) this.payerMatchMemo.clear();
    this.payerMatchMemo.set(payer, result);
    return result;
  }

  private identify(
    order: number,
    receipt: LinkReceipt,
    payer: PayerMatch,
    hit: ReferenceHit | undefined,
  ): Identity {
    const o = this.orders[order] as LinkOrder;
    const label = this.labels[order] as Message;
    const reasons: LazyReason[] = [];
    let score = 0;
    let referenced = false;
    let reference = 0;
    if (hit !== undefined) {
      referenced = true;
      reference = referenceWeight(hit);
      score += reference;
      reasons.push(
        hit.kind === 'exact'
          ? { code: 'reference', message: () => text.referenceExact(label) }
          : {
              code: 'reference-near',
              message: () =>
                (hit.kind === 'one-off'
                  ? text.referenceOneOff
                  : hit.kind === 'suffix'
                    ? text.referenceSuffix
                    : text.referencePrefix)(label, hit.token),
            },
      );
    }
    let payerKnown = false;
    const buyer = payer.similarity;
    if (payer.kind === 'registered') {
      score += Math.max(0, WEIGHTS.payerRegistered + payer.specificity);
      payerKnown = payer.specificity === 0;
      reasons.push({ code: 'payer-registered', message: () => text.payerRegistered(receipt.payer) });
    } else if (payer.kind === 'name') {
      const weight =
        buyer >= NAME_CLOSE
          ? WEIGHTS.payerNameClose
          : buyer >= NAME_NEAR
            ? WEIGHTS.payerNameNear
            : WEIGHTS.payerNameRelated;
      score += Math.max(0, weight + payer.specificity);
      payerKnown = buyer >= NAME_NEAR && payer.specificity === 0;
      reasons.push({
        code: 'payer-name',
        message: () => text.payerName(receipt.payer, o.buyerName ?? '', buyer >= NAME_CLOSE),
      });
    } else if (payer !== NO_PAYER && (o.buyerName !== null || o.registeredPayer !== null)) {
      // A payer the order does not know weighs against it; no payer at all (no column, a blank cell) says nothing.
      score += WEIGHTS.payerUnknown;
      reasons.push({ code: 'payer-unknown', message: () => text.payerUnknown(receipt.payer) });
    }
    const on = receipt.receivedOn;
    const confirmedOn = o.confirmedOn;
    if (confirmedOn !== null && on !== null) {
      if (on >= confirmedOn) {
        score += WEIGHTS.date;
        reasons.push({ code: 'date', message: () => text.date(on, confirmedOn) });
      } else {
        score += WEIGHTS.dateBeforeConfirmation;
        reasons.push({
          code: 'date-before-confirmation',
          message: () => text.dateBefore(on, confirmedOn),
        });
      }
    }
    return { score, reasons, known: referenced || payerKnown, referenced, reference };
  }

  /** The readings of one order: which of its open parts the amount pays, and how. */
  /**
   * `unfit`: also the readings where no part fits (an instalment, more than everything outstanding), only worth
   * weighing for an order the receipt is tied to: for any other they never come close to a proposal.
   */
  private singleReadings(order: number, received: Money, receivedOn: string | null, unfit: boolean): Draft[] {
    const out = this.outstanding[order] as Record<Part, Money | null>;
    const label = this.labels[order] as Message;
    const open = (['advance', 'balance'] as const).filter((p) => out[p] !== null);
    const subsets: Part[][] = open.map((p) => [p]);
    if (open.length === 2) subsets.push(['advance', 'balance']);
    const drafts: Draft[] = [];
    for (const parts of subsets) {
      const draft = this.payParts(
        parts.map((part) => ({ order, part, due: out[part] as Money })),
        received,
        parts.length === 2,
      );
      if (draft === null) continue;
      if (parts[0] === 'balance' && out.advance !== null && this.inPaymentWindow(order, receivedOn)) {
        draft.score += WEIGHTS.balanceBeforeAdvance;
        draft.balanceFirst = true;
        draft.reasons.push({ code: 'amount-partial', message: () => text.balanceFirst });
      }
      drafts.push(draft);
    }
    if (drafts.length > 0 || !unfit) return drafts;

    // No part fits: an instalment (the oldest part first), or more than everything outstanding.
    const dues = open.map((part) => ({ order, part, due: out[part] as Money }));
    const total = dues.reduce((sum, d) => plus(sum, d.due), zero(received.currency));
    const target = () => targetLabel(dues.map((d) => ({ order: label, part: d.part })));
    if (lt(total, received)) {
      const rest = minus(received, total);
      return [
        {
          links: dues.map((d) => ({ order: d.order, part: d.part, amount: d.due })),
          shortfall: zero(received.currency),
          unlinked: rest,
          score: WEIGHTS.excess,
          reasons: [
            { code: 'amount-partial', message: () => text.amountExcess(received, total, rest, target()) },
          ],
        },
      ];
    }
    const links: Link[] = [];
    let left = received;
    let paid = zero(received.currency);
    for (const d of dues) {
      if (isZero(left)) break;
      const amount = lt(left, d.due) ? left : d.due;
      links.push({ order: d.order, part: d.part, amount });
      left = minus(left, amount);
      paid = plus(paid, d.due);
    }
    // The parts it pays into: what is outstanding on them.
    const into = () => targetLabel(links.map((l) => ({ order: label, part: l.part })));
    return [
      {
        links,
        shortfall: zero(received.currency),
        unlinked: zero(received.currency),
        score: WEIGHTS.partial,
        reasons: [{ code: 'amount-partial', message: () => text.amountPartial(received, paid, into()) }],
        instalmentOf: links.length === 1 ? paid : undefined,
      },
    ];
  }

  /**
   * The amount against these parts together: exact, or short by at most the tolerance (the last part takes
   * the shortfall). null when it is neither.
   */
  private payParts(
    dues: readonly { order: number; part: Part; due: Money }[],
    received: Money,
    combined: boolean,
  ): Draft | null {
    const total = dues.reduce((sum, d) => plus(sum, d.due), zero(received.currency));
    const exact = same(received, total);
    const shortfall = minus(total, received);
    const tolerance = this.tolerance(received.currency);
    if (!exact && (shortfall.minor <= 0 || lt(tolerance, shortfall))) return null;
    const target = () =>
      targetLabel(dues.map((d) => ({ order: this.labels[d.order] as Message, part: d.part })));
    const links: Link[] = dues.map((d) => ({ order: d.order, part: d.part, amount: d.due }));
    const last = links[links.length - 1] as Link;
    // Bank charges come off the last part; a shortfall as large as that part means the amount does not pay it
    // at all (a USD 0.63 advance is not "advance + a USD 0.57 balance, short by 0.57"): no link of 0 or less.
    if (!exact && !lt(shortfall, last.amount)) return null;
    // Bank charges are a small part of a transfer: USD 31 off a USD 81 part is another payment, not charges.
    if (!exact && lt(percentOf(total, MAX_CHARGES_SHARE), shortfall)) return null;
    last.amount = minus(last.amount, shortfall);
    const reasons: LazyReason[] = [];
    if (combined) reasons.push({ code: 'amount-combined', message: () => text.amountCombined(target()) });
    reasons.push(
      exact
        ? { code: 'amount-exact', message: () => text.amountExact(received, target()) }
        : {
            code: 'amount-short',
            message: () => text.amountShort(received, total, shortfall, tolerance, target()),
          },
    );
    const score = exact
      ? WEIGHTS.amountExact
      : received.currency === 'USD' && shortfall.minor < TYPICAL_BANK_CHARGE_USD
        ? WEIGHTS.amountShortUntypical
        : WEIGHTS.amountShort;
    return { links, shortfall, unlinked: zero(received.currency), score, reasons };
  }

  /**
   * Within the 15 natural days after confirmation (the advance's payment window) a transfer is first the
   * advance; later, an unpaid advance and a balance of the same amount are equally likely.
   */
  private inPaymentWindow(order: number, receivedOn: string | null): boolean {
    const confirmedOn = (this.orders[order] as LinkOrder).confirmedOn;
    if (confirmedOn === null || receivedOn === null) return true;
    return Date.parse(receivedOn) - Date.parse(confirmedOn) <= PAYMENT_WINDOW_DAYS * 86_400_000;
  }

  /** One transfer paying two orders of one buyer (each its next part, or all it has outstanding). */
  private combinedReadings(identities: ReadonlyMap<number, Identity>, received: Money): Draft[] {
    // Orders tied to the receipt (memo or a specific payer), and their buyers' other orders.
    const known = this.byRow([...identities.keys()].filter((o) => identities.get(o)?.known));
    const group = this.byRow(
      [...identities.keys()].filter((o) => known.some((k) => k === o || this.sameBuyer(k, o))),
    ).slice(0, MAX_GROUP);
    const pairs: [number, number][] = [];
    for (let i = 0; i < group.length; i++)
      for (let j = i + 1; j < group.length; j++) {
        const a = group[i] as number;
        const b = group[j] as number;
        const ia = identities.get(a) as Identity;
        const ib = identities.get(b) as Identity;
        if ((this.sameBuyer(a, b) && (ia.known || ib.known)) || (ia.referenced && ib.referenced))
          pairs.push([a, b]);
      }
    // The more pairs there are to try, the likelier one adds up by chance (look-elsewhere).
    const chance = Math.log(Math.max(1, pairs.length));
    const drafts: Draft[] = [];
    for (const [a, b] of pairs) {
      const ia = identities.get(a) as Identity;
      const ib = identities.get(b) as Identity;
      for (const pa of this.payOptions(a))
        for (const pb of this.payOptions(b)) {
          const draft = this.payParts([...pa, ...pb], received, true);
          if (draft === null) continue;
          // The stronger order's identity ties the transfer to the buyer; the other is the same buyer's. A memo
          // naming both orders is evidence for each, and picked the pair itself (nothing was searched).
          draft.score +=
            ia.referenced && ib.referenced
              ? Math.max(ia.score, ib.score) + Math.min(ia.reference, ib.reference)
              : Math.max(ia.score, ib.score) - chance;
          draft.reasons.unshift(...mergeReasons(ia.reasons, ib.reasons));
          drafts.push(draft);
        }
    }
    return drafts;
  }

  /** What a buyer pays on an order in one go: its next open part, or everything outstanding. */
  private payOptions(order: number): { order: number; part: Part; due: Money }[][] {
    const out = this.outstanding[order] as Record<Part, Money | null>;
    const open = (['advance', 'balance'] as const)
      .filter((p) => out[p] !== null)
      .map((part) => ({ order, part, due: out[part] as Money }));
    return open.length === 2 ? [open.slice(0, 1), open] : open.length === 1 ? [open] : [];
  }

  private sameBuyer(a: number, b: number): boolean {
    const ba = (this.buyerNames[a] as NormalizedName).compact;
    const pa = (this.payerNames[a] as NormalizedName).compact;
    return (
      (ba !== '' && ba === (this.buyerNames[b] as NormalizedName).compact) ||
      (pa !== '' && pa === (this.payerNames[b] as NormalizedName).compact)
    );
  }

  private finish(draft: Draft, receipt: LinkReceipt, payer: NormalizedName, probability: number): Reading {
    const findings: LinkFinding[] = [];
    const warned = new Set<number>();
    for (const link of draft.links) {
      const o = this.orders[link.order] as LinkOrder;
      if (o.registeredPayer === null || warned.has(link.order)) continue;
      warned.add(link.order);
      if (this.similarity(payer, this.payerNames[link.order] as NormalizedName) < NAME_CLOSE)
        findings.push(
          linkFinding(
            linkPayerMismatch,
            'payer',
            { payer: receipt.payer, registered: o.registeredPayer },
            `${o.row}`,
          ),
        );
    }
    findings.push(IRREVERSIBLE);
    return {
      links: draft.links,
      shortfall: draft.shortfall,
      unlinked: draft.unlinked,
      confidence: Math.floor(probability * 100) / 100,
      reasons: explain(draft.reasons),
      findings,
      score: draft.score,
    };
  }

  private describe(links: readonly Link[]): Message {
    return targetLabel(links.map((l) => ({ order: this.labels[l.order] as Message, part: l.part })));
  }

  private checkIntended(index: number, receipt: LinkReceipt): Intended {
    const intended = receipt.intended as NonNullable<LinkReceipt['intended']>;
    const findings: LinkFinding[] = [];
    const order = this.findOrder(intended.order);
    if (order === null) {
      findings.push(linkFinding(linkOverOutstanding, 'link_order', { order: intended.order }));
      return { receipt: index, links: [], findings };
    }
    const out = this.outstanding[order] as Record<Part, Money | null>;
    const part: Part = intended.part ?? (out.advance !== null ? 'advance' : 'balance');
    const o = this.orders[order] as LinkOrder;
    const received = minus(receipt.amount, receipt.linked);
    const amount = intended.amount ?? received;
    const due = out[part] ?? zero(o.currency);
    const target = targetLabel([{ order: this.labels[order] as Message, part }]);
    if (amount.currency !== o.currency || lt(due, amount))
      findings.push(
        linkFinding(linkOverOutstanding, 'link_amount', {
          amount: formatMoney(amount),
          due: formatMoney(due),
          target,
        }),
      );
    if (
      o.registeredPayer !== null &&
      this.similarity(this.name(receipt.payer), this.payerNames[order] as NormalizedName) < NAME_CLOSE
    )
      findings.push(
        linkFinding(linkPayerMismatch, 'payer', { payer: receipt.payer, registered: o.registeredPayer }),
      );
    findings.push(IRREVERSIBLE);
    const links: Link[] = [{ order, part, amount }];
    if (amount.currency === o.currency) this.apply(links);
    return { receipt: index, links, findings };
  }

  /** An intended link's order: by reference, else by row number ("5", "#5"). */
  private findOrder(typed: string): number | null {
    const key = referenceKey(typed);
    if (key !== '')
      for (const o of this.byRow())
        if (referenceKey((this.orders[o] as LinkOrder).ref ?? '') === key) return o;
    const row = /^#?\s*(\d+)$/.exec(typed.trim());
    if (row !== null)
      for (const o of this.byRow()) if ((this.orders[o] as LinkOrder).row === Number(row[1])) return o;
    return null;
  }
}

const CURRENCY_INDEX: Readonly<Record<CurrencyCode, number>> = { USD: 0, CNY: 1, EUR: 2 };

/** An amount of one currency as one number (map keys that need no string). */
function amountKey(currency: CurrencyCode, minor: number): number {
  return minor * 4 + CURRENCY_INDEX[currency];
}

/** Where `value` is or would go in an ascending list (binary search). */
function sortedIndex(list: readonly number[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function partOutstanding(part: LinkOrder['advance']): Money | null {
  if (part === null) return null;
  const due = subtract(part.amount, part.paid);
  return due === null || due.minor <= 0 ? null : due;
}

function referenceWeight(hit: ReferenceHit): number {
  switch (hit.kind) {
    case 'exact':
      return WEIGHTS.referenceExact;
    case 'one-off':
      return WEIGHTS.referenceOneOff;
    case 'suffix': {
      const [four, five, six, eight] = WEIGHTS.referenceSuffix;
      return hit.digits >= 8 ? eight : hit.digits >= 6 ? six : hit.digits === 5 ? five : four;
    }
    case 'prefix':
      return hit.digits >= 13 ? WEIGHTS.referencePrefix[1] : WEIGHTS.referencePrefix[0];
  }
}

/** Both orders' reasons, each once: a reason the two share (the payer, the date) is said once. */
/** The reasons of two orders' identities, for a reading paying both (explain drops a reason said twice). */
function mergeReasons(a: readonly LazyReason[], b: readonly LazyReason[]): LazyReason[] {
  return [...a, ...b];
}

/**
 * The reasons rendered, each said once: two orders of one buyer give the same payer reason. Rendered only for
 * the readings reported, so the many readings only scored never build their texts.
 */
function explain(reasons: readonly LazyReason[]): Reason[] {
  const seen = new Set<string>();
  const out: Reason[] = [];
  for (const r of reasons) {
    const message = r.message();
    const key = `${r.code}|${message.en}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ code: r.code, message });
  }
  return out;
}

/** Best first; one draft per set of links (the best-scored); ties by the rows of the links. */
function dedupe(drafts: readonly Draft[], orders: readonly LinkOrder[]): Draft[] {
  const key = (d: Draft) =>
    d.links.map((l) => `${(orders[l.order] as LinkOrder).row}:${l.part}:${l.amount.minor}`).join('|');
  const best = new Map<string, Draft>();
  for (const d of drafts) {
    const k = key(d);
    const had = best.get(k);
    if (had === undefined || d.score > had.score) best.set(k, d);
  }
  return [...best.entries()]
    .sort(([ka, a], [kb, b]) => b.score - a.score || (ka < kb ? -1 : ka > kb ? 1 : 0))
    .map(([, d]) => d);
}
