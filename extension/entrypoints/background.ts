import { OPEN_OPTIONS_MESSAGE } from '../src/open-options.ts';

/**
 * The background service worker: only what content scripts cannot do themselves. A hint's "Open settings"
 * link sends OPEN_OPTIONS_MESSAGE; this opens the options page (runtime.openOptionsPage).
 */
export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown) => {
    if ((message as { type?: unknown } | null)?.type === OPEN_OPTIONS_MESSAGE)
      void browser.runtime.openOptionsPage();
  });
});
