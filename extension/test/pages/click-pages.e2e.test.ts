/**
 * The pages reached only by the seller's toolbar click (their addresses are not public, and the extension
 * has no permission for the replicas' host): the production build in Chromium, the click made through the
 * DevTools protocol's Extensions.triggerAction. The popup opens, the background injects the page-tools
 * script with activeTab + scripting, and the marks appear and follow the page until it navigates.
 * Nothing on the page is ever clicked by the extension.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FUND_URL, WITHDRAW_URL } from '../../../test/pages/serve.ts';
import { SETTINGS, taCheck } from './expected.ts';
import {
  ARTIFACTS,
  ensureProdBuild,
  launchOnPages,
  manifestOf,
  type PagesHarness,
  PROD_DIR,
} from './harness.ts';

async function pickFusion(page: Page, id: string, option: RegExp): Promise<void> {
  await page.click(`.next-select:has(#${id})`);
  await page.locator('.next-overlay-wrapper .next-menu-item', { hasText: option }).first().click();
}

async function withdrawalMarks(page: Page) {
  return page.locator('[data-ta-withdrawal]').evaluate((e) => ({
    currency: e.getAttribute('data-currency'),
    feeLow: e.getAttribute('data-fee-low'),
    feeHigh: e.getAttribute('data-fee-high'),
    netLow: e.getAttribute('data-net-low'),
    netHigh: e.getAttribute('data-net-high'),
  }));
}
const rules = (page: Page) =>
  page.locator('[data-rule]').evaluateAll((els) => els.map((e) => e.getAttribute('data-rule')));

beforeAll(() => {
  mkdirSync(ARTIFACTS, { recursive: true });
  ensureProdBuild();
}, 180_000);

it('the production build asks for exactly storage, activeTab, scripting and the one host', () => {
  const m = manifestOf(PROD_DIR);
  expect(m.permissions).toEqual(['storage', 'activeTab', 'scripting']);
  expect(m.host_permissions).toEqual(['https://biz.alibaba.com/*']);
});

describe.each(['zh', 'en'] as const)('withdrawal form, %s', (lang) => {
  let h: PagesHarness;
  let page: Page;
  beforeAll(async () => {
    h = await launchOnPages(PROD_DIR, lang);
    const sw = h.context.serviceWorkers()[0] ?? (await h.context.waitForEvent('serviceworker'));
    await sw.evaluate(([settings, l]) => chrome.storage.sync.set({ taToolkit: { settings, lang: l } }), [
      SETTINGS,
      lang,
    ] as const);
    page = await h.open(WITHDRAW_URL);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('shows nothing before the click (no permission for this host), then the fee panel after it', async () => {
    await page.waitForTimeout(1000);
    expect(await page.locator('[data-ta-toolkit-mark]').count()).toBe(0);
    await h.clickToolbar(page);
    await page.locator('[data-ta-withdrawal]').waitFor();
    await expect
      .poll(() => h.popupText(), { timeout: 10_000 })
      .toContain(lang === 'zh' ? '提现表单' : 'Withdrawal form');
  });

  it('fee and net beside 实际到账金额 equal ta-check for the same inputs', async () => {
    const cases = [
      { from: 'onetouch', currency: 'USD', to: 'corporate', amount: '10000.00' },
      { from: 'self', currency: 'CNY', to: 'personal', amount: '2000.00' },
    ];
    const expected = taCheck(cases);
    // worked by hand too: OneTouch USD to corporate, USD 15 per withdrawal; self-export CNY to personal,
    // 0.17% of 2,000.00 × 6.45 = 12,900.00 → 21.93, net 12,878.07
    expect(expected).toEqual([
      { fee: 'USD 15.00', net: 'USD 9,985.00' },
      { fee: 'CNY 21.93', net: 'CNY 12,878.07' },
    ]);
    for (const [i, c] of cases.entries()) {
      await pickFusion(
        page,
        'fromAccount',
        c.from === 'onetouch' ? /一达通|OneTouch/ : /自主出口|Self-export/,
      );
      await page.click(`#currency label:has-text("${c.currency}")`);
      await pickFusion(page, 'toAccount', c.to === 'personal' ? /个人|personal/ : /对公|corporate/);
      await page.fill('#amount', c.amount);
      await page.waitForTimeout(1000);
      const marks = await withdrawalMarks(page);
      const e = expected[i];
      const dec = (s: string | undefined) => (s ?? '').replace(/^[A-Z]{3} /, '').replace(/,/g, '');
      expect(marks).toEqual({
        currency: c.currency,
        feeLow: dec(e?.fee),
        feeHigh: dec(e?.fee),
        netLow: dec(e?.net),
        netHigh: dec(e?.net),
      });
      expect(await rules(page)).toEqual([]);
      // beside 实际到账金额: in its form item
      expect(
        await page
          .locator('[data-ta-withdrawal]')
          .evaluate(
            (el) => (el.getRootNode() as ShadowRoot).host.closest('.next-form-item')?.textContent ?? '',
          ),
      ).toMatch(/实际到账金额|Amount received/);
      if (i === 1)
        await page.screenshot({ path: path.join(ARTIFACTS, `pages-withdraw-${lang}.png`), fullPage: true });
    }
  });

  it('§8 inline: the personal account from the OneTouch account, and over the USD 50,000 limit', async () => {
    await pickFusion(page, 'fromAccount', /一达通|OneTouch/);
    await page.waitForTimeout(1000);
    expect(await rules(page)).toEqual(['withdrawal/personal-onetouch']);
    expect((await withdrawalMarks(page)).feeLow).toBe('');
    await pickFusion(page, 'fromAccount', /自主出口|Self-export/);
    await page.fill('#amount', '60000.00');
    await page.waitForTimeout(1000);
    expect(await rules(page)).toEqual(['withdrawal/over-limit']);
    const finding = page.locator('[data-rule="withdrawal/over-limit"]');
    expect(await finding.textContent()).toMatch(lang === 'zh' ? /[\u4e00-\u9fff]/ : /limit/);
    // beside the amount it is about
    expect(
      await finding.evaluate(
        (e) => !!(e.getRootNode() as ShadowRoot).host.parentElement?.querySelector('#amount'),
      ),
    ).toBe(true);
  });

  it('never submitted, no console error, no request beyond the replica and the extension', async () => {
    expect(await page.evaluate(() => window.__pages.submitClicks)).toBe(0);
    expect(h.errors).toEqual([]);
    expect(h.offsite()).toEqual([]);
  });
});

describe.each(['zh', 'en'] as const)('fund-linking page, %s', (lang) => {
  let h: PagesHarness;
  let page: Page;
  const proposals = () =>
    page.locator('[data-ta-proposal]').evaluateAll((els) =>
      els.map((e) => ({
        order: e.getAttribute('data-order'),
        part: e.getAttribute('data-part'),
        reasons: Array.from(e.querySelectorAll('[data-reason]')).map((r) => r.getAttribute('data-reason')),
        rules: Array.from(e.querySelectorAll('[data-rule]')).map((r) => r.getAttribute('data-rule')),
      })),
    );
  const openReceipt = async (payer: string) => {
    await page.locator('.receipts tr', { hasText: payer }).locator('button').click();
    await page.locator('.link-panel').waitFor();
  };
  const openDialog = async (order: string, part: 'advance' | 'balance') => {
    await page.locator('.link-orders tr', { hasText: order }).locator(`button[data-part="${part}"]`).click();
    await page.locator('#linkAmount').waitFor();
  };
  const closeDialog = () =>
    page.locator('.next-dialog button', { hasText: lang === 'zh' ? '取消关联' : 'Cancel' }).click();

  beforeAll(async () => {
    h = await launchOnPages(PROD_DIR, lang);
    const sw = h.context.serviceWorkers()[0] ?? (await h.context.waitForEvent('serviceworker'));
    await sw.evaluate((l) => chrome.storage.sync.set({ taToolkit: { settings: {}, lang: l } }), lang);
    page = await h.open(FUND_URL);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('after the click, proposes the order and part for the receipt, with the reasons', async () => {
    await h.clickToolbar(page);
    await expect
      .poll(() => h.popupText(), { timeout: 10_000 })
      .toContain(lang === 'zh' ? '外汇关联页面' : 'Fund-linking page');
    // USD 1.20 from the registered payer, its memo carrying the order number: the advance (1.00) and the
    // balance (0.20) of that order together
    await openReceipt('SOPHIA SMITH TRADING LLC');
    await page.locator('[data-ta-proposal]').first().waitFor();
    await page.waitForTimeout(1000);
    const both = {
      reasons: expect.arrayContaining(['reference', 'amount-combined', 'payer-registered']),
      rules: [],
    };
    expect(await proposals()).toEqual([
      { order: '12200015001000531', part: 'advance', ...both },
      { order: '12200015001000531', part: 'balance', ...both },
    ]);
    // beside that order's row
    expect(
      await page
        .locator('[data-ta-proposal]')
        .first()
        .evaluate((e) =>
          (e.getRootNode() as ShadowRoot).host.closest('tr')?.textContent?.includes('12200015001000531'),
        ),
    ).toBe(true);
    // clicking in the page closed the popup; the seller clicks the button again: the same run reports
    await h.clickToolbar(page);
    await expect
      .poll(() => h.popupText(), { timeout: 10_000 })
      .toContain(
        lang === 'zh' ? '建议订单 12200015001000531 的预付款' : 'proposed order 12200015001000531, advance',
      );
  });

  it('the confirm dialog: over-outstanding on the typed amount, the reminder next to 确认关联, nothing clicked', async () => {
    await openDialog('12200015001000531', 'advance');
    await page.fill('#linkAmount', '1.50');
    await page.waitForTimeout(1000);
    const rulesShown = await rules(page);
    expect(rulesShown).toEqual(expect.arrayContaining(['linking/over-outstanding', 'linking/irreversible']));
    expect(rulesShown).not.toContain('linking/payer-mismatch');
    const over = page.locator('[data-rule="linking/over-outstanding"]');
    expect(await over.textContent()).toContain('USD 1.50');
    expect(await over.textContent()).toContain('USD 1.00');
    // the reminder sits right after the 确认关联 button
    expect(
      await page
        .locator('[data-rule="linking/irreversible"]')
        .evaluate(
          (e) =>
            ((e.getRootNode() as ShadowRoot).host.previousElementSibling as HTMLElement | null)?.innerText,
        ),
    ).toBe(lang === 'zh' ? '确认关联' : 'Confirm link');
    await page.screenshot({ path: path.join(ARTIFACTS, `pages-fund-${lang}.png`) });
    // a fitting amount: the error goes
    await page.fill('#linkAmount', '1.00');
    await page.waitForTimeout(1000);
    expect(await rules(page)).not.toContain('linking/over-outstanding');
    await closeDialog();
  });

  it('a receipt from someone else than the registered payer: payer-mismatch in the dialog', async () => {
    await openReceipt('xiaowachen');
    await page.waitForTimeout(1000);
    // USD 0.63 from an unknown payer, no memo: no order is clearly the one, and none is proposed
    expect(await proposals()).toEqual([]);
    expect(await page.locator('[data-ta-unmatched]').count()).toBe(1);
    await openDialog('12200015001000531', 'advance');
    await page.waitForTimeout(1000);
    expect(await rules(page)).toEqual(
      expect.arrayContaining(['linking/payer-mismatch', 'linking/irreversible']),
    );
    expect(await rules(page)).not.toContain('linking/over-outstanding');
    await closeDialog();
  });

  it('never clicked 确认关联, no console error, no request beyond the replica and the extension', async () => {
    expect(await page.evaluate(() => window.__pages.confirmClicks)).toBe(0);
    expect(h.errors).toEqual([]);
    expect(h.offsite()).toEqual([]);
  });
});
