/**
 * Opening the replica in headless Chromium (Debian's, via playwright-core; no browser download).
 * Everything outside https://biz.alibaba.com/ is aborted and recorded, so a test can assert that the
 * page made no network request.
 */
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { REPLICA_URL, type ReplicaLang, replicaHtml } from './serve';

export const CHROMIUM_PATH = '/usr/lib/chromium/chromium';

/**
 * Headless, offline and quiet: without the background-networking flags Chromium keeps trying to reach
 * Google's hosts, which this machine refuses (and a test must see no request it did not make).
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS] });
}

export interface ReplicaPage {
  context: BrowserContext;
  page: Page;
  /** Requests that were not for biz.alibaba.com (aborted). */
  blocked: string[];
  /** Uncaught page errors and console errors. */
  errors: string[];
}

/** A fresh context showing the replica at its biz.alibaba.com address; `search` like '?lang=en'. */
export async function openReplica(browser: Browser, lang: ReplicaLang, search = ''): Promise<ReplicaPage> {
  const html = await replicaHtml(lang);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  const blocked: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('https://biz.alibaba.com/')) {
      return route.fulfill({ contentType: 'text/html; charset=utf-8', body: html });
    }
    blocked.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  await page.goto(`${REPLICA_URL}${search}`);
  await page.waitForFunction(() => window.__replica?.ready === true);
  return { context, page, blocked, errors };
}
