/**
 * The checker module's life on a page (see lazy.ts): the detector in content.js hands it each recognition
 * of the form; it reads the form, checks it with core on every change, renders the overlay and runs fills
 * on click. Given no active form, it removes everything it inserted.
 */

import type { CurrencyCode, Lang } from '@ta-toolkit/core/types';
import { checkPage, type PageCheck, type PlacedFinding } from '../checker.ts';
import {
  formatFee,
  formatMinor,
  PAYMENT_METHODS,
  parseAmount,
  todayInPacific,
  withdrawalFee,
} from '../core.ts';
import {
  ADVANCE_PERCENTS,
  FIELD_SPECS,
  type FormFieldKey,
  QUIET_UNTIL_TOUCHED,
  SAFE_SHIP_DAYS,
} from '../fields.ts';
import { setControlValue } from '../fill.ts';
import { DEFAULT_PREFS, loadPrefs, type Prefs, resolveLang, watchPrefs } from '../prefs.ts';
import { readOrder } from '../read.ts';
import { type Control, mapValue, ownText, type Recognition, recognize } from '../recognize.ts';
import { patch } from '../ui/dom.ts';
import {
  type Anchor,
  type Box,
  type FeeRow,
  type FillButton,
  OVERLAY_CSS,
  Overlay,
  type OverlayActions,
  type OverlayModel,
} from '../ui/overlay.ts';
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
/** The visible box of a control: Fusion wraps inputs in groups / pickers. */
const BOX_OF = '.next-input-group, .next-number-picker, .next-date-picker, .next-select, .next-input';

export const HOST_ATTR = 'data-ta-toolkit';

export class Controller {
  private rec: Recognition | null = null;
  private host: HTMLElement | null = null;
  private mount: HTMLElement | null = null;
  private prefs: Prefs = DEFAULT_PREFS;
  private result: PageCheck | null = null;
  private open = false;
  private flash: Box | null = null;
  private message: string | null = null;
  private withdraw = { currency: 'CNY', to: 'corporate' };
  /** Fields the user has focused-and-left or changed (see QUIET_UNTIL_TOUCHED). */
  private readonly touched = new Set<string>();
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

  /** Listen to the page (events that change values, scroll / resize that move controls). */
  start(): void {
    if (!this.opts.prefs) this.disposers.push(watchPrefs((p) => this.setPrefs(p)));
    const onEvent = (e: Event) => {
      if (this.host && e.composedPath().includes(this.host)) return; // our own UI
      if (e.type !== 'click' && e.type !== 'keyup') this.touch(e.target);
      this.scheduleCheck();
    };
    for (const type of ['input', 'change', 'click', 'keyup', 'focusout']) {
      this.doc.addEventListener(type, onEvent, true);
      this.disposers.push(() => this.doc.removeEventListener(type, onEvent, true));
    }
    const win = this.doc.defaultView;
    const onMove = () => this.schedulePosition();
    win?.addEventListener('scroll', onMove, { capture: true, passive: true });
    win?.addEventListener('resize', onMove, { passive: true });
    this.disposers.push(() => {
      win?.removeEventListener('scroll', onMove, { capture: true });
      win?.removeEventListener('resize', onMove);
    });
  }

  stop(): void {
    clearTimeout(this.checkTimer);
    for (const d of this.disposers.splice(0)) d();
    this.removeHost();
  }

  setPrefs(p: Prefs): void {
    this.prefs = p;
    this.check();
  }

  /** Remember which field an event happened in. */
  private touch(target: EventTarget | null): void {
    if (!this.rec || !(target instanceof Node)) return;
    for (const [key, list] of this.rec.fields) {
      if (!list.some((c) => c.el === target || c.el.contains(target))) continue;
      this.touched.add(key);
      if (key === 'ship_date_mode' || key === 'ship_within_days' || key === 'ship_by_date') {
        this.touched.add('ship_within_days').add('ship_by_date').add('ship_date_mode');
      }
    }
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
      const order = readOrder(this.rec);
      const today = this.opts.today?.() ?? todayInPacific();
      this.result = checkPage(order, this.prefs.settings, today);
    } catch (err) {
      // never break the page: keep the last result and say nothing
      this.message = String(err);
    }
    const t1 = performance.now();
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
    this.host?.remove();
    this.host = null;
    this.mount = null;
  }

  /** The document box of a control (0-size when hidden). */
  private boxOf(el: Element): Box {
    const target = el.closest(BOX_OF) && el.tagName === 'INPUT' ? (el.closest(BOX_OF) ?? el) : el;
    const r = target.getBoundingClientRect();
    const win = this.doc.defaultView;
    return {
      top: r.top + (win?.scrollY ?? 0),
      left: r.left + (win?.scrollX ?? 0),
      width: r.width,
      height: r.height,
    };
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

  private anchors(findings: PlacedFinding[]): Anchor[] {
    const byEl = new Map<Element, Anchor>();
    for (const f of findings) {
      const empty = this.result?.input[f.field as keyof PageCheck['input']] === '';
      if ((empty || QUIET_UNTIL_TOUCHED.test(f.rule)) && !this.touched.has(f.field)) continue;
      const c = this.controlFor(f);
      if (!c) continue;
      let a = byEl.get(c.el);
      if (!a) {
        const box = this.boxOf(c.el);
        if (box.width === 0 && box.height === 0) continue; // hidden: list only
        a = { id: `${c.key}#${c.line ?? ''}`, box, findings: [] };
        byEl.set(c.el, a);
      }
      a.findings.push(f);
    }
    return [...byEl.values()];
  }

  private moneyOf(raw: unknown): { minor: number; currency: CurrencyCode } | null {
    const p = parseAmount(raw as string);
    if (!p.ok) return null;
    const cur = this.result?.input.currency;
    const currency = (p.currency ?? (cur === 'CNY' || cur === 'EUR' ? cur : 'USD')) as CurrencyCode;
    return { minor: p.minor, currency };
  }

  private fills(lang: Lang): FillButton[] {
    const out: FillButton[] = [];
    const rec = this.rec;
    if (!rec || !this.result) return out;
    const input = this.result.input;
    const total = this.moneyOf(input.order_total);
    const advanceCtl = rec.fields.get('advance')?.[0];
    if (advanceCtl?.kind === 'input' && total) {
      for (const p of ADVANCE_PERCENTS)
        out.push({
          id: `advance-${p}`,
          label: t('fillAdvance', lang, { p }),
          rules: ['payment/advance-min', 'payment/advance-over-total'],
        });
    }
    const balanceCtl = rec.fields.get('balance')?.[0];
    if (balanceCtl?.kind === 'input' && total && this.moneyOf(input.advance)) {
      out.push({ id: 'balance', label: t('fillBalance', lang), rules: ['payment/balance-mismatch'] });
    }
    if (rec.fields.get('ship_within_days')?.[0]) {
      out.push({
        id: 'ship-days',
        label: t('fillDays', lang, { n: SAFE_SHIP_DAYS }),
        rules: ['shipping/days-too-short'],
      });
    }
    return out;
  }

  /** Run a one-click fill (only ever from a click in our UI). */
  async fill(id: string): Promise<boolean> {
    const rec = this.rec;
    const result = this.result;
    if (!rec || !result) return false;
    let ok = false;
    const total = this.moneyOf(result.input.order_total);
    if (id.startsWith('advance-') && total) {
      const pct = Number(id.slice('advance-'.length));
      // integer minor units, half-up (amounts are never negative here)
      const minor = Math.floor((total.minor * pct + 50) / 100);
      const el = rec.fields.get('advance')?.[0]?.el;
      if (el) ok = await setControlValue(el, formatMinor(minor, total.currency));
    } else if (id === 'balance' && total) {
      const adv = this.moneyOf(result.input.advance);
      const el = rec.fields.get('balance')?.[0]?.el;
      if (adv && el) ok = await setControlValue(el, formatMinor(total.minor - adv.minor, total.currency));
    } else if (id === 'ship-days') {
      const mode = rec.fields.get('ship_date_mode')?.[0];
      if (mode) {
        // choose the "within N days" option first, if another is checked
        const radios = Array.from(mode.el.querySelectorAll<HTMLInputElement>('input[type=radio]'));
        const spec = FIELD_SPECS.find((s) => s.key === 'ship_date_mode');
        const days = radios.find((r) => mapValue(ownText(r.closest('label') ?? r), spec?.values) === 'days');
        if (days && !days.checked) days.click();
      }
      const el = rec.fields.get('ship_within_days')?.[0]?.el;
      if (el) ok = await setControlValue(el, String(SAFE_SHIP_DAYS));
    }
    this.message = ok ? null : t('fillFailed', this.lang);
    this.opts.rescan?.();
    this.scheduleCheck();
    if (!ok) this.paint();
    return ok;
  }

  private feeRows(lang: Lang): { fees: FeeRow[]; withdraw: FeeRow[] } {
    const fees: FeeRow[] = [];
    const withdraw: FeeRow[] = [];
    const r = this.result;
    if (!r) return { fees, withdraw };
    const fmt = (f: Parameters<typeof formatFee>[0]) => formatFee(f, lang);
    if (r.methodFees.length === 0)
      fees.push({ label: t('buyerFee', lang), value: t('noMethod', lang), kind: 'payment' });
    for (const m of r.methodFees) {
      const name = PAYMENT_METHODS.find((p) => p.id === m.method)?.name[lang] ?? m.method;
      fees.push({
        label: `${t('buyerFee', lang)} · ${name}`,
        value: fmt(m.fee),
        kind: 'payment',
        method: m.method,
        amount: m.fee,
      });
    }
    fees.push({ label: t('serviceFee', lang), value: fmt(r.service), kind: 'service', amount: r.service });
    const total = this.moneyOf(r.input.order_total);
    if (!total) {
      withdraw.push({ label: t('withdrawalFee', lang), value: t('noTotal', lang), kind: 'withdrawal' });
      return { fees, withdraw };
    }
    const w = withdrawalFee({
      amount: total,
      exportMode: String(r.input.export_mode ?? ''),
      withdrawCurrency: this.withdraw.currency,
      withdrawTo: this.withdraw.to,
      orderType: typeof r.input.order_type === 'string' ? r.input.order_type : undefined,
      settings: this.prefs.settings,
    });
    const note = w.findings.map((f) => f.message[lang]).join(' ');
    withdraw.push({
      label: t('withdrawalFee', lang),
      value: fmt(w.fee),
      ...(note ? { note } : {}),
      kind: 'withdrawal',
      amount: w.fee,
    });
    withdraw.push({ label: t('net', lang), value: fmt(w.net), kind: 'net', amount: w.net });
    return { fees, withdraw };
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
      const focusable = c.el.matches('input, textarea, select')
        ? c.el
        : c.el.querySelector('input, textarea');
      (focusable as HTMLElement | null)?.focus?.({ preventScroll: true });
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
    setWithdraw: (currency, to) => {
      this.withdraw = { currency, to };
      this.paint();
    },
  };

  /** Render the overlay from the last result (positions are measured now). */
  paint(): void {
    const rec = this.rec;
    if (!rec?.active || !this.result) {
      this.removeHost();
      return;
    }
    const mount = this.ensureHost();
    const lang = this.lang;
    const findings = this.result.findings;
    const { fees, withdraw } = this.feeRows(lang);
    const docEl = this.doc.documentElement;
    const model: OverlayModel = {
      lang,
      findings,
      anchors: this.anchors(findings),
      missing: rec.missing,
      fills: this.fills(lang),
      fees,
      withdraw: { ...this.withdraw, rows: withdraw },
      open: this.open,
      flash: this.flash,
      message: this.message,
      docWidth: Math.max(docEl.scrollWidth, docEl.clientWidth),
    };
    patch(mount, [Overlay(model, this.actions)]);
  }
}
