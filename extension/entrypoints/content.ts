import { Detector } from '../src/content/detector.ts';
import type { FormCheckerModule } from '../src/content/lazy.ts';
import { startAutoFeatures } from '../src/features/auto-start.ts';
import type { PageFeaturesModule } from './page-features.ts';

/**
 * Runs on every page of the draft form's host and decides by what is on the page: it recognises the
 * draft form's fields (see src/fields.ts) and stays idle elsewhere. Only where the form is found does it
 * import the checker module packaged with the extension (src/content/lazy.ts explains the split).
 */
export default defineContentScript({
  matches: ['https://biz.alibaba.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    const detector = new Detector(document, {
      load: () =>
        import(/* @vite-ignore */ browser.runtime.getURL('/form-checker.js')).then(
          (m: { default: FormCheckerModule }) => m.default,
        ),
      onInvalidated: (cb) => ctx.onInvalidated(cb),
      onLocationChange: (cb) => ctx.addEventListener(window, 'wxt:locationchange', cb),
    });
    detector.start();

    // After the draft (src/features): the order list and detail get their own packaged module, imported
    // only on those addresses (src/features/pages.ts)
    startAutoFeatures({
      href: () => location.href,
      load: () =>
        import(/* @vite-ignore */ browser.runtime.getURL('/page-features.js')).then(
          (m: { default: PageFeaturesModule }) => m.default.start(document),
        ),
      onInvalidated: (cb) => ctx.onInvalidated(cb),
      onLocationChange: (cb) => ctx.addEventListener(window, 'wxt:locationchange', cb),
    });
  },
});
