/**
 * The toolbar click on a page without host permission (the fund-linking and withdrawal pages' addresses
 * are not public): the popup asks, the background injects the self-contained page-tools script into that
 * tab with activeTab + scripting (nothing is imported by the page, so nothing is web-accessible beyond
 * biz.alibaba.com) and answers with what the script found. Injecting again only asks again: the script
 * starts once per document (src/features/page-tools.ts).
 */
import { browser } from 'wxt/browser';
import type { PageToolsReport } from '../features/page-tools.ts';

export const INSPECT_TAB = 'ta-toolkit:inspect-tab';
/** The packaged script (entrypoints/page-tools.ts). */
export const PAGE_TOOLS_FILE = '/page-tools.js';

export type InspectAnswer = { ok: true; report: PageToolsReport } | { ok: false; error: string };

export async function inspectTab(tabId: number): Promise<InspectAnswer> {
  try {
    const [first] = await browser.scripting.executeScript({ target: { tabId }, files: [PAGE_TOOLS_FILE] });
    const report = first?.result as PageToolsReport | undefined;
    return report ? { ok: true, report } : { ok: false, error: 'no result' };
  } catch (e) {
    // a page no extension may touch (the browser's own pages, the web store), or the tab went away
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

/** The background's one listener: { type: INSPECT_TAB, tabId } -> InspectAnswer. */
export function listenForInspect(): void {
  browser.runtime.onMessage.addListener(
    (message: unknown, _sender, sendResponse: (a: InspectAnswer) => void) => {
      const m = message as { type?: unknown; tabId?: unknown };
      if (m?.type !== INSPECT_TAB || typeof m.tabId !== 'number') return false;
      void inspectTab(m.tabId).then(sendResponse);
      return true; // answers asynchronously
    },
  );
}
