import { Controller } from '../src/content/controller.ts';
import { loadDestinationNames } from '../src/content/destination-names.ts';

/**
 * Runs on every page of the draft form's host and decides by what is on the page: it activates only
 * where the draft form's fields are found (see src/fields.ts) and stays idle elsewhere.
 */
export default defineContentScript({
  matches: ['https://biz.alibaba.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    const controller = new Controller(document, {
      onInvalidated: (cb) => ctx.onInvalidated(cb),
      onLocationChange: (cb) => ctx.addEventListener(window, 'wxt:locationchange', cb),
      prepare: loadDestinationNames,
    });
    void controller.start();
  },
});
