// @vitest-environment happy-dom
/**
 * Field recognition on the committed HTML fixtures (test/fixtures/forms, rendered from the Fusion Next
 * replica plus hand-made variants): every field expected.json lists is found on the right element,
 * absent fields and distractors are not, and the values read map to core's OrderInput.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { FormFieldKey } from '../src/fields.ts';
import { readOrder } from '../src/read.ts';
import { recognize } from '../src/recognize.ts';

const FORMS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../test/fixtures/forms');

interface ExpectedField {
  selector: string;
  kind: string;
  strategy: string;
  label: string;
}
interface ExpectedFixture {
  draft: boolean;
  lang: string;
  fields?: Record<string, ExpectedField>;
  absent: string[];
  notFields: string[];
}
const EXPECTED = JSON.parse(readFileSync(path.join(FORMS, 'expected.json'), 'utf8')) as {
  fixtures: Record<string, ExpectedFixture>;
};

function load(name: string): Document {
  const html = readFileSync(path.join(FORMS, name), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

/** The recogniser's element and the manifest's element denote the same control. */
function same(a: Element, b: Element): boolean {
  return a === b || a.contains(b) || b.contains(a);
}

for (const [name, fx] of Object.entries(EXPECTED.fixtures)) {
  describe(name, () => {
    const doc = load(name);
    const rec = recognize(doc);

    it(fx.draft ? 'is recognised as the draft form' : 'is not a draft form (stays idle)', () => {
      expect(rec.active).toBe(fx.draft);
    });

    for (const [field, exp] of Object.entries(fx.fields ?? {})) {
      it(`finds ${field} (${exp.strategy}: "${exp.label}")`, () => {
        const target = doc.querySelector(exp.selector);
        expect(target, `fixture selector ${exp.selector}`).not.toBeNull();
        const controls = rec.fields.get(field as FormFieldKey) ?? [];
        expect(controls.length, `${field} not found`).toBeGreaterThan(0);
        expect(controls.some((c) => target && same(c.el, target))).toBe(true);
      });
    }

    it('finds none of the absent fields', () => {
      const found = fx.absent.filter((f) => rec.fields.has(f as FormFieldKey));
      expect(found).toEqual([]);
    });

    it('maps no distractor to a field', () => {
      for (const sel of fx.notFields) {
        const el = doc.querySelector(sel);
        expect(el, `fixture selector ${sel}`).not.toBeNull();
        for (const [key, list] of rec.fields) {
          for (const c of list) {
            if (el && (c.el === el || el.contains(c.el))) throw new Error(`${sel} was taken as ${key}`);
          }
        }
      }
    });
  });
}

describe('reading values into OrderInput', () => {
  it('reads the zh replica: selects, radio groups, computed text, not-yet-computable amounts', () => {
    const rec = recognize(load('draft-zh.html'));
    const { input, methods } = readOrder(rec);
    expect(input.order_type).toBe('TA');
    expect(input.currency).toBe('USD');
    expect(input.buyer_email).toBe('');
    // "USD --": the page cannot compute the total yet -> not given (the inputs behind it speak)
    expect(input.order_total).toBeUndefined();
    expect(input.balance).toBeUndefined();
    expect(methods).toEqual([]);
    expect(input.payment_method).toBe('');
    // ship date: the "within N days" option is checked and N is empty
    expect(input.ship_within_days).toBe('');
    expect('ship_by_date' in input).toBe(false);
    expect(input.destination).toBe('');
  });

  it('reads the hand-made variants: native selects, legends, amounts beside labels', () => {
    const rec = recognize(load('draft-variants.html'));
    const { input } = readOrder(rec);
    expect(input.order_type).toBe('TA');
    expect(input.currency).toBe('USD');
    expect(input.order_total).toBe('USD 1,200.00');
    expect(input.balance).toBe('USD 1,200.00');
    expect(input.quantity).toBe('1');
    expect(input.trade_term).toBe('');
    expect(input.export_mode).toBe('');
    // fields the page lacks are "not given", never empty
    expect('destination' in input).toBe(false);
    expect('shipping_method' in input).toBe(false);
  });

  it('maps display text to core values (export mode, payment methods, order type)', () => {
    const doc = load('draft-en.html');
    const exportGroup = doc.querySelector('#exportMode');
    const radio = exportGroup?.querySelectorAll<HTMLInputElement>('input[type=radio]')[2];
    if (radio) radio.checked = true;
    const rec = recognize(doc);
    expect(readOrder(rec).input.export_mode).toBe('convenient');
  });

  it('says which expected fields a partial form lacks, without failing', () => {
    const doc = load('draft-zh.html');
    doc.querySelector('#remark')?.closest('.next-form-item')?.remove();
    doc.querySelector('#buyerEmail')?.closest('.next-form-item')?.remove();
    const rec = recognize(doc);
    expect(rec.active).toBe(true);
    expect(rec.missing).toEqual(expect.arrayContaining(['remark', 'buyer_email']));
    expect(readOrder(rec).input.buyer_email).toBeUndefined();
  });
});

/** The country picker as Fusion renders it once a value is chosen: the value in an <em>, no placeholder. */
function chooseCountry(doc: Document, name: string): Element | null {
  const input = doc.querySelector('#country');
  input?.removeAttribute('placeholder');
  input?.parentElement?.querySelector('[aria-hidden="true"]')?.remove();
  const values = input?.closest('.next-select-values');
  values?.insertAdjacentHTML('afterbegin', `<em title="${name}">${name}</em>`);
  return input?.closest('.next-select') ?? null;
}

describe('controls recognised by what they are', () => {
  for (const [file, country] of [
    ['draft-zh.html', '埃及'],
    ['draft-en.html', 'Egypt'],
  ] as const) {
    it(`${file}: a country picker with a value chosen (saved draft) is the destination`, () => {
      const doc = load(file);
      const picker = chooseCountry(doc, country);
      const rec = recognize(doc);
      expect(rec.fields.get('destination')?.[0]?.el).toBe(picker);
      expect(readOrder(rec).input.destination).toBe(country);
    });
  }

  it('a field found once stays found while its element lives (known controls)', () => {
    const doc = load('draft-zh.html');
    // without the shipping-address item's label, only the placeholder names the picker
    doc
      .querySelector('#country')
      ?.closest('.next-form-item')
      ?.querySelector('.next-form-item-label')
      ?.remove();
    const first = recognize(doc);
    const picker = first.fields.get('destination')?.[0]?.el;
    expect(picker).toBeDefined();
    chooseCountry(doc, '埃及');
    expect(recognize(doc).fields.get('destination')?.[0]?.el).not.toBe(picker); // the placeholder is gone
    const again = recognize(doc, first.known);
    expect(again.fields.get('destination')?.[0]?.el).toBe(picker);
    expect(again.fields.get('destination')?.[0]?.via).toBe('remembered');
    expect(readOrder(again).input.destination).toBe('埃及');
  });

  for (const file of ['draft-en.html', 'draft-zh.html']) {
    it(`${file}: a radio option is named by its own label, not its help text (Self-export / 自营出口)`, () => {
      const doc = load(file);
      const radio = doc.querySelector<HTMLInputElement>('#exportMode-self');
      if (radio) radio.checked = true;
      expect(readOrder(recognize(doc)).input.export_mode).toBe('self');
    });
  }

  it('help text marked by its class is left out of an option label with loose text', () => {
    const doc = load('draft-en.html');
    const radio = doc.querySelector<HTMLInputElement>('#exportMode-convenient');
    const label = radio?.closest('.next-radio-wrapper')?.querySelector('.next-radio-label');
    if (label)
      label.innerHTML =
        'Convenient shipping <small class="help-text">Market procurement rules do not apply</small>';
    if (radio) radio.checked = true;
    expect(readOrder(recognize(doc)).input.export_mode).toBe('convenient');
  });
});
