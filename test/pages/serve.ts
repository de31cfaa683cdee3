/**
 * The after-the-draft replicas for browser tests, built on demand (dist/ is not committed): the HTML of
 * each page and the order list's data, keyed by the address a test serves them at.
 *
 *   const site = await pagesSite('zh');
 *   await context.route('**\/*', (r) => { const hit = site.get(r.request().url()); … });
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPages, DETAIL_FIXTURES, PAGE_FIXTURES, PAGES_SRC, pagePath } from './build';
import type { PagesLang } from './src/text';

export type { PageKind, PagesHook } from './src/hook';
export type { PagesLang } from './src/text';

/** The order list: its data comes from /list/ajax/ta/mainv2.json, so it lives under the same /list/ app. */
export const LIST_URL = 'https://biz.alibaba.com/list/ta.htm';
export const LIST_DATA_URL = 'https://biz.alibaba.com/list/ajax/ta/mainv2.json';
/** Another biz.alibaba.com address showing the same orders: no feature runs there (routing is by address). */
export const IDLE_URL = 'https://biz.alibaba.com/ta/order/list.htm';
/** The order detail's public address; the two fixture orders. */
export const DETAIL_URL = 'https://biz.alibaba.com/ta/detail.htm?orderId=';
export const DETAIL_ORDERS = { differs: '31189390501026709', matches: '31189390501026708' } as const;
/**
 * The fund-linking and withdrawal pages' real addresses are not public: the replicas live on a host the
 * extension has no permission for (.invalid never resolves), so only the toolbar click can reach them.
 */
export const REPLICA_HOST = 'https://ta-replica.invalid';
export const FUND_URL = `${REPLICA_HOST}/fund/link.htm`;
export const WITHDRAW_URL = `${REPLICA_HOST}/fund/withdraw.htm`;

export interface Served {
  contentType: string;
  body: string;
}

const BUILD_SCRIPT = fileURLToPath(new URL('./build.ts', import.meta.url));
let building: Promise<unknown> | null = null;

async function mtime(file: string): Promise<number> {
  try {
    return (await stat(file)).mtimeMs;
  } catch {
    return 0;
  }
}

async function ensureBuilt(): Promise<void> {
  const sources = [
    ...(await readdir(PAGES_SRC)).map((f) => path.join(PAGES_SRC, f)),
    ...(await readdir(PAGE_FIXTURES)).map((f) => path.join(PAGE_FIXTURES, f)),
    BUILD_SCRIPT,
  ];
  const newest = Math.max(...(await Promise.all(sources.map(mtime))));
  const oldest = Math.min(
    ...(await Promise.all([pagePath('withdraw', 'zh'), pagePath('list', 'en')].map(mtime))),
  );
  if (oldest >= newest) return;
  building ??= buildPages().finally(() => {
    building = null;
  });
  await building;
}

const html = (body: string): Served => ({ contentType: 'text/html; charset=utf-8', body });

/** Every replica address (exact URL, query included) with what it serves, in one language. */
export async function pagesSite(lang: PagesLang): Promise<Map<string, Served>> {
  await ensureBuilt();
  const read = (file: string) => readFile(file, 'utf8');
  const site = new Map<string, Served>();
  site.set(LIST_URL, html(await read(pagePath('list', lang))));
  site.set(IDLE_URL, html(await read(pagePath('list', lang))));
  site.set(LIST_DATA_URL, {
    contentType: 'application/json; charset=utf-8',
    body: await read(path.join(PAGE_FIXTURES, 'mainv2.json')),
  });
  for (const name of DETAIL_FIXTURES) {
    const order = DETAIL_ORDERS[name === 'detail-differs' ? 'differs' : 'matches'];
    site.set(`${DETAIL_URL}${order}`, html(await read(pagePath('detail', lang, name))));
  }
  site.set(FUND_URL, html(await read(pagePath('fund', lang))));
  site.set(WITHDRAW_URL, html(await read(pagePath('withdraw', lang))));
  return site;
}
