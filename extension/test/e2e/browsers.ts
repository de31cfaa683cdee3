/**
 * The built extension in the two browsers sellers use, behind one small interface so one test body runs in
 * both: Debian's Chromium through playwright-core (harness.ts) and Debian's firefox-esr through
 * puppeteer-core over WebDriver BiDi (recipes.md: the unpacked MV3 build installed as a temporary add-on,
 * the replica served at its real biz.alibaba.com address by request interception, everything else aborted).
 * Clicks are real mouse clicks at an element's centre and typing is real keystrokes, in both.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Page as PlaywrightPage } from 'playwright-core';
import puppeteer, { type Page as PuppeteerPage } from 'puppeteer-core';
import { EXT_ROOT, launchWithExtension } from './harness.ts';

export type BrowserName = 'chromium' | 'firefox';
export const FIREFOX_PATH = '/usr/lib/firefox-esr/firefox-esr';
export const FIREFOX_EXT_DIR = path.join(EXT_ROOT, '.output/firefox-mv3');
const VIEWPORT = { width: 1280, height: 900 };

export interface TabDriver {
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /** Mouse click at the centre of the first element `selector` matches (scrolled into view first). */
  click(selector: string): Promise<void>;
  clickAt(x: number, y: number): Promise<void>;
  /** Select the field's text and type `text` key by key (Backspace when empty). */
  type(selector: string, text: string): Promise<void>;
  press(key: string): Promise<void>;
  screenshot(file: string, fullPage?: boolean): Promise<void>;
  close(): Promise<void>;
}

export interface BrowserDriver {
  name: BrowserName;
  open(url: string): Promise<TabDriver>;
  /** Requests for anything but biz.alibaba.com and the extension's own files. */
  offsite(): string[];
  errors: string[];
  close(): Promise<void>;
}

/**
 * Scroll the element into the middle of the viewport and return its centre (viewport coordinates) once the
 * layout has settled there: two frames later, and only when the element is what is at that point.
 */
async function centreOf(selector: string): Promise<{ x: number; y: number; hit: boolean } | null> {
  const el = document.querySelector(selector);
  if (!el) return null;
  el.scrollIntoView({ block: 'center', inline: 'center' });
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const r = el.getBoundingClientRect();
  const x = r.left + r.width / 2;
  const y = r.top + r.height / 2;
  const at = document.elementFromPoint(x, y);
  return { x, y, hit: at !== null && (el === at || el.contains(at)) };
}

function focusAndSelect(selector: string): boolean {
  const el = document.querySelector<HTMLInputElement>(selector);
  if (!el) return false;
  el.scrollIntoView({ block: 'center' });
  el.focus();
  el.select();
  return true;
}

interface MouseAndKeys {
  mouse: { click(x: number, y: number): Promise<void> };
  keyboard: { type(text: string): Promise<void>; press(key: string): Promise<void> };
}

function tabOf(
  page: MouseAndKeys,
  evaluate: TabDriver['evaluate'],
  screenshot: TabDriver['screenshot'],
  close: () => Promise<void>,
): TabDriver {
  const tab: TabDriver = {
    evaluate,
    async clickAt(x, y) {
      await page.mouse.click(x, y);
    },
    async click(selector) {
      let at = await evaluate(centreOf, selector);
      for (let i = 0; i < 5 && at && !at.hit; i++) at = await evaluate(centreOf, selector);
      if (!at) throw new Error(`nothing matches ${selector}`);
      await page.mouse.click(at.x, at.y);
    },
    async type(selector, text) {
      if (!(await evaluate(focusAndSelect, selector))) throw new Error(`nothing matches ${selector}`);
      if (text === '') await page.keyboard.press('Backspace');
      else await page.keyboard.type(text);
    },
    async press(key) {
      await page.keyboard.press(key);
    },
    screenshot,
    close,
  };
  return tab;
}

async function chromiumDriver(pages: Record<string, string>): Promise<BrowserDriver> {
  const h = await launchWithExtension(pages);
  return {
    name: 'chromium',
    errors: h.errors,
    offsite: () => h.requests.filter((u) => /^https?:/.test(u) && !u.startsWith('https://biz.alibaba.com/')),
    async open(url) {
      const page: PlaywrightPage = await h.open(url);
      return tabOf(
        page,
        (fn, arg) => page.evaluate(fn as (a: unknown) => never, arg),
        async (file, fullPage = false) => {
          await page.screenshot({ path: file, fullPage });
        },
        () => page.close(),
      );
    },
    close: () => h.close(),
  };
}

/** Builds the Firefox extension when no build exists yet (npm test builds first; a lone vitest run may not). */
function ensureFirefoxBuilt(): void {
  if (existsSync(path.join(FIREFOX_EXT_DIR, 'manifest.json'))) return;
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: EXT_ROOT, stdio: 'inherit' });
}

async function firefoxDriver(pages: Record<string, string>): Promise<BrowserDriver> {
  ensureFirefoxBuilt();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    defaultViewport: VIEWPORT,
    extraPrefsFirefox: {
      'app.update.enabled': false,
      'extensions.update.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'network.captive-portal-service.enabled': false,
    },
  });
  await browser.installExtension(FIREFOX_EXT_DIR);
  const requests: string[] = [];
  const errors: string[] = [];
  return {
    name: 'firefox',
    errors,
    offsite: () => requests.filter((u) => /^https?:/.test(u) && !u.startsWith('https://biz.alibaba.com/')),
    async open(url) {
      const page: PuppeteerPage = await browser.newPage();
      await page.setViewport(VIEWPORT);
      await page.setRequestInterception(true);
      page.on('request', (r) => {
        const u = new URL(r.url());
        requests.push(r.url());
        const body = pages[u.pathname] ?? pages['*'];
        if (u.origin === 'https://biz.alibaba.com' && body !== undefined)
          void r.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
        else if (u.protocol === 'moz-extension:' || u.protocol === 'data:') void r.continue();
        else void r.abort();
      });
      page.on('pageerror', (e) => errors.push(`pageerror ${url}: ${String(e)}`));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`console ${url}: ${m.text()}`);
      });
      await page.goto(url);
      return tabOf(
        page,
        (fn, arg) => page.evaluate(fn as (a: unknown) => never, arg),
        async (file, fullPage = false) => {
          await page.screenshot({ path: file as `${string}.png`, fullPage });
        },
        () => page.close(),
      );
    },
    close: () => browser.close(),
  };
}

export function launchBrowser(name: BrowserName, pages: Record<string, string>): Promise<BrowserDriver> {
  return name === 'chromium' ? chromiumDriver(pages) : firefoxDriver(pages);
}
