import { listenForInspect } from '../src/background/page-tools.ts';
import { OPEN_OPTIONS_MESSAGE } from '../src/open-options.ts';

/**
 * The background service worker: only what content scripts and the popup cannot do themselves. A hint's
 * "Open settings" link sends OPEN_OPTIONS_MESSAGE; this opens the options page (runtime.openOptionsPage).
 * The popup asks it to inspect the tab the toolbar button was clicked on (src/background/page-tools.ts).
 */
export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown) => {
    if ((message as { type?: unknown } | null)?.type === OPEN_OPTIONS_MESSAGE)
      void browser.runtime.openOptionsPage();
  });
  listenForInspect();
});
