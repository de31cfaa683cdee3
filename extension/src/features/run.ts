/**
 * Runs features on a page: each whose `include` matches paints now and again after the page changes
 * (debounced; our own marks' changes are ignored), until stopped. Never throws into the page.
 */
import { todayInPacific } from '@ta-toolkit/core/check/dates';
import type { Message } from '@ta-toolkit/core/types';
import { type Prefs, resolveLang } from '../prefs.ts';
import { now } from './clock.ts';
import type { Feature, Found } from './feature.ts';
import { isOwnMark, MARK_ATTR } from './mark.ts';

const RERUN_DEBOUNCE_MS = 150;

export interface FeatureRunner {
  /** What each feature found on its last run (features that found nothing are left out). */
  found(): Message[];
  /** Features that match the page now. */
  active(): string[];
  setPrefs(prefs: Prefs): void;
  stop(): void;
}

/** `until`: checked before each run; once true the run stops (the page navigated away in place). */
export function runFeatures(
  doc: Document,
  features: readonly Feature[],
  initial: Prefs,
  until: () => boolean = () => false,
): FeatureRunner {
  let prefs = initial;
  let results: { id: string; found: Found }[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const runAll = () => {
    if (stopped) return;
    if (until()) {
      runner.stop();
      return;
    }
    const url = new URL(doc.location?.href ?? 'about:blank');
    const ctx = {
      doc,
      lang: resolveLang(prefs.lang, doc.documentElement.lang, null),
      settings: prefs.settings,
      today: todayInPacific(now()),
    };
    results = [];
    for (const f of features) {
      try {
        if (f.include(url, doc)) results.push({ id: f.id, found: f.run(ctx) });
      } catch {
        // a page we misread must stay usable: this feature shows nothing this time
      }
    }
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(runAll, RERUN_DEBOUNCE_MS);
  };
  const MO = doc.defaultView?.MutationObserver ?? MutationObserver;
  const observer = new MO((records) => {
    if (records.every((r) => isOwnMark(r.target))) return;
    schedule();
  });
  observer.observe(doc.documentElement, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['value', 'class'],
  });
  // typed values change a property, not an attribute: inputs re-run too
  doc.addEventListener('input', schedule, true);
  const runner: FeatureRunner = {
    found: () => results.flatMap((r) => (r.found ? [r.found] : [])),
    active: () => results.map((r) => r.id),
    setPrefs(p) {
      prefs = p;
      schedule();
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
      observer.disconnect();
      doc.removeEventListener('input', schedule, true);
      for (const host of doc.querySelectorAll(`[${MARK_ATTR}]`)) host.remove();
    },
  };
  runAll();
  return runner;
}
