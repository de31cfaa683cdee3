/**
 * Chromium (Debian's, playwright-core) with a build of the extension, on the after-the-draft replicas
 * (test/pages) served at their addresses. Every request is recorded; anything not a replica address or
 * the extension's own file is aborted (and so shows up in `offsite`).
 *
 * Two builds: the production one (.output/chrome-mv3), and a test build (.output-test/chrome-mv3) that
 * differs only by a fixed "now" (TA_TEST_NOW, for the day counts) and, where asked, the replicas' host
 * (TA_TEST_HOST, for a browser without a toolbar to click). The toolbar click itself is the DevTools
 * protocol's Extensions.triggerAction (Chromium 156 offers it with --enable-unsafe-extension-debugging).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, type CDPSession, chromium, type Page } from 'playwright-core';
import { type PagesLang, pagesSite } from '../../../test/pages/serve.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../test/replica/browser.ts';
import { ARTIFACTS, EXT_ROOT, unpackedExtensionId } from '../e2e/harness.ts';

export { ARTIFACTS };
export const PROD_DIR = path.join(EXT_ROOT, '.output/chrome-mv3');
export const TEST_DIR = path.join(EXT_ROOT, '.output-test/chrome-mv3');
/** The fixed now of the test build: 22:00 on 10 June 2021 in US Pacific time, already 11 June in UTC. */
export const TEST_NOW = '2021-06-11T05:00:00Z';

export function ensureProdBuild(): void {
  if (!existsSync(path.join(PROD_DIR, 'page-tools.js')))
    execFileSync('npx', ['wxt', 'build', '-b', 'chrome'], { cwd: EXT_ROOT, stdio: 'inherit' });
}

/** The test build (fixed now), rebuilt every run: it must be the same code as the production build. */
export function buildTestVariant(browser: 'chrome' | 'firefox', env: Record<string, string> = {}): string {
  execFileSync('npx', ['wxt', 'build', '-b', browser], {
    cwd: EXT_ROOT,
    stdio: 'pipe',
    env: { ...process.env, TA_TEST_NOW: TEST_NOW, ...env },
  });
  return path.join(EXT_ROOT, `.output-test/${browser}-mv3`);
}

export interface PagesHarness {
  context: BrowserContext;
  extensionId: string;
  requests: string[];
  errors: string[];
  open(url: string): Promise<Page>;
  /** The seller's toolbar click on `page`'s tab (Extensions.triggerAction): the popup opens and injects. */
  clickToolbar(page: Page): Promise<void>;
  /** The open popup's text (read through the DevTools protocol: the popup is not a Playwright page). */
  popupText(): Promise<string>;
  /** Requests that were neither the replicas' own addresses nor the extension's files. */
  offsite(): string[];
  close(): Promise<void>;
}

export async function launchOnPages(extDir: string, lang: PagesLang): Promise<PagesHarness> {
  const site = await pagesSite(lang);
  const profile = mkdtempSync(path.join(tmpdir(), 'ta-pages-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1280, height: 900 },
    locale: lang === 'zh' ? 'zh-CN' : 'en-US',
    args: [
      ...CHROMIUM_ARGS,
      '--enable-unsafe-extension-debugging',
      `--disable-extensions-except=${extDir}`,
      `--load-extension=${extDir}`,
    ],
  });
  const requests: string[] = [];
  const errors: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('chrome-extension:')) return route.continue();
    const hit = site.get(url);
    return hit ? route.fulfill({ contentType: hit.contentType, body: hit.body }) : route.abort();
  });
  const extensionId = unpackedExtensionId(extDir);
  let cdp: CDPSession | null = null;
  return {
    context,
    extensionId,
    requests,
    errors,
    async open(url) {
      const page = await context.newPage();
      page.on('pageerror', (e) => errors.push(`pageerror ${url}: ${e.message}`));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`console ${url}: ${m.text()}`);
      });
      await page.goto(url);
      await page.waitForFunction(() => window.__pages?.ready === true);
      return page;
    },
    async clickToolbar(page) {
      const browser = context.browser();
      if (!browser) throw new Error('no browser-level CDP session');
      cdp ??= await browser.newBrowserCDPSession();
      const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] })) as {
        targetInfos: { targetId: string; type: string; url: string }[];
      };
      const tab = targetInfos.find((t) => t.type === 'tab' && t.url === page.url());
      if (!tab) throw new Error(`no tab target for ${page.url()}`);
      await cdp.send(
        'Extensions.triggerAction' as never,
        { id: extensionId, targetId: tab.targetId } as never,
      );
    },
    async popupText() {
      if (!cdp) throw new Error('the toolbar was not clicked');
      const session = cdp;
      const { targetInfos } = (await session.send('Target.getTargets')) as {
        targetInfos: { targetId: string; url: string }[];
      };
      const popup = targetInfos.find((t) => t.url === `chrome-extension://${extensionId}/popup.html`);
      if (!popup) return '';
      const { sessionId } = (await session.send('Target.attachToTarget', {
        targetId: popup.targetId,
        flatten: false,
      })) as { sessionId: string };
      const answer = new Promise<string>((resolve) => {
        session.on('Target.receivedMessageFromTarget', (e: { sessionId: string; message: string }) => {
          const m = JSON.parse(e.message) as { id?: number; result?: { result?: { value?: string } } };
          if (e.sessionId === sessionId && m.id === 1) resolve(m.result?.result?.value ?? '');
        });
      });
      const expression = 'document.body.innerText';
      await session.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({
          id: 1,
          method: 'Runtime.evaluate',
          params: { expression, returnByValue: true },
        }),
      });
      return answer;
    },
    offsite: () =>
      requests.filter((u) => !u.startsWith('chrome-extension:') && !site.has(u) && !u.startsWith('data:')),
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The manifest of a build, to compare a test build with the production one. */
export const manifestOf = (dir: string) =>
  JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
