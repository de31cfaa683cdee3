import { Detector } from '../src/content/detector.ts';
import type { FormCheckerModule } from '../src/content/lazy.ts';

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
  },
});
