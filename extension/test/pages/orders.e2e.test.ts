/**
 * The order list's badges and the order detail's fee comparison, in Chromium with the test build (a fixed
 * now: 22:00 on 10 June 2021, US Pacific — already 11 June in UTC), on the zh and en replicas.
 * Expected day counts are worked out by hand from the fixture (test/fixtures/pages/mainv2.json):
 *   …702 created 2021-05-22, awaiting the advance: pay by 06-06 → −4 (overdue)
 *   …703 created 2021-06-01, awaiting the advance: pay by 06-16 → 6
 *   …704 awaiting the balance: no badge (the 15-day window is the first payment's)
 *   …705 "2021-06-24前发货" → 14;  …706 "2021-06-08前发货" → −2 (overdue)
 *   …701 awaiting acceptance, …707 completed: no badge
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DETAIL_ORDERS, DETAIL_URL, IDLE_URL, LIST_URL } from '../../../test/pages/serve.ts';
import { EXPECTED_BADGES } from './expected.ts';
import { ARTIFACTS, buildTestVariant, launchOnPages, type PagesHarness } from './harness.ts';

const badges = (page: Page) =>
  page.locator('[data-ta-badge]').evaluateAll((els) =>
    els.map((e) => ({
      kind: e.getAttribute('data-ta-badge'),
      order: e.getAttribute('data-order'),
      days: e.getAttribute('data-days'),
      text: e.textContent,
      red: getComputedStyle(e).color === 'rgb(176, 0, 32)',
    })),
  );

let testBuild: string;
beforeAll(() => {
  mkdirSync(ARTIFACTS, { recursive: true });
  testBuild = buildTestVariant('chrome');
}, 180_000);

describe.each(['zh', 'en'] as const)('%s replicas', (lang) => {
  let h: PagesHarness;
  beforeAll(async () => {
    h = await launchOnPages(testBuild, lang);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('order list: a pay or ship badge per order that has a deadline, days in US Pacific, overdue in red', async () => {
    const page = await h.open(LIST_URL);
    await page.locator('[data-ta-badge]').first().waitFor();
    await page.waitForTimeout(1000); // the steady state, after the debounced re-runs
    const shown = await badges(page);
    expect(shown.map(({ kind, order, days }) => ({ kind, order, days }))).toEqual(EXPECTED_BADGES);
    expect(shown.map((b) => b.red)).toEqual([true, false, false, true]);
    const texts = shown.map((b) => b.text);
    expect(texts).toEqual(
      lang === 'zh'
        ? ['付款已逾期 4 天', '付款剩 6 天', '发货剩 14 天', '发货已逾期 2 天']
        : [
            'Payment overdue by 4 days',
            '6 days left to pay',
            '14 days left to ship',
            'Shipping overdue by 2 days',
          ],
    );
    // each badge sits in its own order's card, beside the state
    const inOwnCard = await page.locator('[data-ta-badge]').evaluateAll((els) =>
      els.map((e) => {
        const host = (e.getRootNode() as ShadowRoot).host;
        return (
          host.closest('.order-item')?.querySelector('.order-id')?.textContent ===
          e.getAttribute('data-order')
        );
      }),
    );
    expect(inOwnCard).toEqual([true, true, true, true]);
    await page.screenshot({ path: path.join(ARTIFACTS, `pages-list-${lang}.png`), fullPage: true });
    await page.close();
  });

  it('order detail: ours beside the platform estimate, with a note when they differ', async () => {
    const page = await h.open(`${DETAIL_URL}${DETAIL_ORDERS.differs}`);
    const compare = page.locator('[data-ta-fee-compare]');
    await compare.waitFor();
    await page.waitForTimeout(1000);
    // USD 2,500.00 self-export, logistics not shown: 1%–2% = 25.00–50.00; the platform says 20.00
    expect(
      await compare.evaluate((e) => ({
        currency: e.getAttribute('data-currency'),
        low: e.getAttribute('data-ours-low'),
        high: e.getAttribute('data-ours-high'),
        platform: e.getAttribute('data-platform'),
        differs: e.getAttribute('data-differs'),
      })),
    ).toEqual({ currency: 'USD', low: '25.00', high: '50.00', platform: '20.00', differs: 'true' });
    const note = await page.locator('[data-ta-fee-note]').textContent();
    expect(note).toContain('USD 20.00');
    expect(note).toContain('USD 25.00–50.00');
    expect(note).toContain(lang === 'zh' ? '平台预估' : 'The platform estimates');
    // placed in the fund_1 block, right after the estimate's row
    expect(
      await compare.evaluate(
        (e) => ((e.getRootNode() as ShadowRoot).host.closest('[data-block]') as HTMLElement).dataset.block,
      ),
    ).toBe('fund_1');
    await page.screenshot({ path: path.join(ARTIFACTS, `pages-detail-${lang}.png`), fullPage: true });
    await page.close();
  });

  it('order detail: no difference note when the estimate is ours (platform logistics: 1%)', async () => {
    const page = await h.open(`${DETAIL_URL}${DETAIL_ORDERS.matches}`);
    const compare = page.locator('[data-ta-fee-compare]');
    await compare.waitFor();
    await page.waitForTimeout(1000);
    expect(await compare.getAttribute('data-differs')).toBe('false');
    expect([
      await compare.getAttribute('data-ours-low'),
      await compare.getAttribute('data-ours-high'),
    ]).toEqual(['25.00', '25.00']);
    expect(await page.locator('[data-ta-fee-note]').count()).toBe(0);
    await page.close();
  });

  it('elsewhere on biz.alibaba.com the same orders get nothing, and the features module is not loaded', async () => {
    const own = () => h.requests.filter((u) => u.endsWith('/page-features.js')).length;
    const before = own();
    const page = await h.open(IDLE_URL);
    await page.waitForTimeout(1500);
    expect(await page.locator('.order-item').count()).toBe(7);
    expect(await page.locator('[data-ta-toolkit-mark]').count()).toBe(0);
    expect(own()).toBe(before);
    await page.close();
  });

  it('no console error and no request beyond the replicas and the extension', () => {
    expect(h.errors).toEqual([]);
    expect(h.offsite()).toEqual([]);
  });
});
