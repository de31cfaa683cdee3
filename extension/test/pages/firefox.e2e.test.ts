/**
 * The after-the-draft features in Firefox (Debian's firefox-esr through puppeteer-core over WebDriver BiDi,
 * recipes.md), on the replicas. WebDriver BiDi cannot press the toolbar button, so this runs a test build
 * (TA_TEST_HOST grants the replicas' host; TA_TEST_NOW fixes now, as in Chromium) and asks the background,
 * from an extension page, to inspect the replica's tab: the same message the popup sends, the same
 * scripting.executeScript({ files }) of the same page-tools script.
 */
import path from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DETAIL_ORDERS,
  DETAIL_URL,
  FUND_URL,
  LIST_URL,
  pagesSite,
  REPLICA_HOST,
  WITHDRAW_URL,
} from '../../../test/pages/serve.ts';
import { INSPECT_TAB } from '../../src/background/page-tools.ts';
import { EXPECTED_BADGES, SETTINGS, taCheck } from './expected.ts';
import { ARTIFACTS, buildTestVariant } from './harness.ts';

const FIREFOX = '/usr/lib/firefox-esr/firefox-esr';
const GECKO_ID = 'ta-toolkit@ta-toolkit.invalid';
const UUID = '0f0e0d0c-0b0a-4909-8807-060504030201';

let browser: Browser;
let extensionPage: Page;
const requests: string[] = [];
const errors: string[] = [];
const served = new Set<string>();

async function open(url: string, lang: 'zh' | 'en'): Promise<Page> {
  const site = await pagesSite(lang);
  for (const u of site.keys()) served.add(u);
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  // zh and en replicas share their addresses: every load must come from this test's interception, not a cache
  await page.setCacheEnabled(false);
  await page.setRequestInterception(true);
  page.on('request', (r) => {
    requests.push(r.url());
    const hit = site.get(r.url());
    if (hit) void r.respond({ status: 200, contentType: hit.contentType, body: hit.body });
    else if (r.url().startsWith('moz-extension://') || r.url().startsWith('data:')) void r.continue();
    else void r.abort();
  });
  page.on('pageerror', (e) => errors.push(`pageerror ${url}: ${String(e)}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console ${url}: ${m.text()}`);
  });
  await page.goto(url);
  await page.waitForFunction(() => window.__pages?.ready === true);
  return page;
}

/** The popup's message to the background, for the tab showing `url`: what page-tools found. */
async function inspect(
  url: string,
): Promise<{ ok: boolean; report?: { features: string[]; found: { en: string }[] } }> {
  return extensionPage.evaluate(
    async (type, target) => {
      const api = (globalThis as unknown as { browser: typeof chrome }).browser;
      const [tab] = await api.tabs.query({ url: target });
      return api.runtime.sendMessage({ type, tabId: tab?.id });
    },
    INSPECT_TAB,
    url,
  );
}

const marks = (page: Page, selector: string, attrs: string[]) =>
  page.evaluate(
    (sel, names) => {
      const all: Element[] = [];
      const walk = (root: Document | ShadowRoot) => {
        all.push(...Array.from(root.querySelectorAll(sel)));
        for (const el of Array.from(root.querySelectorAll('*'))) if (el.shadowRoot) walk(el.shadowRoot);
      };
      walk(document);
      return all.map((e) => Object.fromEntries(names.map((n) => [n, e.getAttribute(n)])));
    },
    selector,
    attrs,
  );
const rules = async (page: Page) =>
  (await marks(page, '[data-rule]', ['data-rule'])).map((m) => m['data-rule']);
const settle = () => new Promise((r) => setTimeout(r, 1000));
/** A real mouse click on the first element `selector` matches (waiting for it). */
async function click(page: Page, selector: string): Promise<void> {
  const el = await page.waitForSelector(selector);
  if (!el) throw new Error(`nothing matches ${selector}`);
  await el.click();
}

beforeAll(async () => {
  const dir = buildTestVariant('firefox', { TA_TEST_HOST: `${REPLICA_HOST}/*` });
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'app.update.enabled': false,
      'extensions.update.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'network.captive-portal-service.enabled': false,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
    },
  });
  await browser.installExtension(dir);
  extensionPage = await browser.newPage();
  // an extension page never finishes "loading" over BiDi (recipes.md): do not wait for goto
  void extensionPage.goto(`moz-extension://${UUID}/options.html`).catch(() => undefined);
  await extensionPage.waitForFunction(
    () => document.readyState === 'complete' && location.protocol === 'moz-extension:',
  );
  await extensionPage.evaluate(
    (settings) =>
      (globalThis as unknown as { browser: typeof chrome }).browser.storage.sync.set({
        taToolkit: { settings, lang: 'auto' },
      }),
    SETTINGS,
  );
}, 240_000);

afterAll(async () => {
  await browser?.close();
});

describe('Firefox', () => {
  it('order list (zh): the same badges and day counts as in Chromium', async () => {
    const page = await open(LIST_URL, 'zh');
    await page.waitForFunction(() => document.querySelector('[data-ta-toolkit-mark^="badges-"]') !== null);
    await settle();
    const shown = await marks(page, '[data-ta-badge]', ['data-ta-badge', 'data-order', 'data-days']);
    expect(
      shown.map((b) => ({ kind: b['data-ta-badge'], order: b['data-order'], days: b['data-days'] })),
    ).toEqual(EXPECTED_BADGES);
    await page.screenshot({ path: path.join(ARTIFACTS, 'pages-list-zh-firefox.png'), fullPage: true });
    await page.close();
  });

  it('order detail (en): the difference note with both numbers', async () => {
    const page = await open(`${DETAIL_URL}${DETAIL_ORDERS.differs}`, 'en');
    await page.waitForFunction(() => document.querySelector('[data-ta-toolkit-mark="fee-compare"]') !== null);
    await settle();
    expect(
      await marks(page, '[data-ta-fee-compare]', [
        'data-currency',
        'data-ours-low',
        'data-ours-high',
        'data-platform',
        'data-differs',
      ]),
    ).toEqual([
      {
        'data-currency': 'USD',
        'data-ours-low': '25.00',
        'data-ours-high': '50.00',
        'data-platform': '20.00',
        'data-differs': 'true',
      },
    ]);
    await page.close();
  });

  it('fund linking (zh), injected: the proposal, over-outstanding on a typed amount, nothing clicked', async () => {
    const page = await open(FUND_URL, 'zh');
    expect(await rules(page)).toEqual([]); // nothing before the injection
    const answer = await inspect(FUND_URL);
    expect(answer.ok).toBe(true);
    expect(answer.report?.features).toEqual(['fund-linking']);
    await click(page, '.receipts tr:nth-child(1) button');
    await page.waitForFunction(
      () => document.querySelector('[data-ta-toolkit-mark^="fund-proposal-"]') !== null,
    );
    await settle();
    expect(await marks(page, '[data-ta-proposal]', ['data-order', 'data-part'])).toEqual([
      { 'data-order': '12200015001000531', 'data-part': 'advance' },
      { 'data-order': '12200015001000531', 'data-part': 'balance' },
    ]);
    await click(page, '.link-orders tbody tr:nth-child(1) button[data-part="advance"]');
    await page.waitForSelector('#linkAmount');
    await page.$eval('#linkAmount', (el) => (el as HTMLInputElement).select());
    await page.type('#linkAmount', '1.50');
    await settle();
    expect(await rules(page)).toEqual(
      expect.arrayContaining(['linking/over-outstanding', 'linking/irreversible']),
    );
    await page.screenshot({ path: path.join(ARTIFACTS, 'pages-fund-zh-firefox.png') });
    expect(await page.evaluate(() => window.__pages.confirmClicks)).toBe(0);
    await page.close();
  });

  it('withdrawal form (en), injected: fee and net equal ta-check', async () => {
    const page = await open(WITHDRAW_URL, 'en');
    const answer = await inspect(WITHDRAW_URL);
    expect(answer.report?.features).toEqual(['withdrawal-form']);
    const pick = async (id: string, text: string) => {
      // A click that lands while the previous select's overlay is still closing, or while our fee block is
      // being inserted above the select, opens nothing: wait for no open menu, and open again if no option shows.
      await page.waitForFunction(
        () =>
          !Array.from(document.querySelectorAll<HTMLElement>('.next-overlay-wrapper .next-menu-item')).some(
            (e) => e.offsetParent !== null,
          ),
      );
      for (let attempt = 1; ; attempt++) {
        await settle();
        await click(page, `.next-select:has(#${id})`);
        const option = await page
          .waitForFunction(
            (t) =>
              Array.from(
                document.querySelectorAll<HTMLElement>('.next-overlay-wrapper .next-menu-item'),
              ).find((e) => e.offsetParent !== null && (e.textContent ?? '').includes(t)) ?? null,
            { timeout: 5000 },
            text,
          )
          .catch((error: unknown) => {
            if (attempt === 3) throw error;
            return null;
          });
        const el = option?.asElement() as ElementHandle<Element> | null | undefined;
        if (el) {
          await el.click();
          return;
        }
      }
    };
    await pick('fromAccount', 'OneTouch');
    await pick('toAccount', 'corporate');
    await page.$eval('#amount', (el) => (el as HTMLInputElement).select());
    await page.type('#amount', '10000.00');
    await settle();
    const [expected] = taCheck([{ from: 'onetouch', currency: 'USD', to: 'corporate', amount: '10000.00' }]);
    expect(expected).toEqual({ fee: 'USD 15.00', net: 'USD 9,985.00' });
    expect(
      await marks(page, '[data-ta-withdrawal]', ['data-currency', 'data-fee-low', 'data-net-low']),
    ).toEqual([{ 'data-currency': 'USD', 'data-fee-low': '15.00', 'data-net-low': '9985.00' }]);
    expect(await page.evaluate(() => window.__pages.submitClicks)).toBe(0);
    await page.close();
  });

  it("no page error and no request to another host (the browser's own favicon asks go to the page's host)", () => {
    expect(errors).toEqual([]);
    const hosts = new Set([...served].map((u) => new URL(u).origin));
    expect(requests.filter((u) => /^https?:/.test(u) && !hosts.has(new URL(u).origin))).toEqual([]);
    // every other request is a replica address or the extension's own file
    const own = (u: string) =>
      served.has(u) || u.startsWith('moz-extension://') || u.endsWith('/favicon.ico');
    expect(requests.filter((u) => !own(u))).toEqual([]);
  });
});
