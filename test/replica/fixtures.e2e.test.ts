/**
 * The committed form fixtures and their manifest (test/fixtures/forms/expected.json) agree:
 * every field selector matches exactly one element, its label is attached the way the manifest says,
 * every order field is either present or listed as absent, and the rendered fixtures are what the
 * replica renders today.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ORDER_FIELDS } from '@ta-toolkit/core/types';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser';
import { FIXTURES_DIR, renderFixture } from './render-fixtures';

interface FieldSpec {
  selector: string;
  kind: string;
  strategy: string;
  label: string;
}
interface FixtureSpec {
  draft: boolean;
  lang: string;
  fields: Record<string, FieldSpec>;
  absent: string[];
  notFields: string[];
}
interface Manifest {
  fixtures: Record<string, FixtureSpec>;
}

const manifest: Manifest = JSON.parse(await readFile(path.join(FIXTURES_DIR, 'expected.json'), 'utf8'));
const FIXTURES = ['draft-zh.html', 'draft-en.html', 'draft-variants.html', 'not-a-draft.html'];

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function load(name: string): Promise<Page> {
  const page = await browser.newPage();
  // Fixtures are inert markup: no script runs, nothing is fetched.
  await page.route('**/*', (r) => r.abort());
  await page.setContent(await readFile(path.join(FIXTURES_DIR, name), 'utf8'));
  return page;
}

/** The label text the manifest's strategy attaches to the element, as found in the DOM. */
function labelOf(page: Page, spec: FieldSpec): Promise<string | null> {
  return page.evaluate(({ selector, strategy }) => {
    const el = document.querySelector(selector);
    if (!el) return null;
    const text = (n: Element | null | undefined) => n?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
    switch (strategy) {
      case 'fusion-form-item':
        return text(el.closest('.next-form-item')?.querySelector(':scope > .next-form-item-label label'));
      case 'label-for':
        return text(document.querySelector(`label[for="${el.id}"]`));
      case 'label-wrap': {
        const label = el.closest('label');
        return label?.firstChild?.textContent?.trim() || text(label?.querySelector('span'));
      }
      case 'aria-label':
        return el.getAttribute('aria-label');
      case 'aria-labelledby':
        return text(document.getElementById(el.getAttribute('aria-labelledby') ?? ''));
      case 'sibling-div':
        return text(el.closest('.form-ctrl')?.previousElementSibling);
      case 'fieldset-legend':
        return text(el.closest('fieldset')?.querySelector('legend'));
      case 'table-column-header': {
        const cell = el.closest('td');
        const table = el.closest('table');
        if (!cell || !table) return null;
        const col = Array.from(cell.parentElement?.children ?? []).indexOf(cell);
        return text(table.querySelectorAll('thead th')[col]);
      }
      case 'radio-option':
        return text(el.closest('.ta-ship-row')?.querySelector('.next-radio-label'));
      case 'preceding-text':
        return el.parentElement?.firstChild?.textContent?.replace(/[:：]\s*$/, '').trim() ?? null;
      default:
        return `unknown strategy ${strategy}`;
    }
  }, spec);
}

describe('form fixtures manifest', () => {
  it('lists every fixture and accounts for every order field in each', () => {
    expect(Object.keys(manifest.fixtures).sort()).toEqual([...FIXTURES].sort());
    const all = [...ORDER_FIELDS].sort();
    for (const [name, spec] of Object.entries(manifest.fixtures)) {
      const listed = [...Object.keys(spec.fields), ...spec.absent].sort();
      expect(listed, name).toEqual(all);
    }
  });

  for (const name of FIXTURES) {
    it(`${name}: each field selector matches exactly one element, labelled as stated`, async () => {
      const spec = manifest.fixtures[name];
      if (!spec) throw new Error(`no manifest entry for ${name}`);
      const page = await load(name);
      try {
        for (const [field, f] of Object.entries(spec.fields)) {
          expect(await page.locator(f.selector).count(), `${name} ${field} ${f.selector}`).toBe(1);
          expect(await labelOf(page, f), `${name} ${field} label via ${f.strategy}`).toBe(f.label);
        }
        for (const sel of spec.notFields) {
          expect(await page.locator(sel).count(), `${name} notFields ${sel}`).toBe(1);
        }
        if (!spec.draft) {
          expect(await page.locator('input, select, textarea').count()).toBeGreaterThan(0);
        }
      } finally {
        await page.close();
      }
    });
  }
});

describe('rendered fixtures are current', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`draft-${lang}.html equals a fresh render of the replica`, async () => {
      const committed = await readFile(path.join(FIXTURES_DIR, `draft-${lang}.html`), 'utf8');
      // On failure: npm run fixtures:forms -w test, review the diff, commit.
      expect(await renderFixture(browser, lang)).toBe(committed);
    });
  }
});
