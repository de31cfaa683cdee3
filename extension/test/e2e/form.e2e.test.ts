/**
 * The extension on the draft form as a seller uses it, in Chromium AND Firefox (browsers.ts): every
 * assertion is on the steady state, read at least a second after the action (no catching a flash).
 * - a fresh empty form shows no hint and no red badge;
 * - a restricted country chosen in the Fusion picker, and on a saved draft opened with it, is reported;
 * - English "Self-export" is an export mode (the service fee is computed);
 * - bad values get hints, fills reach React state and disappear once applied;
 * - a value the page itself cannot read ("USD --") is said next to the field (page/unreadable);
 * - every page control still receives its click: elementFromPoint at its centre is the control, never us.
 * zh and en screenshots of each state go to test/artifacts/ (ext-<state>-<lang>-<browser>.png).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReplicaSnapshot } from '../../../test/replica/serve.ts';
import { replicaHtml } from '../../../test/replica/serve.ts';
import { type BrowserDriver, type BrowserName, launchBrowser, type TabDriver } from './browsers.ts';
import { ARTIFACTS, REPLICA_URL } from './harness.ts';

/** Steady state: at least a second after the action (debounces, pauses and repaints are all shorter). */
const settle = () => new Promise((r) => setTimeout(r, 1100));

interface Shown {
  attached: boolean;
  hints: { rule: string; field: string; text: string }[];
  markers: number;
  badge: string;
  fills: string[];
}

function shown(): Shown {
  const root = document.querySelector('[data-ta-toolkit]')?.shadowRoot;
  return {
    attached: root != null,
    hints: Array.from(root?.querySelectorAll('[data-anchor] [data-rule]') ?? []).map((e) => ({
      rule: e.getAttribute('data-rule') ?? '',
      field: e.getAttribute('data-field') ?? '',
      text: e.textContent ?? '',
    })),
    markers: root?.querySelectorAll('[data-marker]').length ?? 0,
    badge: root?.querySelector('[data-ta-badge]')?.className ?? '',
    fills: Array.from(root?.querySelectorAll('[data-fill]') ?? []).map(
      (e) => e.getAttribute('data-fill') ?? '',
    ),
  };
}

const replicaState = () =>
  (window as unknown as { __replica: { state(): ReplicaSnapshot } }).__replica.state();

/**
 * Every visible page control, scrolled to the middle of the viewport: the element at its centre must be
 * the control (or inside it), never the extension's host. Also lists the controls that lie under one of
 * our hints or markers at that moment.
 */
async function clicksReachControls(): Promise<{ checked: number; under: string[]; failures: string[] }> {
  const host = document.querySelector('[data-ta-toolkit]');
  const ours = () =>
    Array.from(host?.shadowRoot?.querySelectorAll('[data-anchor] .box, [data-anchor] .marker') ?? [])
      .filter((e) => getComputedStyle(e).visibility === 'visible')
      .map((e) => e.getBoundingClientRect());
  const name = (e: Element | null) =>
    e
      ? `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}.${String(e.className).split(' ')[0]}`
      : 'nothing';
  const all = Array.from(
    document.querySelectorAll(
      'input:not([type=hidden]), select, textarea, button, a[href], .next-select, .next-radio-wrapper, .next-checkbox-wrapper',
    ),
  ).filter((e) => !host?.contains(e) && e.getClientRects().length > 0);
  const controls = all.filter((e) => !all.some((o) => o !== e && o.contains(e)));
  const under: string[] = [];
  const failures: string[] = [];
  for (const c of controls) {
    c.scrollIntoView({ block: 'center', inline: 'nearest' });
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const r = c.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    if (ours().some((o) => o.left < r.right && r.left < o.right && o.top < r.bottom && r.top < o.bottom))
      under.push(name(c));
    const hit = document.elementFromPoint(x, y);
    const ok = hit !== null && hit !== host && (hit === c || c.contains(hit) || hit.contains(c));
    if (!ok) failures.push(`${name(c)} -> ${name(hit)}`);
  }
  window.scrollTo(0, 0);
  return { checked: controls.length, under, failures };
}

/** Open a Fusion Select and click the option with this text (real mouse clicks). */
async function pick(tab: TabDriver, select: string, option: string): Promise<void> {
  await tab.click(select);
  await new Promise((r) => setTimeout(r, 400));
  const found = await tab.evaluate((text) => {
    const item = Array.from(document.querySelectorAll('.next-overlay-wrapper .next-menu-item')).find(
      (e) => (e.textContent ?? '').includes(text) && e.getClientRects().length > 0,
    );
    item?.setAttribute('data-e2e-pick', '');
    return item !== undefined;
  }, option);
  expect(found, `option ${option}`).toBe(true);
  await tab.click('[data-e2e-pick]');
  await tab.evaluate(() => document.querySelector('[data-e2e-pick]')?.removeAttribute('data-e2e-pick'));
}

/** Click one of our own buttons (inside the shadow root) with the mouse. */
async function clickOurs(tab: TabDriver, selector: string): Promise<void> {
  const at = await tab.evaluate((sel) => {
    const el = document.querySelector('[data-ta-toolkit]')?.shadowRoot?.querySelector(sel);
    if (!el) return null;
    el.scrollIntoView({ block: 'center' });
    const r = el.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, selector);
  expect(at, selector).not.toBeNull();
  if (at) await tab.clickAt(at.x, at.y);
}

async function openForm(b: BrowserDriver, search = ''): Promise<TabDriver> {
  const tab = await b.open(`${REPLICA_URL}${search}`);
  for (let i = 0; i < 50 && !(await tab.evaluate(() => window.__replica?.ready === true)); i++)
    await new Promise((r) => setTimeout(r, 100));
  await settle();
  return tab;
}

const TEXT = {
  zh: { egypt: '埃及', germany: '德国' },
  en: { egypt: 'Egypt', germany: 'Germany' },
} as const;

const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

for (const name of BROWSERS) {
  for (const lang of ['zh', 'en'] as const) {
    describe(`${name}, ${lang} replica`, () => {
      let b: BrowserDriver;
      const shot = (tab: TabDriver, state: string, fullPage = false) =>
        tab.screenshot(path.join(ARTIFACTS, `ext-${state}-${lang}-${name}.png`), fullPage);

      beforeAll(async () => {
        mkdirSync(ARTIFACTS, { recursive: true });
        b = await launchBrowser(name, { '*': await replicaHtml(lang) });
      });
      afterAll(async () => {
        await b?.close();
      });

      it('a fresh empty form shows no hint and no red badge', async () => {
        const tab = await openForm(b);
        const s = await tab.evaluate(shown);
        expect(s.attached).toBe(true);
        expect(s.hints).toEqual([]);
        expect(s.markers).toBe(0);
        expect(s.badge).not.toContain('has-error');
        expect(s.badge).toContain('has-todo');
        await shot(tab, 'fresh');
        await tab.close();
      });

      it('reports a restricted country chosen in the picker, and stops when another is chosen', async () => {
        const tab = await openForm(b);
        await pick(tab, '.next-select:has(#country)', TEXT[lang].egypt);
        await settle();
        expect((await tab.evaluate(replicaState)).destination).toBe('EG');
        const hints = (await tab.evaluate(shown)).hints.filter((h) => h.rule === 'destination/restricted');
        expect(hints).toHaveLength(1);
        expect(hints[0]?.text).toContain(TEXT[lang].egypt);
        await shot(tab, 'restricted');
        await pick(tab, '.next-select:has(#country)', TEXT[lang].germany);
        await settle();
        expect((await tab.evaluate(shown)).hints.map((h) => h.field)).not.toContain('destination');
        await tab.close();
      });

      it('reports the restricted country on a saved draft opened with it; Self-export has its service fee', async () => {
        const tab = await openForm(b, '?draft=saved');
        const s = await tab.evaluate(shown);
        expect(s.hints.map((h) => h.rule)).toContain('destination/restricted');
        expect(s.hints.map((h) => h.field)).not.toContain('export_mode');
        await clickOurs(tab, '[data-ta-badge]');
        await settle();
        const service = await tab.evaluate(() => {
          const row = document
            .querySelector('[data-ta-toolkit]')
            ?.shadowRoot?.querySelector<HTMLElement>('[data-ta-panel] [data-fee="service"]');
          return { low: row?.dataset.low, high: row?.dataset.high, text: row?.textContent ?? '' };
        });
        // self-export, logistics not chosen: 1%–2% of USD 2,500.00 = USD 25.00–50.00, and the range says why
        expect(service).toMatchObject({ low: '2500', high: '5000' });
        expect(service.text).toMatch(lang === 'zh' ? /平台物流为 1%/ : /1% with Alibaba\.com Logistics/);
        await shot(tab, 'saved-draft-panel');
        await tab.close();
      });

      it('bad values get hints that cover no page control; fills apply and then disappear', async () => {
        const tab = await openForm(b);
        await tab.type('#buyerEmail', 'li@qq.com');
        await tab.type('#advance', '0.5');
        await tab.type('#shipWithinDays', '1');
        await tab.type('[id="products.0.unitPrice"]', '6000');
        await tab.click('label:has(#exportMode-convenient)');
        await settle();
        const rules = (await tab.evaluate(shown)).hints.map((h) => h.rule);
        const typed = await tab.evaluate(replicaState);
        expect(rules, JSON.stringify(typed)).toEqual(
          expect.arrayContaining([
            'buyer/email-domestic',
            'payment/advance-min',
            'shipping/days-too-short',
            'export/convenient-over-limit',
          ]),
        );
        expect((await tab.evaluate(shown)).badge).toContain('has-error');
        await shot(tab, 'hints', true);
        const clicks = await tab.evaluate(clicksReachControls);
        expect(clicks.checked).toBeGreaterThan(20);
        expect(clicks.failures).toEqual([]);

        // ARIA: the field says it is invalid and is described by the hint's words; a live region counts
        const aria = await tab.evaluate(() => {
          const el = document.getElementById('buyerEmail');
          const ids = (el?.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
          const live = document
            .querySelector('[data-ta-toolkit]')
            ?.shadowRoot?.querySelector('[data-ta-live]');
          return {
            invalid: el?.getAttribute('aria-invalid'),
            description: ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' '),
            live: `${live?.getAttribute('aria-live')} ${live?.textContent}`,
          };
        });
        expect(aria.invalid).toBe('true');
        expect(aria.description).toContain('li@qq.com');
        expect(aria.live).toMatch(/^polite .*\d/);

        // keys: Tab from the field goes into its hint, Escape comes back, Escape on the field dismisses it
        await tab.click('#buyerEmail');
        await tab.press('Tab');
        const inHint = () =>
          tab.evaluate(
            () =>
              document
                .querySelector('[data-ta-toolkit]')
                ?.shadowRoot?.activeElement?.closest('[data-anchor]')
                ?.getAttribute('data-anchor') ?? null,
          );
        expect(await inHint()).toBe('buyer_email#');
        await tab.press('Escape');
        expect(await tab.evaluate(() => document.activeElement?.id)).toBe('buyerEmail');
        await tab.press('Escape');
        await settle();
        expect((await tab.evaluate(shown)).hints.map((h) => h.rule)).not.toContain('buyer/email-domestic');
        expect(
          await tab.evaluate(() => document.getElementById('buyerEmail')?.hasAttribute('aria-invalid')),
        ).toBe(false);

        await clickOurs(tab, '[data-fill="ship-days"]');
        await settle();
        expect((await tab.evaluate(replicaState)).ship_within_days).toBe(7);
        const after = await tab.evaluate(shown);
        expect(after.hints.map((h) => h.rule)).not.toContain('shipping/days-too-short');
        expect(after.fills).not.toContain('ship-days');

        await clickOurs(tab, '[data-fill="advance-30"]');
        await settle();
        expect((await tab.evaluate(replicaState)).advance).toBe('1800.00');
        const filled = await tab.evaluate(shown);
        expect(filled.hints.map((h) => h.rule)).not.toContain('payment/advance-min');
        expect(filled.fills).not.toContain('advance-30'); // already the advance: no longer offered
        expect(b.errors).toEqual([]);
        expect(b.offsite()).toEqual([]);
        await tab.close();
      });

      it('says so next to the field when the page cannot read a typed amount (USD --)', async () => {
        const tab = await openForm(b);
        await tab.type('[id="products.0.unitPrice"]', 'USD 2,500.00');
        await tab.press('Tab');
        await settle();
        expect((await tab.evaluate(replicaState)).order_total).toBeNull();
        const hint = (await tab.evaluate(shown)).hints.find((h) => h.rule === 'page/unreadable');
        expect(hint?.field).toBe('unit_price');
        expect(hint?.text).toContain('USD --');
        await shot(tab, 'unreadable');
        const clicks = await tab.evaluate(clicksReachControls);
        expect(clicks.failures).toEqual([]);
        await tab.close();
      });
    });
  }
}
