/**
 * dist/Sidebar.html in Debian Chromium with a stubbed google.script.run: enter an order, see every
 * method's fee, the seller's fees and the chart, all computed in the page (no server call per keystroke).
 * Served with a CSP that forbids eval, like a sandboxed Apps Script frame would not want it either.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../test/replica/browser.ts';
import { checkSheet } from '../src/check.ts';
import { problemsOf } from '../src/problems.ts';
import { ADDON, build } from './built.ts';
import { mixedSheet } from './orders.ts';
import { blankSnapshot } from './sim.ts';

const URL = 'http://sidebar.test/';
let browser: Browser;
let html = '';

beforeAll(async () => {
  html = build().sidebar;
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function open(boot: object): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 300, height: 1100 }, deviceScaleFactor: 2 });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.addInitScript(() => {
    const calls: { fn: string; args: unknown[] }[] = [];
    (window as unknown as { __calls: typeof calls }).__calls = calls;
    const runner = (ok?: (v: unknown) => void) =>
      new Proxy(
        {},
        {
          get(_t, fn: string) {
            if (fn === 'withSuccessHandler') return (f: (v: unknown) => void) => runner(f);
            if (fn === 'withFailureHandler') return () => runner(ok);
            return (...args: unknown[]) => {
              calls.push({ fn, args });
              const settings = fn === 'saveSettings' ? JSON.parse(String(args[0])) : null;
              if (fn === 'selectCell') document.body.dataset.selected = String(args[1]);
              setTimeout(() => ok?.({ settings, findings: [] }), 10);
            };
          },
        },
      );
    (window as unknown as { google: unknown }).google = {
      script: {
        get run() {
          return runner();
        },
      },
    };
  });
  const body = `${html}<script type="application/json" id="ta-boot">${JSON.stringify(boot)}</script>`;
  await page.route(URL, (r) =>
    r.fulfill({
      contentType: 'text/html; charset=utf-8',
      headers: {
        'content-security-policy':
          "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:",
      },
      body,
    }),
  );
  await page.goto(URL);
  return { page, errors };
}

describe('sidebar fee calculator', () => {
  it('shows every method’s fee, the seller’s fees and a chart for an order', async () => {
    const { page, errors } = await open({
      tab: 'calculator',
      lang: 'en',
      settings: { settlementRate: '7.0500' },
    });
    await page.fill('#amount', 'USD 10,000.00');
    await page.selectOption('#method', 'card');
    await page.selectOption('#cardBrand', 'visa');
    await page.selectOption('#exportMode', 'self');
    await page.selectOption('#logistics', 'third-party');
    await page.selectOption('#withdrawCurrency', 'CNY');
    await page.selectOption('#withdrawTo', 'corporate');

    const rows = page.locator('#methods tbody tr');
    await expect.poll(() => rows.count()).toBe(10);
    expect(await page.locator('tr[data-method="card"] td.num').textContent()).toBe('USD 295.00'); // 2.95%
    expect(await page.locator('tr[data-method="card"]').getAttribute('class')).toContain('selected');
    expect(await page.locator('tr[data-method="tt-intl"] td.num').textContent()).toBe('≈ USD 40.00');
    expect(await page.locator('tr[data-method="trustly"] td.num').textContent()).toBe('USD 15.00–30.00');
    expect(await page.locator('tr[data-method="western-union"] .note').count()).toBeGreaterThan(0); // over its limit
    expect(await page.locator('tr[data-method="dp"]').getAttribute('class')).toContain('disallowed'); // DPO only
    expect(await page.locator('tr[data-fee="service"] td.num').textContent()).toBe('USD 100.00'); // 2% capped
    expect(await page.locator('tr[data-fee="withdrawal"] td.num').textContent()).toMatch(/^CNY /);
    // 10,000 × 7.05 less the CNY withdrawal fee: none for a paid member, 0.5% for a free one (membership unset)
    expect(await page.locator('tr[data-fee="net"] td.num').textContent()).toBe('CNY 70,147.50–70,500.00');

    // the one fee chart shared with the extension: a curve per allowed method, the order's amount marked
    const series = page.locator('#chart svg [data-series]');
    expect(await series.count()).toBeGreaterThanOrEqual(5);
    expect(await page.locator('#chart svg [data-series="card"] polyline').count()).toBeGreaterThanOrEqual(1);
    expect(await page.locator('#chart svg line[stroke="#ff6a00"]').count()).toBe(1);

    // no round trip per keystroke: nothing was sent to the server
    expect(await page.evaluate(() => (window as unknown as { __calls: unknown[] }).__calls.length)).toBe(0);

    const dir = join(ADDON, 'test/artifacts');
    mkdirSync(dir, { recursive: true });
    await page.screenshot({ path: join(dir, 'sidebar.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('recomputes on every keystroke and says when the amount is not one', async () => {
    const { page, errors } = await open({ tab: 'calculator', lang: 'en', settings: {} });
    await page.fill('#amount', '1000');
    await expect.poll(() => page.locator('tr[data-method="boleto"] td.num').textContent()).toBe('USD 13.00');
    await page.fill('#amount', 'abc');
    await expect.poll(() => page.locator('[role="alert"]').textContent()).toMatch(/Enter an amount/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('switches to Chinese', async () => {
    const { page, errors } = await open({ tab: 'calculator', lang: 'en', settings: {} });
    await page.click('button[data-lang="zh"]');
    await expect.poll(() => page.locator('label[for="amount"]').textContent()).toBe('订单金额');
    expect(await page.locator('tr[data-method="card"] td').first().textContent()).toContain('信用卡');
    await page.screenshot({ path: join(ADDON, 'test/artifacts/sidebar-zh.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('sidebar settings', () => {
  it('saves through google.script.run and uses the new settings at once', async () => {
    const { page, errors } = await open({ tab: 'settings', lang: 'zh', settings: { membership: 'paid' } });
    expect(await page.locator('#membership').inputValue()).toBe('paid');
    await page.fill('#serviceFeeRate', '0.015');
    await page.fill('#violationPoints', '3');
    await page.click('button[type="submit"]');
    await expect.poll(() => page.locator('#status').textContent()).toContain('已保存');
    const calls = await page.evaluate(
      () => (window as unknown as { __calls: { fn: string; args: string[] }[] }).__calls,
    );
    expect(calls).toHaveLength(1);
    expect(calls[0]?.fn).toBe('saveSettings');
    expect(JSON.parse(calls[0]?.args[0] ?? '{}')).toEqual({
      membership: 'paid',
      violationPoints: 3,
      serviceFeeRate: '0.015',
    });
    await page.click('button[data-tab="calculator"]');
    await page.fill('#amount', '1000');
    await expect.poll(() => page.locator('tr[data-fee="service"] td.num').textContent()).toBe('USD 15.00');
    expect(errors).toEqual([]);
    await page.close();
  });
});

/** A checked sheet whose cells are hostile: markup, a terminal escape and a right-to-left override. */
function hostileProblems() {
  const rows = mixedSheet(12);
  (rows[1] as unknown[])[0] = '<img src=x onerror="document.title=1">PO-1';
  (rows[1] as unknown[])[2] = 'wang\u202e@qq.com';
  (rows[2] as unknown[])[5] = '\u001b]0;owned\u0007\u001b[31mFAKE OK';
  const check = checkSheet(blankSnapshot(rows), {}, 'en', '2026-11-20');
  return problemsOf(check, 'Orders <1>');
}

describe('sidebar Problems list', () => {
  const artifacts = join(ADDON, '../test/artifacts');

  it.each(['en', 'zh'] as const)(
    'groups the findings by severity and rule, with counts (%s)',
    async (lang) => {
      const problems = hostileProblems();
      const { page, errors } = await open({ tab: 'problems', lang, settings: {}, problems });
      await page.waitForSelector('#problems');
      await page.waitForTimeout(1000);
      expect(await page.locator('[data-count="error"]').textContent()).toContain(
        String(problems.counts.error),
      );
      expect(
        await page
          .locator('section.severity')
          .evaluateAll((s) => s.map((e) => e.getAttribute('data-severity'))),
      ).toEqual(['error', 'warning']);
      expect(
        await page.locator('details.rule').evaluateAll((d) => d.map((e) => e.getAttribute('data-rule'))),
      ).toEqual(problems.groups.map((g) => g.rule));
      const email = page.locator('details[data-rule="buyer/email-domestic"] .badge');
      // the rendering of the data it was given (the check itself is tested in Node)
      const shown = problems.groups.find((g) => g.rule === 'buyer/email-domestic');
      expect(await email.textContent()).toBe(String(shown?.count));
      expect(await page.locator('footer').textContent()).toMatch(lang === 'zh' ? /无关联/ : /not affiliated/);
      mkdirSync(artifacts, { recursive: true });
      await page.screenshot({ path: join(artifacts, `sidebar-problems-${lang}.png`), fullPage: true });
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it('shows hostile cell text as text: no element from it, control and direction characters escaped', async () => {
    const { page, errors } = await open({
      tab: 'problems',
      lang: 'en',
      settings: {},
      problems: hostileProblems(),
    });
    await page.waitForSelector('#problems');
    await page.waitForTimeout(1000);
    expect(await page.locator('#problems img').count()).toBe(0);
    expect(await page.title()).not.toBe('1');
    const text = (await page.locator('#problems').textContent()) ?? '';
    expect(text).toContain('<img src=x');
    expect(text).toContain('U+202E');
    expect(text).toContain('\\x1b]0;owned\\x07');
    expect([...text].some((ch) => ch === '\u001b' || ch === '\u202e' || ch === '\u0007')).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('selects the cell of a problem on a click', async () => {
    const { page, errors } = await open({
      tab: 'problems',
      lang: 'en',
      settings: {},
      problems: hostileProblems(),
    });
    await page.click('details[data-rule="amount/invalid"] button[data-cell="F3"]');
    await page.waitForTimeout(1000);
    const calls = await page.evaluate(
      () => (window as unknown as { __calls: { fn: string; args: string[] }[] }).__calls,
    );
    expect(calls).toEqual([{ fn: 'selectCell', args: ['Orders <1>', 'F3'] }]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
