/**
 * content.js's hook for the automatic features: on an order-list or order-detail address (pages.ts) it
 * imports the packaged page-features module and starts it; it stops it when an in-page navigation leaves
 * such an address. Elsewhere it does nothing and loads nothing.
 */

import { hasAutoFeature } from './pages.ts';
import type { FeatureRunner } from './run.ts';

export interface AutoStartOptions {
  href: () => string;
  /** Import /page-features.js and start it on the document. */
  load: () => Promise<FeatureRunner>;
  onInvalidated: (cb: () => void) => void;
  onLocationChange: (cb: () => void) => void;
}

export function startAutoFeatures(opts: AutoStartOptions): void {
  let running: Promise<FeatureRunner | null> | null = null;
  const update = () => {
    if (hasAutoFeature(opts.href())) {
      running ??= opts.load().catch(() => null);
    } else if (running) {
      void running.then((r) => r?.stop());
      running = null;
    }
  };
  opts.onLocationChange(update);
  opts.onInvalidated(() => void running?.then((r) => r?.stop()));
  update();
}
