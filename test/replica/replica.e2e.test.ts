/**
 * The replica behaves like the real draft page: React-controlled Fusion inputs, computed totals shown
 * as text, and a state echo that proves a fill reached React state (not only the DOM).
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openReplica, type ReplicaPage } from './browser';
import type { ReplicaSnapshot } from './serve';

const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
  await mkdir(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

const state = (page: Page) => page.evaluate(() => window.__replica.state());
const echo = async (page: Page): Promise<ReplicaSnapshot> =>
  JSON.parse((await page.locator('#replica-state').textContent()) ?? 'null');

/** The form item whose label is `label` (exact text, as Fusion renders it). */
const item = (page: Page, label: string) =>
  page
    .locator('.next-form-item')
    .filter({ has: page.locator('.next-form-item-label label', { hasText: label }) });

/** Opens a Fusion Select and clicks the option with this text. */
async function choose(page: Page, selectInput: string, optionText: string) {
  await page.locator(selectInput).click();
  await page.locator('.next-overlay-wrapper.opened .next-menu-item', { hasText: optionText }).first().click();
}

/** What a content script does: native value setter + bubbling input event (no keyboard). */
async function programmaticFill(page: Page, selector: string, value: string) {
  await page.evaluate(
    ([sel, v]) => {
      const el = document.querySelector(sel as string) as HTMLInputElement | HTMLTextAreaElement;
      const proto =
        el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
      Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(el, v);
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
    },
    [selector, value],
  );
}

describe('replica draft form (zh)', () => {
  let r: ReplicaPage;
  beforeAll(async () => {
    r = await openReplica(browser, 'zh');
  });
  afterAll(async () => {
    await r?.context.close();
  });

  it('renders genuine Fusion markup with the real Chinese labels', async () => {
    const { page } = r;
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    const labels = await page.locator('.next-form-item-label label').allTextContents();
    for (const label of [
      '订单类型',
      '支付方式',
      '交易币种',
      '买家邮箱',
      '收货地址',
      '运输方式',
      '贸易术语',
      '运费',
      '物流保险费',
      '发货日期',
      '出口方式',
      '订单总价',
      '预付款金额',
      '尾款金额',
    ]) {
      expect(labels).toContain(label);
    }
    expect(await page.locator('.next-select').count()).toBeGreaterThanOrEqual(5);
    expect(await page.locator('.next-date-picker').count()).toBe(1);
    await expect.poll(() => page.locator('.next-input-len').textContent()).toBe('0/2000');
    expect(await state(page)).toMatchObject({
      order_type: 'TA',
      currency: 'USD',
      ship_date_kind: 'days',
      submitted: 0,
    });
  });

  it('typing an advance updates the balance text and React state', async () => {
    const { page } = r;
    await page.locator('input[name="products.0.name"]').fill('LED panel light');
    await page.locator('input[name="products.0.unitPrice"]').fill('1250');
    await page.locator('input[name="products.0.quantity"]').fill('2');
    await expect.poll(() => page.locator('#orderTotal').textContent()).toBe('USD 2,500.00');
    expect(await page.locator('#balanceAmount').textContent()).toBe('USD 2,500.00');

    await page.locator('#advance').pressSequentially('500');
    await expect.poll(() => page.locator('#balanceAmount').textContent()).toBe('USD 2,000.00');
    const s = await echo(page);
    expect(s).toMatchObject({
      advance: '500',
      unit_price: '1250',
      quantity: 2,
      product_total: '2500.00',
      order_total: '2500.00',
      balance: '2000.00',
    });
    expect(await state(page)).toEqual(s);
  });

  it('a second product row adds its line total; removing it restores the total', async () => {
    const { page } = r;
    await page.getByRole('button', { name: '添加产品' }).click();
    await page.locator('input[name="products.1.unitPrice"]').fill('0.99');
    await page.locator('input[name="products.1.quantity"]').fill('100');
    await expect.poll(() => page.locator('#productTotal').textContent()).toBe('USD 2,599.00');
    expect(await page.locator('[id="products.1.lineTotal"]').textContent()).toBe('USD 99.00');
    expect((await echo(page)).products.map((p) => p.line_total)).toEqual(['2500.00', '99.00']);
    await page.locator('.ta-product-table tbody tr').nth(1).getByRole('button', { name: '删除' }).click();
    await expect.poll(() => page.locator('#productTotal').textContent()).toBe('USD 2,500.00');
    expect((await echo(page)).products).toHaveLength(1);
  });

  it('a programmatic fill (native setter + input event) reaches React state', async () => {
    const { page } = r;
    await programmaticFill(page, '#advance', '750.50');
    await programmaticFill(page, '#freight', '120');
    await programmaticFill(page, '#buyerEmail', 'buyer@example.com');
    await programmaticFill(page, '#remark', '合格率99%');
    await expect.poll(() => page.locator('#balanceAmount').textContent()).toBe('USD 1,869.50');
    expect(await page.locator('#orderTotal').textContent()).toBe('USD 2,620.00');
    expect(await echo(page)).toMatchObject({
      advance: '750.50',
      freight: '120',
      buyer_email: 'buyer@example.com',
      remark: '合格率99%',
      order_total: '2620.00',
      balance: '1869.50',
    });
    expect(await page.locator('.next-input-len').textContent()).toBe('6/2000');
  });

  it('selects, radios and the date picker drive React state', async () => {
    const { page } = r;
    await choose(page, '#currency', 'CNY 人民币');
    await choose(page, '#paymentMethod', 'Wire Transfer- T/T 国际电汇');
    await page.keyboard.press('Escape');
    await choose(page, '#country', '德国');
    await choose(page, '#shippingMethod', '海运');
    await choose(page, '#tradeTerm', 'FOB');
    await item(page, '出口方式').getByText('一达通代理出口', { exact: true }).click();
    await page.locator('#shipWithinDays').fill('15');

    await expect.poll(async () => (await echo(page)).trade_term).toBe('FOB');
    expect(await echo(page)).toMatchObject({
      currency: 'CNY',
      payment_method: ['tt-intl'],
      destination: 'DE',
      shipping_method: 'sea',
      export_mode: 'onetouch',
      ship_date_kind: 'days',
      ship_within_days: 15,
    });
    // The currency addon follows the currency, like the real page.
    expect(await item(page, '预付款金额').locator('.next-input-group-text').textContent()).toBe('CNY');
    expect(await page.locator('#balanceAmount').textContent()).toBe('CNY 1,869.50');

    // Fixed ship date: the trigger is read-only (as in Fusion); the date is typed in the panel.
    await page.locator('#shipDateKindDate').check();
    await page.locator('#shipByDate input').click();
    const panelInput = page.locator('.next-date-picker-panel-input input');
    await panelInput.fill('2030-06-15');
    await panelInput.press('Enter');
    await expect.poll(async () => (await echo(page)).ship_by_date).toBe('2030-06-15');
    expect((await echo(page)).ship_date_kind).toBe('date');
    expect(await page.locator('#shipByDate input').inputValue()).toBe('2030-06-15');
  });

  it('switching to e收汇 keeps only T/T / D/P and disables convenient shipping', async () => {
    const { page } = r;
    await item(page, '订单类型').getByText('e收汇订单').click();
    await expect.poll(async () => (await echo(page)).order_type).toBe('DPO');
    expect((await echo(page)).payment_method).toEqual(['tt-intl']);
    expect(await page.locator('#exportMode-convenient').isDisabled()).toBe(true);
    expect(await page.getByText('e收汇订单 不支持便捷发货！').count()).toBe(1);
    await page.locator('#paymentMethod').click();
    const options = await page.locator('.next-overlay-wrapper.opened .next-menu-item').allTextContents();
    expect(options).toEqual(['T/T 电汇', '托收 D/P']);
    await page.keyboard.press('Escape');
    await item(page, '订单类型').getByText('信用保障订单').click();
    await expect.poll(async () => (await echo(page)).order_type).toBe('TA');
  });

  it('records submit clicks instead of submitting', async () => {
    const { page } = r;
    // Let the last dropdown finish closing so the screenshot shows the form only.
    await expect
      .poll(() => page.locator('.next-overlay-wrapper .next-menu').filter({ visible: true }).count())
      .toBe(0);
    await page.screenshot({ path: path.join(ARTIFACTS, 'replica-zh.png'), fullPage: true });
    expect(await page.evaluate(() => window.__replica.submitted)).toBe(0);
    await page.locator('#submitOrder').click();
    expect(await page.evaluate(() => window.__replica.submitted)).toBe(1);
    await expect.poll(async () => (await echo(page)).submitted).toBe(1);
    expect(page.url()).toBe('https://biz.alibaba.com/ta/order/draft.htm');
  });

  it('made no request outside biz.alibaba.com and logged no error', () => {
    expect(r.blocked).toEqual([]);
    expect(r.errors).toEqual([]);
  });
});

describe('replica draft form (en)', () => {
  it('draft-en.html is English, and ?lang= overrides the file default', async () => {
    const en = await openReplica(browser, 'en');
    try {
      const labels = await en.page.locator('.next-form-item-label label').allTextContents();
      for (const label of [
        'Payment method',
        'Currency',
        'Buyer email',
        'Shipping address',
        'Ship date',
        'Balance',
      ]) {
        expect(labels).toContain(label);
      }
      expect(await en.page.locator('html').getAttribute('lang')).toBe('en');
      await en.page.locator('#advance').fill('1');
      await en.page.locator('input[name="products.0.unitPrice"]').fill('3.5');
      await expect.poll(() => en.page.locator('#balanceAmount').textContent()).toBe('USD 2.50');
      await en.page.screenshot({ path: path.join(ARTIFACTS, 'replica-en.png'), fullPage: true });
      expect(en.blocked).toEqual([]);
      expect(en.errors).toEqual([]);
    } finally {
      await en.context.close();
    }
    const zhViaQuery = await openReplica(browser, 'en', '?lang=zh');
    try {
      expect(await zhViaQuery.page.locator('.ta-draft-title').textContent()).toBe('起草信用保障订单');
      expect((await zhViaQuery.page.evaluate(() => window.__replica.state())).lang).toBe('zh');
    } finally {
      await zhViaQuery.context.close();
    }
  });
});
