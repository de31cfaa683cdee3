/**
 * The checker module's life on a page (see lazy.ts): the detector in content.js hands it each recognition
 * of the form; it reads the form, checks it with core on every change, renders the overlay and runs fills
 * on click. Given no active form, it removes everything it inserted.
 */

import type { CurrencyCode, Fee, Lang, Message } from '@ta-toolkit/core/types';
import { checkPage, type PageCheck, type PlacedFinding } from '../checker.ts';
import {
  advanceSuggestions,
  balanceOf,
  FEE_LABELS,
  formatFee,
  formatMinor,
  PAYMENT_METHODS,
  parseAmount,
  SETTING_LABELS,
  shipDaysFill,
  todayInPacific,
  trimRemark,
} from '../core.ts';
import { FIELD_SPECS, FORMAT_RULES, type FormFieldKey, REQUIRED_EMPTY } from '../fields.ts';
import { setControlValue } from '../fill.ts';
import { OPEN_OPTIONS_MESSAGE } from '../open-options.ts';
import { pageUnreadable } from '../page-unreadable.ts';
import { DEFAULT_PREFS, loadPrefs, type Prefs, resolveLang, watchPrefs } from '../prefs.ts';
import { type PageOrder, readOrder } from '../read.ts';
import { type Control, mapValue, optionLabel, type Recognition, recognize } from '../recognize.ts';
import { h, patch } from '../ui/dom.ts';
import {
  type Anchor,
  type Box,
  type Counts,
  type FeeRow,
  type FillButton,
  OVERLAY_CSS,
  Overlay,
  type OverlayActions,
  type OverlayModel,
} from '../ui/overlay.ts';
import { placeHint, placeMarker, type Size } from '../ui/place.ts';

import { t } from '../ui/strings.ts';

export interface ControllerOptions {
  /** Ask for a new recognition of the page soon (the detector's debounced scan). */
  rescan?: () => void;
  /** Fixed "today" (tests); default: today in US Pacific time. */
  today?: () => string;
  /** Preferences source (tests); default chrome.storage.sync. */
  prefs?: Prefs;
  /**
   * Run once before the first check (the checker module loads the country-name table here, see
   * destination-names.ts). Must not throw.
   */
  prepare?: () => Promise<void>;
}

const CHECK_DEBOUNCE_MS = 40;
/** A format finding on the field being typed in waits this long after the last keystroke (or a blur). */
const TYPING_PAUSE_MS = 800;
/** The visible box of a control: Fusion wraps inputs in groups / pickers. */
const BOX_OF = '.next-input-group, .next-number-picker, .next-date-picker, .next-select, .next-input';
/** What a hint must never cover: the page's controls (their boxes) and its text (help, labels: their lines). */
const PAGE_CONTROLS =
  'input:not([type=hidden]), select, textarea, button, a[href], [role="button"], [role="combobox"], ' +
  '.next-select, .next-radio-wrapper, .next-checkbox-wrapper, .next-date-picker, .next-number-picker, .next-input';
const TABBABLE =
  'input:not([type=hidden]):not([disabled]), select:not([disabled]), textarea:not([disabled]), ' +
  'button:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';
/** A hint's size before it was measured once. */
const FIRST_GUESS: Size = { width: 280, height: 26 };

export const HOST_ATTR = 'data-ta-toolkit';

const findingKey = (f: PlacedFinding) => `${f.rule}|${f.field}|${f.line ?? ''}|${f.message.en}`;
const isEmpty = (v: unknown) => v === '' || (Array.isArray(v) && v.length === 0);

interface Fill extends FillButton {
  field: FormFieldKey;
  value: string;
}

export class Controller {
  private rec: Recognition | null = null;
  private order: PageOrder | null = null;
  private host: HTMLElement | null = null;
  private mount: HTMLElement | null = null;
  private prefs: Prefs = DEFAULT_PREFS;
  private result: PageCheck | null = null;
  private open = false;
  private flash: Box | null = null;
  private message: string | null = null;
  private withdraw = { currency: 'CNY', to: 'corporate' };
  /** The field being typed in and when the last keystroke was (format findings wait, see TYPING_PAUSE_MS). */
  private typing: { key: FormFieldKey; at: number } | null = null;
  private pauseTimer: ReturnType<typeof setTimeout> | undefined;
  /** Findings the seller dismissed (they come back when the value, and so the message, changes). */
  private readonly dismissed = new Set<string>();
  /** The page's controls and text lines at the last check (see obstacles()). */
  private obstacleCache: Box[] | null = null;
  /** Measured hint sizes per anchor id. */
  private readonly sizes = new Map<string, Size>();
  /** The anchors of the last paint (keyboard and ARIA work on them). */
  private painted: Anchor[] = [];
  /** Page fields we marked with aria-invalid / aria-describedby, with their own values to restore. */
  private readonly aria = new Map<Element, { invalid: string | null; describedby: string | null }>();
  private checkTimer: ReturnType<typeof setTimeout> | undefined;
  private frame = 0;
  private disposers: (() => void)[] = [];
  /** Last check duration in ms (bench reads it through the host's dataset). */
  lastCheckMs = 0;
  private checks = 0;
  private prepared: Promise<void> | null = null;
  private ready = false;

  constructor(
    private readonly doc: Document,
    private readonly opts: ControllerOptions = {},
  ) {}

  /** The overlay's host element while shown. */
  get hostElement(): HTMLElement | null {
    return this.host;
  }

  /** Listen to the page (events that change values, scroll / resize that move controls, keys). */
  start(): void {
    if (!this.opts.prefs) this.disposers.push(watchPrefs((p) => this.setPrefs(p)));
    const onEvent = (e: Event) => {
      if (this.host && e.composedPath().includes(this.host)) return; // our own UI
      if (e.type === 'input') this.noteTyping(e.target);
      if (e.type === 'focusout') this.typing = null;
      this.scheduleCheck();
    };
    const onKey = (e: Event) => this.onKey(e as KeyboardEvent);
    const listeners: [string, (e: Event) => void][] = [
      ['input', onEvent],
      ['change', onEvent],
      ['click', onEvent],
      ['keyup', onEvent],
      ['focusout', onEvent],
      ['keydown', onKey],
    ];
    for (const [type, fn] of listeners) {
      this.doc.addEventListener(type, fn, true);
      this.disposers.push(() => this.doc.removeEventListener(type, fn, true));
    }
    const win = this.doc.defaultView;
    const onMove = () => this.schedulePosition();
    const onResize = () => {
      this.obstacleCache = null;
      this.schedulePosition();
    };
    win?.addEventListener('scroll', onMove, { capture: true, passive: true });
    win?.addEventListener('resize', onResize, { passive: true });
    this.disposers.push(() => {
      win?.removeEventListener('scroll', onMove, { capture: true });
      win?.removeEventListener('resize', onResize);
    });
  }

  stop(): void {
    clearTimeout(this.checkTimer);
    clearTimeout(this.pauseTimer);
    for (const d of this.disposers.splice(0)) d();
    this.removeHost();
  }

  setPrefs(p: Prefs): void {
    this.prefs = p;
    this.check();
  }

  /** The innermost recognised control holding `target` (the days input, not the ship-date group around it). */
  private controlOf(target: EventTarget | null): Control | undefined {
    if (!this.rec || !(target instanceof Node)) return undefined;
    let best: Control | undefined;
    for (const list of this.rec.fields.values())
      for (const c of list)
        if ((c.el === target || c.el.contains(target)) && (!best || best.el.contains(c.el))) best = c;
    return best;
  }

  /** Typing in a field: its format findings wait for a pause (repainted when the pause comes). */
  private noteTyping(target: EventTarget | null): void {
    const c = this.controlOf(target);
    this.typing = c ? { key: c.key, at: Date.now() } : null;
    clearTimeout(this.pauseTimer);
    if (c) this.pauseTimer = setTimeout(() => this.paint(), TYPING_PAUSE_MS + 10);
  }

  private scheduleCheck(): void {
    clearTimeout(this.checkTimer);
    this.checkTimer = setTimeout(() => this.check(), CHECK_DEBOUNCE_MS);
  }

  private schedulePosition(): void {
    if (!this.host || this.frame) return;
    const win = this.doc.defaultView;
    const raf = win?.requestAnimationFrame?.bind(win) ?? ((cb: FrameRequestCallback) => setTimeout(cb, 16));
    this.frame = raf(() => {
      this.frame = 0;
      this.paint();
    }) as unknown as number;
  }

  /** The detector's latest recognition: activate or go idle. Never throws. */
  update(rec: Recognition | null): void {
    this.rec = rec;
    if (!this.rec?.active) {
      this.result = null;
      this.removeHost();
      return;
    }
    this.check();
  }

  /** Read + check + paint. Returns the check (tests, bench). */
  check(): PageCheck | null {
    if (!this.rec?.active) return null;
    if (!this.ready) {
      this.prepared ??= this.prepare().then(() => {
        this.ready = true;
        this.check();
      });
      return null;
    }
    const t0 = performance.now();
    try {
      // controls replaced by a re-render are gone from the document: recognise again first
      const stale = [...this.rec.fields.values()].some((list) => list.some((c) => !c.el.isConnected));
      if (stale) this.rec = recognize(this.doc, this.rec.known);
      if (!this.rec.active) {
        this.removeHost();
        return null;
      }
      const unreadable = pageUnreadable(this.rec, readOrder(this.rec));
      this.order = unreadable.order;
      const today = this.opts.today?.() ?? todayInPacific();
      const result = checkPage(this.order, this.prefs.settings, today, this.withdraw);
      result.findings = [...unreadable.findings, ...result.findings];
      this.result = result;
    } catch (err) {
      // never break the page: keep the last result and say nothing
      this.message = String(err);
    }
    const t1 = performance.now();
    this.obstacleCache = null;
    this.paint();
    this.lastCheckMs = t1 - t0;
    this.checks++;
    if (this.host) {
      // read by bench/size-and-latency.ts: read + core check, and the overlay's render, per input
      this.host.dataset.checks = String(this.checks);
      this.host.dataset.lastCheckMs = this.lastCheckMs.toFixed(3);
      this.host.dataset.lastPaintMs = (performance.now() - t1).toFixed(3);
    }
    return this.result;
  }

  /** Seller settings (unless given) and the caller's preparation, before the first check. */
  private async prepare(): Promise<void> {
    const [prefs] = await Promise.all([this.opts.prefs ?? loadPrefs(), this.opts.prepare?.()]);
    this.prefs = prefs;
  }

  get lang(): Lang {
    return resolveLang(
      this.prefs.lang,
      this.doc.documentElement.getAttribute('lang'),
      this.rec?.labelLang ?? null,
    );
  }

  private ensureHost(): HTMLElement {
    if (this.host?.isConnected && this.mount) return this.mount;
    const host = this.doc.createElement('ta-toolkit-overlay');
    host.setAttribute(HOST_ATTR, '');
    // zero size at the document origin: nothing in the page moves (hints are absolutely positioned)
    host.style.cssText =
      'position:absolute!important;top:0!important;left:0!important;width:0!important;height:0!important;' +
      'margin:0!important;padding:0!important;border:0!important;overflow:visible!important;display:block!important;' +
      'z-index:2147483647!important;';
    const shadow = host.attachShadow({ mode: 'open' });
    const style = this.doc.createElement('style');
    style.textContent = OVERLAY_CSS;
    const mount = this.doc.createElement('div');
    shadow.append(style, mount);
    this.doc.documentElement.append(host);
    this.host = host;
    this.mount = mount;
    return mount;
  }

  private removeHost(): void {
    this.applyAria([]);
    this.host?.remove();
    this.host = null;
    this.mount = null;
    this.painted = [];
  }

  private docBox(r: DOMRect): Box {
    const win = this.doc.defaultView;
    return {
      top: r.top + (win?.scrollY ?? 0),
      left: r.left + (win?.scrollX ?? 0),
      width: r.width,
      height: r.height,
    };
  }

  /** The document box of a control (0-size when hidden). */
  private boxOf(el: Element): Box {
    const target = el.closest(BOX_OF) && el.tagName === 'INPUT' ? (el.closest(BOX_OF) ?? el) : el;
    return this.docBox(target.getBoundingClientRect());
  }

  /**
   * Everything a hint must not cover, in document coordinates: every page control's box and every line of
   * the page's text. Kept until the next check or resize (scrolling does not move document coordinates).
   */
  private obstacles(): Box[] {
    if (this.obstacleCache) return this.obstacleCache;
    const out: Box[] = [];
    for (const el of Array.from(this.doc.querySelectorAll(PAGE_CONTROLS))) {
      const b = this.boxOf(el);
      if (b.width > 0 && b.height > 0) out.push(b);
    }
    const body = this.doc.body;
    if (body) {
      const range = this.doc.createRange();
      const walker = this.doc.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (!n.nodeValue?.trim()) continue;
        range.selectNodeContents(n);
        for (const r of Array.from(range.getClientRects()))
          if (r.width > 0 && r.height > 0) out.push(this.docBox(r));
      }
    }
    this.obstacleCache = out;
    return out;
  }

  private controlFor(f: PlacedFinding): Control | undefined {
    const key = f.field as FormFieldKey;
    const list = this.rec?.fields.get(key);
    if (list?.length) {
      if (f.line !== undefined) return list.find((c) => c.line === f.line) ?? list[0];
      return list.find((c) => c.line === undefined) ?? list[0];
    }
    // ship date findings sit on the ship-date group when the days / date control is not there
    if (key === 'ship_within_days' || key === 'ship_by_date')
      return this.rec?.fields.get('ship_date_mode')?.[0];
    return undefined;
  }

  /** A required field still empty: "to do", not a problem. */
  private isTodo(f: PlacedFinding): boolean {
    return REQUIRED_EMPTY.test(f.rule) || isEmpty(this.result?.input[f.field as keyof PageCheck['input']]);
  }

  /** A format finding on the field being typed in, before the pause. */
  private isHeld(f: PlacedFinding): boolean {
    const typing = this.typing;
    return (
      typing !== null &&
      typing.key === f.field &&
      FORMAT_RULES.test(f.rule) &&
      Date.now() - typing.at < TYPING_PAUSE_MS
    );
  }

  /** Hints beside their fields, each placed where it covers nothing of the page. */
  private anchors(problems: PlacedFinding[]): Anchor[] {
    const byEl = new Map<Element, Anchor>();
    for (const f of problems) {
      if (this.dismissed.has(findingKey(f))) continue;
      const c = this.controlFor(f);
      if (!c) continue;
      let a = byEl.get(c.el);
      if (!a) {
        const box = this.boxOf(c.el);
        if (box.width === 0 && box.height === 0) continue; // hidden: list only
        a = { id: `${c.key}#${c.line ?? ''}`, box, findings: [], spot: null, marker: null };
        byEl.set(c.el, a);
      }
      a.findings.push(f);
    }
    return [...byEl.values()].sort((a, b) => a.box.top - b.box.top || a.box.left - b.box.left);
  }

  private layout(anchors: Anchor[], obstacles: Box[]): void {
    const docEl = this.doc.documentElement;
    const pageWidth = Math.max(docEl.scrollWidth, docEl.clientWidth);
    const taken = [...obstacles];
    for (const a of anchors) {
      const size = this.sizes.get(a.id) ?? FIRST_GUESS;
      a.spot = placeHint(a.box, size, taken, pageWidth);
      a.marker = a.spot ? null : placeMarker(a.box, taken, pageWidth);
      const used = a.spot ?? a.marker;
      if (used) taken.push(used);
    }
  }

  /** Measure the rendered hints; true when a size changed (lay out again). */
  private measure(anchors: Anchor[]): boolean {
    let changed = false;
    for (const a of anchors) {
      const box = this.mount?.querySelector<HTMLElement>(`[data-anchor="${a.id}"] .box`);
      if (!box) continue;
      const size = { width: box.offsetWidth, height: box.offsetHeight };
      const old = this.sizes.get(a.id);
      if (!old || Math.abs(old.width - size.width) > 1 || Math.abs(old.height - size.height) > 1) {
        this.sizes.set(a.id, size);
        changed = true;
      }
    }
    return changed;
  }

  private moneyOf(raw: unknown): { minor: number; currency: CurrencyCode } | null {
    const p = parseAmount(raw as string);
    if (!p.ok) return null;
    const cur = this.result?.input.currency;
    const currency = (p.currency ?? (cur === 'CNY' || cur === 'EUR' ? cur : 'USD')) as CurrencyCode;
    return { minor: p.minor, currency };
  }

  /** The fills that apply now, with their values (core/src/fills.ts); a fill already done is not offered. */
  private fills(lang: Lang): Fill[] {
    const out: Fill[] = [];
    const rec = this.rec;
    const input = this.result?.input;
    if (!rec || !input) return out;
    const isInput = (key: FormFieldKey) => rec.fields.get(key)?.[0]?.kind === 'input';
    const total = this.moneyOf(input.order_total);
    const advance = this.moneyOf(input.advance);
    if (isInput('advance') && total) {
      const { suggestions, limit } = advanceSuggestions(total, {
        methods: this.order?.methods ?? [],
        usdCny: this.prefs.settings.usdCny,
        current: advance,
      });
      const method = PAYMENT_METHODS.find((m) => m.id === limit?.method)?.name[lang] ?? '';
      for (const s of suggestions) {
        const amount = formatMinor(s.advance.minor, s.advance.currency);
        out.push({
          id: `advance-${s.percent ?? 'limit'}`,
          label:
            s.percent === null
              ? t('fillAdvanceLimit', lang, { amount: `${s.advance.currency} ${amount}`, method })
              : t('fillAdvance', lang, { p: s.percent }),
          rules: ['payment/advance-min', 'payment/advance-over-total', 'payment/over-method-limit'],
          field: 'advance',
          value: amount,
        });
      }
    }
    const balance = total && advance ? balanceOf(total, advance) : null;
    if (isInput('balance') && balance && this.moneyOf(input.balance)?.minor !== balance.minor) {
      out.push({
        id: 'balance',
        label: t('fillBalance', lang),
        rules: ['payment/balance-mismatch'],
        field: 'balance',
        value: formatMinor(balance.minor, balance.currency),
      });
    }
    const typedDays = String(input.ship_within_days ?? '').trim();
    const days =
      rec.fields.get('ship_within_days')?.[0] && /^\d+$/.test(typedDays) ? Number(typedDays) : null;
    const safeDays = shipDaysFill(days);
    if (safeDays !== null) {
      out.push({
        id: 'ship-days',
        label: t('fillDays', lang, { n: safeDays }),
        rules: ['shipping/days-too-short'],
        field: 'ship_within_days',
        value: String(safeDays),
      });
    }
    const remark = isInput('remark') ? trimRemark(String(input.remark ?? '')) : null;
    if (remark !== null)
      out.push({
        id: 'remark-trim',
        label: t('fillRemark', lang),
        rules: ['remark/too-long'],
        field: 'remark',
        value: remark,
      });
    return out;
  }

  /** Run a one-click fill (only ever from a click in our UI). */
  async fill(id: string): Promise<boolean> {
    const rec = this.rec;
    const fill = this.fills(this.lang).find((f) => f.id === id);
    if (!rec || !fill) return false;
    if (fill.field === 'ship_within_days') {
      // choose the "within N days" option first, if another is checked
      const mode = rec.fields.get('ship_date_mode')?.[0];
      const spec = FIELD_SPECS.find((s) => s.key === 'ship_date_mode');
      const radios = Array.from(mode?.el.querySelectorAll<HTMLInputElement>('input[type=radio]') ?? []);
      const days = radios.find((r) => mapValue(optionLabel(r), spec?.values) === 'days');
      if (days && !days.checked) days.click();
    }
    const el = rec.fields.get(fill.field)?.[0]?.el;
    const ok = el ? await setControlValue(el, fill.value) : false;
    this.message = ok ? null : t('fillFailed', this.lang);
    this.opts.rescan?.();
    this.scheduleCheck();
    if (!ok) this.paint();
    return ok;
  }

  /** The fee panel's rows: core's quote as it is, each range with its why, a missing rate said plainly. */
  private feeRows(lang: Lang): { fees: FeeRow[]; withdraw: FeeRow[] } {
    const fees: FeeRow[] = [];
    const withdraw: FeeRow[] = [];
    const quote = this.result?.quote;
    if (!quote) return { fees, withdraw };
    const needsRate = (findings: readonly { rule: string }[]) =>
      findings.some((f) => f.rule === 'fx/rate-missing');
    const value = (fee: Fee | null, findings: readonly { rule: string }[]) =>
      fee === null && needsRate(findings) ? FEE_LABELS.needsRate[lang] : formatFee(fee, lang);
    const why = (w: Message | null) => (w ? { why: w[lang] } : {});
    const allowed = quote.methods.filter((m) => m.allowed);
    if (allowed.length === 0)
      fees.push({ label: FEE_LABELS.buyerFee[lang], value: t('noMethod', lang), kind: 'payment' });
    for (const m of allowed)
      fees.push({
        label: `${FEE_LABELS.buyerFee[lang]} · ${m.name[lang]}`,
        value: value(m.fee, m.findings),
        ...why(m.why),
        kind: 'payment',
        method: m.id,
        amount: m.fee,
      });
    const { service } = quote;
    fees.push({
      label: FEE_LABELS.serviceFee[lang],
      value: value(service.fee, service.findings),
      ...why(service.why),
      kind: 'service',
      amount: service.fee,
    });
    const w = quote.withdrawal;
    if (!w) {
      withdraw.push({ label: FEE_LABELS.withdrawalFee[lang], value: t('noTotal', lang), kind: 'withdrawal' });
      return { fees, withdraw };
    }
    const note = w.findings
      .filter((f) => f.rule !== 'fx/rate-missing')
      .map((f) => f.message[lang])
      .join(' ');
    // the quote's why is about the fee when both amounts are computed, else about what is missing
    const computed = w.fee !== null && w.net !== null;
    const missing = needsRate(w.findings)
      ? {
          why: t('rateSetting', lang, { setting: SETTING_LABELS.settlementRate[lang] }),
          needsSettings: true,
        }
      : why(w.why);
    withdraw.push({
      label: FEE_LABELS.withdrawalFee[lang],
      value: value(w.fee, w.findings),
      ...(computed ? why(w.why) : {}),
      ...(note ? { note } : {}),
      kind: 'withdrawal',
      amount: w.fee,
    });
    withdraw.push({
      label: FEE_LABELS.net[lang],
      value: value(w.net, w.findings),
      ...(computed ? {} : missing),
      kind: 'net',
      amount: w.net,
    });
    return { fees, withdraw };
  }

  private focusTarget(c: Control): HTMLElement | null {
    const el = c.el.matches('input, textarea, select') ? c.el : c.el.querySelector('input, textarea');
    return el as HTMLElement | null;
  }

  private readonly actions: OverlayActions = {
    toggle: () => {
      this.open = !this.open;
      this.paint();
    },
    focusFinding: (f) => {
      const c = this.controlFor(f);
      if (!c) return;
      const target = (c.el.closest(BOX_OF) ?? c.el) as HTMLElement;
      target.scrollIntoView?.({ block: 'center', behavior: 'auto' });
      this.focusTarget(c)?.focus?.({ preventScroll: true });
      this.flash = this.boxOf(c.el);
      this.paint();
      setTimeout(() => {
        this.flash = null;
        this.paint();
      }, 1500);
    },
    fill: (id) => {
      void this.fill(id);
    },
    dismiss: (f) => {
      this.dismissed.add(findingKey(f));
      this.paint();
    },
    openSettings: () => {
      const g = globalThis as { browser?: typeof chrome; chrome?: typeof chrome };
      void (g.browser ?? g.chrome)?.runtime?.sendMessage?.({ type: OPEN_OPTIONS_MESSAGE });
    },
    setWithdraw: (currency, to) => {
      this.withdraw = { currency, to };
      this.check(); // the quote prices the withdrawal as planned
    },
  };

  /**
   * Keys: on a page field with a hint, Escape dismisses the hint and Tab goes into the hint's buttons (when
   * it offers a fill or a link, or is a marker);
   * inside a hint, Tab / Shift+Tab walk its buttons and leave them back to the page, Escape returns to
   * the field; in the panel, Escape closes it. Enter presses a focused button (native).
   */
  private onKey(e: KeyboardEvent): void {
    if (!this.host || e.altKey || e.ctrlKey || e.metaKey) return;
    const shadow = this.host.shadowRoot;
    if (e.composedPath().includes(this.host)) {
      const active = shadow?.activeElement as HTMLElement | null;
      const anchorEl = active?.closest<HTMLElement>('[data-anchor]');
      const anchor = this.painted.find((a) => a.id === anchorEl?.dataset.anchor);
      const control = anchor?.findings[0] && this.controlFor(anchor.findings[0]);
      if (anchorEl && control) {
        const buttons = Array.from(anchorEl.querySelectorAll<HTMLElement>('button'));
        const i = active ? buttons.indexOf(active) : -1;
        const field = this.focusTarget(control);
        if (e.key === 'Escape' || (e.key === 'Tab' && e.shiftKey && i <= 0)) {
          e.preventDefault();
          field?.focus();
        } else if (e.key === 'Tab' && !e.shiftKey && i === buttons.length - 1 && field) {
          e.preventDefault();
          this.focusAfter(control.el);
        }
      } else if (e.key === 'Escape' && this.open) {
        this.open = false;
        this.paint();
        shadow?.querySelector<HTMLElement>('[data-ta-badge]')?.focus();
      }
      return;
    }
    const c = this.controlOf(e.target);
    const anchor = c && this.painted.find((a) => a.findings.some((f) => this.controlFor(f)?.el === c.el));
    if (!anchor) return;
    if (e.key === 'Escape') {
      for (const f of anchor.findings) this.dismissed.add(findingKey(f));
      this.paint();
    } else if (e.key === 'Tab' && !e.shiftKey) {
      // into the hint only when it offers something to do (a fill, a link; a marker opens its message)
      const first = shadow?.querySelector<HTMLElement>(
        `[data-anchor="${anchor.id}"] .fill, [data-anchor="${anchor.id}"] .marker`,
      );
      if (!first) return;
      e.preventDefault();
      first.focus();
    }
  }

  /** Focus the page's next tabbable element after `el` (leaving a hint forwards). */
  private focusAfter(el: Element): void {
    const next = Array.from(this.doc.querySelectorAll<HTMLElement>(TABBABLE)).find(
      (n) =>
        !el.contains(n) &&
        el.compareDocumentPosition(n) & Node.DOCUMENT_POSITION_FOLLOWING &&
        n.closest(`[${HOST_ATTR}]`) === null &&
        n.getClientRects().length > 0,
    );
    next?.focus();
  }

  /** aria-invalid on fields with an error, aria-describedby to their messages; the page's own values restored. */
  private applyAria(anchors: Anchor[]): void {
    const lang = this.lang;
    const wanted = new Map<Element, { invalid: boolean; id: string; text: string }>();
    anchors.forEach((a, i) => {
      const c = a.findings[0] && this.controlFor(a.findings[0]);
      const el = c && this.focusTarget(c);
      if (!el) return;
      wanted.set(el, {
        invalid: a.findings.some((f) => f.severity === 'error'),
        id: `ta-toolkit-desc-${i}`,
        text: a.findings.map((f) => f.message[lang]).join(' '),
      });
    });
    for (const [el, own] of this.aria) {
      if (wanted.has(el)) continue;
      this.aria.delete(el);
      if (own.invalid === null) el.removeAttribute('aria-invalid');
      else el.setAttribute('aria-invalid', own.invalid);
      if (own.describedby === null) el.removeAttribute('aria-describedby');
      else el.setAttribute('aria-describedby', own.describedby);
    }
    for (const [el, w] of wanted) {
      if (!this.aria.has(el))
        this.aria.set(el, {
          invalid: el.getAttribute('aria-invalid'),
          describedby: el.getAttribute('aria-describedby'),
        });
      const own = this.aria.get(el);
      const invalid = w.invalid ? 'true' : (own?.invalid ?? null);
      if (invalid === null) el.removeAttribute('aria-invalid');
      else el.setAttribute('aria-invalid', invalid);
      el.setAttribute('aria-describedby', [own?.describedby, w.id].filter(Boolean).join(' '));
    }
    // the descriptions live in the host's light DOM (an id in our shadow root is not visible to the page)
    if (this.host)
      patch(
        this.host,
        [...wanted.values()].map((w) => h('span', { id: w.id, hidden: '' }, w.text)),
      );
  }

  /** Render the overlay from the last result (positions are measured now). */
  paint(): void {
    const rec = this.rec;
    if (!rec?.active || !this.result) {
      this.removeHost();
      return;
    }
    const mount = this.ensureHost();
    const lang = this.lang;
    const visible = this.result.findings.filter((f) => !this.isHeld(f));
    const todo = visible.filter((f) => this.isTodo(f));
    const problems = visible.filter((f) => !this.isTodo(f));
    const count = (s: PlacedFinding['severity']) => problems.filter((f) => f.severity === s).length;
    const counts: Counts = {
      error: count('error'),
      warning: count('warning'),
      info: count('info'),
      todo: todo.length,
    };
    const { fees, withdraw } = this.feeRows(lang);
    const anchors = this.anchors(problems);
    const obstacles = this.obstacles();
    this.layout(anchors, obstacles);
    const model: OverlayModel = {
      lang,
      problems,
      todo,
      counts,
      anchors,
      missing: rec.missing,
      fills: this.fills(lang),
      fees,
      withdraw: { ...this.withdraw, rows: withdraw },
      open: this.open,
      flash: this.flash,
      message: this.message,
      live: t('live', lang, { ...counts }),
    };
    patch(mount, [Overlay(model, this.actions)]);
    if (this.measure(anchors)) {
      this.layout(anchors, obstacles);
      patch(mount, [Overlay(model, this.actions)]);
    }
    this.painted = anchors;
    this.applyAria(anchors);
  }
}
