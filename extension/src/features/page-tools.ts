/**
 * The page-tools script's state in the page (one per document, kept on the extension's isolated world's
 * window so a second click finds the first run): start once, report every time.
 */
import type { Message } from '@ta-toolkit/core/types';
import { DEFAULT_PREFS, loadPrefs, watchPrefs } from '../prefs.ts';
import type { Feature } from './feature.ts';
import { type FeatureRunner, runFeatures } from './run.ts';

/** What the popup shows: the features that recognised the page, and what they found. */
export interface PageToolsReport {
  features: string[];
  found: Message[];
}

const KEY = '__taToolkitPageTools';
type Holder = { [KEY]?: FeatureRunner };

export function startPageTools(doc: Document, features: readonly Feature[]): PageToolsReport {
  const win = (doc.defaultView ?? globalThis) as unknown as Holder;
  let runner = win[KEY];
  if (!runner) {
    // until the tab navigates: a new document starts from nothing, and an in-page navigation (another
    // address) ends this run at its next change
    const href = doc.location.href;
    const started = runFeatures(doc, features, DEFAULT_PREFS, () => doc.location.href !== href);
    runner = started;
    win[KEY] = started;
    void loadPrefs().then((p) => started.setPrefs(p));
    const unwatch = watchPrefs((p) => started.setPrefs(p));
    const end = () => {
      started.stop();
      unwatch();
      delete win[KEY];
    };
    doc.defaultView?.addEventListener('pagehide', end, { once: true });
  }
  return { features: runner.active(), found: runner.found() };
}
