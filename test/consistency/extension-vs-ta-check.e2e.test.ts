/**
 * A seller must get the same answers in the browser as a finance user gets from ta-check for the same
 * order. The built extension runs on the zh replica of the draft form (served at its biz.alibaba.com
 * address); a complete order with a few mistakes is entered; the rule IDs the panel lists (its data-rule
 * elements) and the fee panel's amounts (data-fee rows) are read. The SAME order, written as one row of
 * an order sheet (docs/order-sheet.md) with the values the page shows, goes through ta-check
 * (`runCli … --format json --today <the page's today>`). Rules and fees must be equal.
 *
 * Nothing is left out: every column of the row is a field the page has, so every rule ta-check can run
 * on it the page can run too. (Columns the page has no field for — drafted_by, card_brand / card_region,
 * payer_currency, withdraw_* and shipped_on — stay out of the row, so the rules needing them are silent
 * on both sides; the withdrawal the panel prices from its own selects is compared in other tests.)
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInPacific } from '../../core/src/check/dates.ts';
import { runCli } from '../../core/src/cli/main.ts';
import { formatMinor } from '../../core/src/money/index.ts';
import type { CurrencyCode, Finding } from '../../core/src/types.ts';
import {
  type Harness,
  launchWithExtension,
  REPLICA_URL,
  replicaPages,
} from '../../extension/test/e2e/harness.ts';

/** The mistakes entered, each with the rule both sides must report. */
const MISTAKES = [
  'payment/advance-min', // advance 0.50 of a 6,000.00 order
  'buyer/email-domestic', // a qq.com address
  'shipping/days-too-short', // ship within 1 day
  'export/convenient-over-limit', // convenient shipping for 6,000.00
];

/** ta-check's JSON fee: amounts as decimal strings of the currency (core's formatMinor). */
interface JsonFee {
  currency: CurrencyCode;
  low: string;
  high: string;
  approximate: boolean;
}
interface JsonReport {
  rows: { row: number; findings: Finding[]; fees: { payment: JsonFee | null; service: JsonFee | null } }[];
}

interface ShownFee {
  kind: string | null;
  method: string | null;
  currency: string | null;
  low: string | null;
  high: string | null;
  approximate: boolean;
}

async function pickFusionOption(page: Page, inputId: string, option: string): Promise<void> {
  await page.click(`.next-select:has(#${inputId})`);
  await page.locator('.next-overlay-wrapper .next-menu-item', { hasText: option }).first().click();
  await page.keyboard.press('Escape');
}

/** The rule IDs the panel lists (every finding, shown beside its field or not), sorted, once each. */
async function panelRules(page: Page): Promise<string[]> {
  const rules = await page.$$eval('[data-ta-toolkit]', (hosts) =>
    hosts.flatMap((h) =>
      Array.from(h.shadowRoot?.querySelectorAll('[data-ta-panel] [data-rule]') ?? []).map(
        (e) => e.getAttribute('data-rule') ?? '',
      ),
    ),
  );
  return [...new Set(rules)].sort();
}

async function shownFees(page: Page): Promise<ShownFee[]> {
  return page.$$eval('[data-ta-toolkit]', (hosts) =>
    hosts.flatMap((h) =>
      Array.from(h.shadowRoot?.querySelectorAll('[data-ta-panel] [data-fee]') ?? []).map((e) => ({
        kind: e.getAttribute('data-fee'),
        method: e.getAttribute('data-method'),
        currency: e.getAttribute('data-currency'),
        low: e.getAttribute('data-low'),
        high: e.getAttribute('data-high'),
        approximate: e.hasAttribute('data-approximate'),
      })),
    ),
  );
}

/** A panel row's amount (integer minor units in data-low / data-high) as ta-check's JSON writes it. */
function asJson(f: ShownFee | undefined): JsonFee | null {
  if (!f?.currency || f.low === null || f.high === null) return null;
  const currency = f.currency as CurrencyCode;
  return {
    currency,
    low: formatMinor(Number(f.low), currency),
    high: formatMinor(Number(f.high), currency),
    approximate: f.approximate,
  };
}

const pick = (f: JsonFee | null) =>
  f && { currency: f.currency, low: f.low, high: f.high, approximate: f.approximate };

/** One CSV cell, quoted when it needs to be. */
const cell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

describe('the extension and ta-check agree on one order (zh replica)', () => {
  let h: Harness;
  let page: Page;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'ta-consistency-'));
    h = await launchWithExtension(await replicaPages('zh'));
    page = await h.open(REPLICA_URL);
    await page.waitForFunction(
      () => (window as unknown as { __replica?: { ready: boolean } }).__replica?.ready,
    );
    await page.locator('[data-ta-toolkit]').waitFor({ state: 'attached' });
  });

  afterAll(async () => {
    await h?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('reports the same rule IDs, buyer fee and service fee', async () => {
    // a complete order with four mistakes (the card method and destination are fine)
    await pickFusionOption(page, 'paymentMethod', '信用卡/借记卡');
    await page.fill('#buyerEmail', 'a@qq.com');
    await page.fill('[id="products.0.name"]', 'LED panel 60x60');
    await page.fill('[id="products.0.unitPrice"]', '6000');
    await pickFusionOption(page, 'country', '德国');
    await page.fill('#address', 'Hauptstraße 1, 10115 Berlin');
    await pickFusionOption(page, 'shippingMethod', '快递');
    await pickFusionOption(page, 'tradeTerm', 'FOB');
    await page.fill('#shipWithinDays', '1');
    await page.click('label:has(#exportMode-convenient)');
    await page.fill('#advance', '0.5');
    await page.keyboard.press('Tab');
    const today = todayInPacific(); // what the content script uses as "today"

    await page.click('[data-ta-toolkit] [data-ta-badge]');
    await expect.poll(() => panelRules(page)).toEqual(expect.arrayContaining(MISTAKES));
    await expect
      .poll(async () => (await shownFees(page)).some((f) => f.method === 'card' && f.low !== null))
      .toBe(true);
    await page.waitForTimeout(300); // a last check after the final input has settled
    const rules = await panelRules(page);
    const fees = await shownFees(page);

    // the same order as an order-sheet row, with the values the page shows
    const text = (sel: string) => page.locator(sel).innerText();
    const row: Record<string, string> = {
      order_type: 'TA',
      payment_method: 'card',
      currency: 'USD',
      buyer_email: 'a@qq.com',
      unit_price: '6000',
      quantity: '1',
      product_total: (await text('#productTotal')).trim(),
      destination: '德国',
      shipping_address: 'Hauptstraße 1, 10115 Berlin',
      shipping_method: '快递',
      trade_term: 'FOB',
      freight: '',
      insurance: '',
      ship_within_days: '1',
      export_mode: '便捷发货',
      order_total: (await text('#orderTotal')).trim(),
      advance: '0.5',
      balance: (await text('#balanceAmount')).trim(),
      remark: '',
    };
    expect(row.order_total).toMatch(/6,?000\.00/);
    const file = path.join(dir, 'order.csv');
    writeFileSync(file, `${Object.keys(row).join(',')}\n${Object.values(row).map(cell).join(',')}\n`, 'utf8');
    const cli = await runCli([file, '--format', 'json', '--today', today]);
    expect(cli.stderr).toBe('');
    const report = JSON.parse(cli.stdout) as JsonReport;
    expect(report.rows).toHaveLength(1);
    const checked = report.rows[0];
    if (!checked) throw new Error('no row in the report');

    const cliRules = [...new Set(checked.findings.map((f) => f.rule))].sort();
    expect(cliRules).toEqual(expect.arrayContaining(MISTAKES));
    expect(rules).toEqual(cliRules);

    const payment = fees.find((f) => f.kind === 'payment' && f.method === 'card');
    const service = fees.find((f) => f.kind === 'service');
    expect(checked.fees.payment).not.toBeNull();
    expect(checked.fees.service).not.toBeNull();
    expect(asJson(payment)).toEqual(pick(checked.fees.payment));
    expect(asJson(service)).toEqual(pick(checked.fees.service));
    expect(h.errors).toEqual([]);
  });
});
