/**
 * content.js's whole job (see lazy.ts): watch the page, recognise the draft form, and hand the
 * recognition to the checker module — loading that module the first time a form is found. Idle pages run
 * only this: a debounced recognition after DOM changes and in-page navigation, nothing inserted.
 */
import { type KnownControls, type Recognition, recognize } from '../recognize.ts';
import type { FormChecker, FormCheckerModule } from './lazy.ts';

export interface DetectorOptions {
  /** Load the checker module (the content script: a dynamic import of the packaged file). */
  load: () => Promise<FormCheckerModule>;
  /** Called when the script's context dies (extension reloaded): everything is removed. */
  onInvalidated?: (cb: () => void) => void;
  /** Subscribe to in-page navigation (WXT's wxt:locationchange). */
  onLocationChange?: (cb: () => void) => void;
}

const SCAN_DEBOUNCE_MS = 150;

export class Detector {
  private checker: FormChecker | null = null;
  private loading: Promise<void> | null = null;
  /** The latest recognition while the checker loads. */
  private pending: Recognition | null = null;
  private observer: MutationObserver | null = null;
  private scanTimer: ReturnType<typeof setTimeout> | undefined;
  private stopped = false;
  /** Fields found on this page so far (a found field stays found while its element lives). */
  private readonly known: KnownControls = new WeakMap();

  constructor(
    private readonly doc: Document,
    private readonly opts: DetectorOptions,
  ) {}

  start(): void {
    const win = this.doc.defaultView;
    const MO = win?.MutationObserver ?? MutationObserver;
    this.observer = new MO((records) => {
      const host = this.checker?.host;
      if (host && records.every((r) => host.contains(r.target))) return; // our own overlay
      this.scheduleScan();
    });
    this.observer.observe(this.doc.documentElement, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['class', 'checked', 'aria-checked', 'value', 'title'],
      characterData: true,
    });
    this.opts.onLocationChange?.(() => this.scheduleScan());
    this.opts.onInvalidated?.(() => this.stop());
    this.scan();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.scanTimer);
    this.observer?.disconnect();
    this.checker?.stop();
    this.checker = null;
  }

  scheduleScan(): void {
    if (this.stopped) return;
    clearTimeout(this.scanTimer);
    this.scanTimer = setTimeout(() => this.scan(), SCAN_DEBOUNCE_MS);
  }

  /** Recognise the form and tell the checker (loading it on the first form). Never throws. */
  scan(): void {
    let rec: Recognition | null;
    try {
      rec = recognize(this.doc, this.known);
    } catch {
      rec = null;
    }
    const active = rec?.active ? rec : null;
    if (this.checker) {
      this.checker.update(active);
      return;
    }
    this.pending = active;
    if (!active || this.loading) return;
    this.loading = this.opts
      .load()
      .then((mod) => {
        if (this.stopped) return;
        this.checker = mod.attach(this.doc, { rescan: () => this.scheduleScan() });
        this.checker.update(this.pending);
        this.pending = null;
      })
      // the module is part of the package, so this does not happen; if it did, the page stays untouched
      .catch(() => undefined);
  }
}
