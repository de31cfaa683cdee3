/** window.__pages: what a test reads from the after-the-draft replicas (plain TS, importable anywhere). */
import type { PagesLang } from './text';

export type PageKind = 'list' | 'detail' | 'fund' | 'withdraw';

export interface PagesHook {
  page: PageKind;
  lang: PagesLang;
  /** The page has rendered its data (the list: after its mainv2.json arrived). */
  ready: boolean;
  /** Clicks on 确认关联 (fund page) and 确认并提交申请 (withdrawal form): the extension must leave both at 0. */
  confirmClicks: number;
  submitClicks: number;
  /** The withdrawal form's values. */
  state(): unknown;
}

declare global {
  interface Window {
    __pages: PagesHook;
    __PAGES_CONFIG__?: { page: PageKind; lang: PagesLang };
    __FUND_DATA__?: unknown;
    VISION_SCHEMA?: unknown;
  }
}
