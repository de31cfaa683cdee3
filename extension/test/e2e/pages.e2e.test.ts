/**
 * The popup calculator (chrome-extension://<id>/popup.html) and the options page of the built extension:
 * numbers from core, the hand-made SVG chart, settings saved to chrome.storage.sync (validated by core's
 * parseSettings) and used by the content script on the draft form.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replicaHtml } from '../../../test/replica/serve.ts';
import { ARTIFACTS, type Harness, launchWithExtension, REPLICA_URL } from './harness.ts';

let h: Harness;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  h = await launchWithExtension({ '*': await replicaHtml('zh') });
});
afterAll(async () => {
  await h?.close();
});

describe('popup calculator', () => {
  it('computes fees with core and draws one SVG series per comparable method', async () => {
    const popup = await h.open(`chrome-extension://${h.extensionId}/popup.html`);
    await popup.locator('#calc-results').waitFor();
    await popup.fill('#calc-amount', '3,000.00');
    await popup.selectOption('#calc-method', 'card');
    await popup.selectOption('#calc-logistics', 'platform');
    // card, brand not known: from USD 40 (Asia-Pacific Mastercard cap) to 3.5% (AmEx) of 3,000.00 — a range
    await expect
      .poll(() => popup.locator('[data-fee="payment"] .value').textContent())
      .toBe('USD 40.00–105.00');
    // self-export with Alibaba.com Logistics: 1% of 3,000.00
    expect(await popup.locator('[data-fee="service"] .value').textContent()).toBe('USD 30.00');
    const series = await popup
      .locator('svg[data-chart] g[data-series]')
      .evaluateAll((gs) => gs.map((g) => g.getAttribute('data-series')));
    expect(series).toEqual(expect.arrayContaining(['card', 'tt-intl', 'western-union', 'boleto']));
    // Western Union stops at its USD 2,500 limit: its line ends left of the card line
    const lastX = (id: string) =>
      popup.$eval(`svg[data-chart] g[data-series="${id}"] polyline`, (p) =>
        Math.max(...(p.getAttribute('points') ?? '').split(' ').map((xy) => Number(xy.split(',')[0]))),
      );
    expect(await lastX('western-union')).toBeLessThan(await lastX('card'));
    // Chrome caps a popup at 800 × 600 px; the page says which language it is written in
    const size = await popup.evaluate(() => ({
      width: document.body.scrollWidth,
      height: document.body.scrollHeight,
      lang: document.documentElement.lang,
    }));
    expect(size.width).toBeLessThanOrEqual(800);
    expect(size.height).toBeLessThanOrEqual(600);
    expect(size.lang).toBe('en');
    // a range says why; a net amount that needs the user's rate says so (not "not stated")
    expect(await popup.locator('[data-fee="payment"] .why').textContent()).toMatch(/card brand/);
    expect(await popup.locator('[data-fee="net"] .value').textContent()).toBe('needs your exchange rate');
    expect(await popup.locator('[data-rule="fx/rate-missing"]').textContent()).toContain(
      'needs your exchange rate (USD↔CNY): set “USD→CNY settlement rate for withdrawals” in the settings',
    );
    await popup.screenshot({ path: path.join(ARTIFACTS, 'ext-popup.png'), fullPage: true });
    await popup.close();
  });

  it('offers only T/T and D/P for a Direct Pay order, and says why a bad amount gives nothing', async () => {
    const popup = await h.open(`chrome-extension://${h.extensionId}/popup.html`);
    await popup.selectOption('#calc-order-type', 'DPO');
    const methods = await popup
      .locator('#calc-method option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(methods.every((m) => m.startsWith('tt-') || m === 'dp')).toBe(true);
    const modes = await popup
      .locator('#calc-export-mode option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(modes).not.toContain('convenient');
    await popup.fill('#calc-amount', 'abc');
    await expect.poll(() => popup.locator('#calc-results').count()).toBe(0);
    expect(await popup.locator('#calc-amount').getAttribute('aria-invalid')).toBe('true');
    await popup.close();
  });
});

describe('the in-page panel links to the options page', () => {
  it('“Open settings” beside a fee that needs a rate opens the options page (background worker)', async () => {
    const page = await h.open(REPLICA_URL);
    await page.locator('[data-ta-toolkit]').waitFor({ state: 'attached' });
    await page.fill('[id="products.0.unitPrice"]', '2000');
    await page.click('label:has(#exportMode-self)');
    await page.click('[data-ta-toolkit] [data-ta-badge]');
    const net = page.locator('[data-ta-toolkit] [data-ta-panel] [data-fee="net"]');
    await expect.poll(() => net.textContent()).toContain('提现结汇汇率（美元兑人民币）');
    const opened = h.context.waitForEvent('page');
    await net.locator('[data-open-settings]').click();
    expect((await opened).url()).toBe(`chrome-extension://${h.extensionId}/options.html`);
    await page.close();
  });
});

describe('options page', () => {
  it('refuses a bad value with core’s finding, saves good ones, and the draft form uses them', async () => {
    const opts = await h.open(`chrome-extension://${h.extensionId}/options.html`);
    await opts.fill('#opt-usdCny', 'seven');
    await opts.click('#opt-save');
    await opts.locator('[data-status="invalid"] [data-rule="input/invalid"]').waitFor();
    await opts.fill('#opt-usdCny', '7.10');
    await opts.fill('#opt-taQuota', '1000');
    await opts.selectOption('#opt-lang', 'en');
    await opts.click('#opt-save');
    await opts.locator('[data-status="saved"]').waitFor();
    const stored = await opts.evaluate(() => chrome.storage.sync.get('taToolkit'));
    expect(stored).toEqual({ taToolkit: { lang: 'en', settings: { usdCny: '7.10', taQuota: '1000' } } });
    await opts.screenshot({ path: path.join(ARTIFACTS, 'ext-options.png'), fullPage: true });

    // the content script reads them: TA quota 1,000 < order 2,000 -> quota/exceeded; language forced to English
    const page = await h.open(REPLICA_URL);
    await page.locator('[data-ta-toolkit]').waitFor({ state: 'attached' });
    await page.fill('[id="products.0.unitPrice"]', '2000');
    await page.click('[data-ta-toolkit] [data-ta-badge]');
    const item = page.locator('[data-ta-toolkit] [data-ta-panel] [data-rule="quota/exceeded"]');
    await item.waitFor();
    expect(await item.textContent()).not.toMatch(/[\u4e00-\u9fff]{4}/);
    expect(h.errors).toEqual([]);
    expect(h.requests.filter((u) => /^https?:/.test(u) && !u.startsWith('https://biz.alibaba.com/'))).toEqual(
      [],
    );
    await opts.close();
    await page.close();
  });
});
