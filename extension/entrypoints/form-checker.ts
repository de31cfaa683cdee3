import { Controller } from '../src/content/controller.ts';
import { loadDestinationNames } from '../src/content/destination-names.ts';
import type { FormChecker, FormCheckerModule } from '../src/content/lazy.ts';

/**
 * The checker module (src/content/lazy.ts): built as an ES module (wxt.config.ts), packaged at
 * /form-checker.js and imported by content.js the first time the draft form is recognised on a page.
 * Its default export is what `main` returns.
 */
export default defineUnlistedScript({
  // an ES module exports its result; no IIFE global to name
  globalName: false,
  main: (): FormCheckerModule => ({
    attach(doc, opts): FormChecker {
      const controller = new Controller(doc, { rescan: opts.rescan, prepare: loadDestinationNames });
      controller.start();
      return {
        update: (rec) => controller.update(rec),
        get host() {
          return controller.hostElement;
        },
        stop: () => controller.stop(),
      };
    },
  }),
});
