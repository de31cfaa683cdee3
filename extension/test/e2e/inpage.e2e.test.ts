/**
 * The built Chrome extension on the Fusion Next replica of the draft form, served at its real
 * biz.alibaba.com address (context.route), in Debian's Chromium through playwright-core.
 * Bad values -> the right data-rule hints appear; fixed values -> they go; one-click fills change the
 * page's React state; no console errors; no request leaves the page; submit is never clicked.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replicaHtml } from '../../../test/replica/serve.ts';
import { ARTIFACTS, EXT_ROOT, type Harness, launchWithExtension, REPLICA_URL } from './harness.ts';

const HINT = (rule: string) => `[data-ta-toolkit] .anchor [data-rule="${rule}"]`;
const LIST_URL = 'https://biz.alibaba.com/ta/order/list.htm';
const NOT_A_DRAFT = readFileSync(path.resolve(EXT_ROOT, '../test/fixtures/forms/not-a-draft.html'), 'utf8');

interface ReplicaState {
  advance: string;
  buyer_email: string;
  ship_within_days: number | null;
  trade_term: string;
  export_mode: string;
  order_total: string | null;
  submitted: number;
  payment_method: string[];
}
const state = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { __replica: { state(): unknown } }).__replica.state(),
  ) as Promise<ReplicaState>;

async function shownRules(page: Page): Promise<string[]> {
  return page.$$eval('[data-ta-toolkit]', (hosts) =>
    hosts.flatMap((h) =>
      Array.from(h.shadowRoot?.querySelectorAll('.anchor [data-rule]') ?? []).map(
        (e) => e.getAttribute('data-rule') ?? '',
      ),
    ),
  );
}

/** Off-site requests: anything not the page's own origin nor the extension's own files. */
function offsite(h: Harness): string[] {
  return h.requests.filter((u) => /^https?:/.test(u) && !u.startsWith('https://biz.alibaba.com/'));
}

async function pickFusionOption(page: Page, inputId: string, option: string): Promise<void> {
  await page.click(`.next-select:has(#${inputId})`);
  await page.locator('.next-overlay-wrapper .next-menu-item', { hasText: option }).first().click();
}

describe('content script on the zh replica', () => {
  let h: Harness;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const zh = await replicaHtml('zh');
    h = await launchWithExtension({ '/ta/order/list.htm': NOT_A_DRAFT, '*': zh });
    page = await h.open(REPLICA_URL);
    await page.waitForFunction(
      () => (window as unknown as { __replica?: { ready: boolean } }).__replica?.ready,
    );
    await page.locator('[data-ta-toolkit]').waitFor({ state: 'attached' });
  });

  afterAll(async () => {
    await h?.close();
  });

  it('renders into an open shadow root of a [data-ta-toolkit] host, with a badge', async () => {
    const open = await page.$eval('[data-ta-toolkit]', (el) => el.shadowRoot?.mode ?? null);
    expect(open).toBe('open');
    await expect(page.locator('[data-ta-toolkit] [data-ta-badge]').isVisible()).resolves.toBe(true);
    // a fresh form: required-but-empty findings are counted, not yet shown beside untouched fields
    expect(await shownRules(page)).toEqual([]);
  });

  it('shows the right hints for bad values, beside their fields, in the page language', async () => {
    await page.fill('#advance', '0.5');
    await page.locator(HINT('payment/advance-min')).waitFor();
    await page.fill('#buyerEmail', 'a@qq.com');
    await page.locator(HINT('buyer/email-domestic')).waitFor();
    await page.fill('#shipWithinDays', '1');
    await page.keyboard.press('Tab');
    await page.locator(HINT('shipping/days-too-short')).waitFor();
    await page.fill('[id="products.0.unitPrice"]', '6000');
    await page.click('label:has(#exportMode-convenient)');
    await page.locator(HINT('export/convenient-over-limit')).waitFor();
    expect((await state(page)).order_total).toBe('6000.00');
    const text = await page.locator(HINT('buyer/email-domestic')).textContent();
    expect(text).toMatch(/[\u4e00-\u9fff]/); // Chinese page -> Chinese messages
    // beside the field: the hint's top is level with the email box, to its right
    const box = await page.locator('#buyerEmail').boundingBox();
    const hint = await page.locator(HINT('buyer/email-domestic')).boundingBox();
    expect(box && hint && hint.x >= box.x + box.width && Math.abs(hint.y - box.y) < 40).toBe(true);
    await page.screenshot({ path: path.join(ARTIFACTS, 'ext-hints-zh.png'), fullPage: true });
  });

  it('does not move anything in the host page', async () => {
    const rects = () =>
      page.$$eval('#root *', (els) =>
        els.map((e) => {
          const r = e.getBoundingClientRect();
          return `${r.x},${r.y},${r.width},${r.height}`;
        }),
      );
    const withOverlay = await rects();
    const hidden = await page.$eval('[data-ta-toolkit]', (el) => {
      const host = el as HTMLElement;
      const before = host.getBoundingClientRect();
      host.style.setProperty('display', 'none', 'important');
      return { w: before.width, h: before.height };
    });
    const withoutOverlay = await rects();
    await page.$eval('[data-ta-toolkit]', (el) =>
      (el as HTMLElement).style.setProperty('display', 'block', 'important'),
    );
    expect(hidden).toEqual({ w: 0, h: 0 });
    expect(withOverlay).toEqual(withoutOverlay);
  });

  it('opens the list from the badge and scrolls to a field on click', async () => {
    await page.click('[data-ta-toolkit] [data-ta-badge]');
    const item = page.locator('[data-ta-toolkit] [data-ta-panel] [data-rule="buyer/email-domestic"]');
    await item.waitFor();
    const counts = await page.locator('[data-ta-toolkit] [data-count="error"]').textContent();
    expect(Number(counts?.replace(/\D/g, ''))).toBeGreaterThanOrEqual(3);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await item.click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('buyerEmail');
    const top = await page.$eval('#buyerEmail', (el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThan(0);
    expect(top).toBeLessThan(900);
    await page.screenshot({ path: path.join(ARTIFACTS, 'ext-panel-zh.png') });
  });

  it('shows the buyer fee per allowed method, the service fee and the withdrawal in the panel', async () => {
    await pickFusionOption(page, 'paymentMethod', 'Wire Transfer- T/T 国际电汇');
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await state(page)).payment_method).toEqual(['tt-intl']);
    const fees = page.locator('[data-ta-toolkit] [data-ta-panel] .fees');
    // T/T is "about USD 40" per payment: advance + balance = two payments (core sums them)
    await expect.poll(() => fees.first().textContent()).toMatch(/≈ USD 80\.00/);
    const all = (await fees.allTextContents()).join(' ');
    expect(all).toMatch(/交易服务费/);
    expect(all).toMatch(/提现手续费/);
  });

  it('fixes: corrected values make their hints go', async () => {
    await page.fill('#buyerEmail', 'buyer@example.com');
    await page.locator(HINT('buyer/email-domestic')).waitFor({ state: 'detached' });
    await page.fill('#advance', '1800');
    await page.locator(HINT('payment/advance-min')).waitFor({ state: 'detached' });
    await page.click('label:has(#exportMode-self)');
    await page.locator(HINT('export/convenient-over-limit')).waitFor({ state: 'detached' });
    const rules = await shownRules(page);
    expect(rules).not.toContain('buyer/email-domestic');
    expect(rules).not.toContain('payment/advance-min');
  });

  it('one-click fills change the React state (ship days, advance %)', async () => {
    await page.fill('#shipWithinDays', '1');
    await page.keyboard.press('Tab');
    const fix = page.locator(`${HINT('shipping/days-too-short')} [data-fill="ship-days"]`);
    await fix.click();
    await expect.poll(async () => (await state(page)).ship_within_days).toBe(7);
    await page.locator(HINT('shipping/days-too-short')).waitFor({ state: 'detached' });
    await page.click('[data-ta-toolkit] [data-ta-panel] .fills [data-fill="advance-50"]');
    await expect.poll(async () => (await state(page)).advance).toBe('3000.00');
    await expect.poll(() => page.inputValue('#advance')).toBe('3000.00');
    await page.click('[data-ta-toolkit] [data-ta-panel] .fills [data-fill="advance-100"]');
    await expect.poll(async () => (await state(page)).advance).toBe('6000.00');
  });

  it('resolves the destination with the packaged country names (restricted: Egypt)', async () => {
    await pickFusionOption(page, 'country', '埃及');
    await page.locator(HINT('destination/restricted')).waitFor();
    // the name comes from the table the content script loads from the package, not from the page
    expect(await page.locator(HINT('destination/restricted')).textContent()).toContain('埃及');
    await pickFusionOption(page, 'country', '德国');
    await page.locator(HINT('destination/restricted')).waitFor({ state: 'detached' });
    expect(await page.locator('[data-ta-toolkit] [data-field="destination"]').count()).toBe(0);
  });

  it('the select fill opens a Fusion Select and clicks the option (React state follows)', async () => {
    // the same fill module the content script bundles, run against the page's real Fusion Select
    const out = await build({
      entryPoints: [path.join(EXT_ROOT, 'src/fill.ts')],
      bundle: true,
      write: false,
      format: 'iife',
      globalName: '__taFill',
    });
    await page.addScriptTag({ content: out.outputFiles[0]?.text ?? '' });
    const ok = await page.evaluate(() =>
      (
        window as unknown as { __taFill: { chooseOption(el: Element, text: string): Promise<boolean> } }
      ).__taFill.chooseOption(document.querySelector('.next-select:has(#tradeTerm)') as Element, 'FOB'),
    );
    expect(ok).toBe(true);
    await expect.poll(async () => (await state(page)).trade_term).toBe('FOB');
  });

  it('follows in-page navigation: goes idle when the form is replaced', async () => {
    // a single-page app swaps the form out and back in without a page load
    await page.evaluate(() => {
      const w = window as unknown as { __savedRoot?: Element };
      w.__savedRoot = document.getElementById('root') ?? undefined;
      w.__savedRoot?.remove();
      history.pushState({}, '', '/ta/order/list.htm?tab=all');
      document.body.insertAdjacentHTML('beforeend', '<p id="elsewhere">订单列表</p>');
    });
    await page.locator('[data-ta-toolkit]').waitFor({ state: 'detached' });
    await page.evaluate(() => {
      history.pushState({}, '', '/ta/order/draft.htm');
      const w = window as unknown as { __savedRoot?: Element };
      if (w.__savedRoot) document.body.prepend(w.__savedRoot);
    });
    await page.locator('[data-ta-toolkit]').waitFor({ state: 'attached' });
  });

  it('stays idle on a biz.alibaba.com page without the draft form', async () => {
    const list = await h.open(LIST_URL);
    await list.waitForLoadState('load');
    await list.waitForTimeout(800);
    expect(await list.locator('[data-ta-toolkit]').count()).toBe(0);
    await list.close();
  });

  it('never submitted, no console errors, no request left the page', async () => {
    expect((await state(page)).submitted).toBe(0);
    expect(h.errors).toEqual([]);
    expect(offsite(h)).toEqual([]);
  });
});

describe('content script on the en replica', () => {
  let h: Harness;
  afterAll(async () => {
    await h?.close();
  });

  it('shows English hints on the English page', async () => {
    h = await launchWithExtension({ '*': await replicaHtml('en') });
    const page = await h.open(REPLICA_URL);
    await page.locator('[data-ta-toolkit]').waitFor({ state: 'attached' });
    await page.fill('#buyerEmail', 'someone@163.com');
    const hint = page.locator(HINT('buyer/email-domestic'));
    await hint.waitFor();
    expect(await hint.textContent()).not.toMatch(/[\u4e00-\u9fff]{3}/);
    await page.fill('#advance', '0.5');
    await page.locator(HINT('payment/advance-min')).waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, 'ext-hints-en.png') });
    expect(h.errors).toEqual([]);
    expect(offsite(h)).toEqual([]);
  });
});

describe('the checker module loads only where the draft form is', () => {
  let h: Harness;
  afterAll(async () => {
    await h?.close();
  });

  it('an idle page loads content.js alone; the draft form page imports form-checker.js once', async () => {
    h = await launchWithExtension({ '/ta/order/list.htm': NOT_A_DRAFT, '*': await replicaHtml('zh') });
    const own = () => h.requests.filter((u) => u.startsWith(`chrome-extension://${h.extensionId}/`));
    const list = await h.open(LIST_URL);
    await list.waitForLoadState('load');
    await list.waitForTimeout(800);
    expect(await list.locator('[data-ta-toolkit]').count()).toBe(0);
    expect(own()).toEqual([]);
    const page = await h.open(REPLICA_URL);
    await page.locator('[data-ta-toolkit]').waitFor({ state: 'attached' });
    await page.fill('#advance', '0.5');
    await page.locator(HINT('payment/advance-min')).waitFor();
    const base = `chrome-extension://${h.extensionId}`;
    expect(own().sort()).toEqual([`${base}/destination-names.json`, `${base}/form-checker.js`]);
    expect(h.errors).toEqual([]);
    expect(offsite(h)).toEqual([]);
  });
});
