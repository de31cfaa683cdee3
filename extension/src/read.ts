/**
 * Reads the recognised controls' current values into core's OrderInput.
 * A field not found stays absent ("not given": its rules stay silent); a control found but empty
 * gives '' ("given, empty"). Display text (computed totals) is read as well.
 */
import type { OrderInput, RawValue } from '@ta-toolkit/core/types';
import { FIELD_SPECS, type FormFieldKey, normalizeLabel, PLACEHOLDERS, SELECTORS } from './fields.ts';
import { type Control, mapValue, optionLabel, ownText, type Recognition } from './recognize.ts';

const SPEC = new Map(FIELD_SPECS.map((s) => [s.key, s]));
const q = (list: readonly string[]) => list.join(',');

export interface LineInput {
  line: number;
  unit_price?: RawValue;
  quantity?: RawValue;
  product_total?: RawValue;
}

export interface PageOrder {
  /** The order as core sees it (payment_method = the first allowed method, if any). */
  input: OrderInput;
  /** Every payment method the form allows (core ids, or the page text when unknown). */
  methods: string[];
  /** Product lines when there is more than one (each also checked alone). */
  lines: LineInput[];
}

function isPlaceholder(text: string): boolean {
  const n = normalizeLabel(text);
  return n === '' || PLACEHOLDERS.some((p) => normalizeLabel(p) === n);
}

/** Text shown by a select widget ('' when nothing is chosen). */
export function selectText(el: Element): string {
  if (el.tagName === 'SELECT') {
    const s = el as HTMLSelectElement;
    const opt = s.selectedOptions?.[0] ?? s.options[s.selectedIndex];
    if (!opt || opt.value === '') return '';
    return (opt.textContent ?? opt.value).trim();
  }
  for (const sel of SELECTORS.selectValue) {
    const v = el.querySelector(sel);
    if (v) {
      const t = (v.getAttribute('title') || ownText(v)).trim();
      if (t && !isPlaceholder(t)) return t;
    }
  }
  const input = el.querySelector('input');
  if (input?.value && !isPlaceholder(input.value)) return input.value.trim();
  if (el.matches('.next-select')) return ''; // a Fusion Select with no <em> has nothing chosen
  let text = ownText(el);
  const ph = input?.getAttribute('placeholder');
  if (ph) text = text.replace(ph, '').trim(); // the placeholder echo Fusion renders for sizing
  return isPlaceholder(text) ? '' : text;
}

/** Chosen values of a multiple-choice select (null when the select is single-choice). */
export function selectTags(el: Element): string[] | null {
  if (el.tagName === 'SELECT') {
    const s = el as HTMLSelectElement;
    return s.multiple ? Array.from(s.selectedOptions).map((o) => (o.textContent ?? o.value).trim()) : null;
  }
  if (!el.matches('.next-select-multiple, .next-select-tag, [aria-multiselectable="true"]')) return null;
  for (const sel of SELECTORS.selectTags) {
    const tags = Array.from(el.querySelectorAll(sel));
    if (tags.length > 0)
      return tags.map((t) => (t.getAttribute('title') || ownText(t)).trim()).filter(Boolean);
  }
  return [];
}

function checkedTexts(group: Element): string[] {
  const inputs = Array.from(
    group.querySelectorAll<HTMLInputElement>('input[type=radio], input[type=checkbox]'),
  );
  return inputs.filter((i) => i.checked).map(optionLabel);
}

/** Text of a display value: "订单总价: USD 2,500.00" -> "USD 2,500.00". */
function displayText(el: Element): string {
  const text = el.tagName === 'INPUT' ? (el as HTMLInputElement).value : ownText(el);
  const m = /^[^:：\d]{1,20}[:：]\s*(.*)$/.exec(text);
  return (m ? m[1] : text)?.trim() ?? '';
}

/** Raw text of one control. */
export function rawText(c: Control): string | string[] {
  switch (c.kind) {
    case 'input': {
      const el = c.el as HTMLInputElement;
      if (el.isContentEditable) return ownText(el);
      return el.value ?? '';
    }
    case 'select': {
      const tags = selectTags(c.el);
      return tags ?? selectText(c.el);
    }
    case 'radio':
      return checkedTexts(c.el)[0] ?? '';
    case 'checkboxes':
      return checkedTexts(c.el);
    case 'display':
      return displayText(c.el);
  }
}

/** A control's value as core expects it (mapped through the field's value table). */
export function controlValue(c: Control): RawValue | string[] {
  const raw = rawText(c);
  // a computed amount the page cannot show yet ("USD --") is not given: the inputs behind it speak
  if (c.kind === 'display' && typeof raw === 'string' && !/\d/.test(raw)) return undefined;
  const spec = SPEC.get(c.key);
  const map = (t: string) => (t === '' ? '' : (mapValue(t, spec?.values) ?? t));
  if (Array.isArray(raw)) return raw.map(map);
  if (c.key === 'trade_term') {
    // "FOB - Free On Board" / "FOB（船上交货）" -> "FOB"; anything else goes to core as typed
    const m = /^\s*([A-Za-z]{3})(?![A-Za-z])/.exec(raw);
    return m?.[1] ? m[1].toUpperCase() : raw;
  }
  return map(raw);
}

/** The currency shown next to money inputs ("USD" addon), when no currency control exists. */
function addonCurrency(rec: Recognition): string | undefined {
  for (const key of ['advance', 'freight', 'insurance', 'unit_price', 'order_total'] as FormFieldKey[]) {
    for (const c of rec.fields.get(key) ?? []) {
      const scope =
        c.el.closest('.next-input, .next-number-picker, .next-form-item-control') ?? c.el.parentElement;
      const texts = scope ? Array.from(scope.querySelectorAll(q(SELECTORS.currencyAddon))).map(ownText) : [];
      if (c.kind === 'display') texts.push(displayText(c.el));
      for (const t of texts) {
        const m = /\b(USD|CNY|EUR|RMB)\b/i.exec(t);
        if (m?.[1]) return m[1].toUpperCase() === 'RMB' ? 'CNY' : m[1].toUpperCase();
      }
    }
  }
  return undefined;
}

export function readOrder(rec: Recognition): PageOrder {
  const input: OrderInput = {};
  let methods: string[] = [];
  const lines: LineInput[] = [];
  let shipMode: string | undefined;
  for (const [key, controls] of rec.fields) {
    const first = controls[0];
    if (!first) continue;
    if (key === 'ship_date_mode') {
      const v = controlValue(first);
      shipMode = typeof v === 'string' ? v : undefined;
      continue;
    }
    if (key === 'payment_method') {
      const v = controlValue(first);
      methods = (Array.isArray(v) ? v : [v]).filter((m): m is string => typeof m === 'string' && m !== '');
      input.payment_method = methods[0] ?? '';
      continue;
    }
    if (key === 'unit_price' || key === 'quantity' || key === 'product_total') continue;
    const v = controlValue(first);
    if (v === undefined) continue;
    input[key] = Array.isArray(v) ? v.join(', ') : v;
  }
  // product lines: one line goes straight in; several are checked one by one and their stated totals summed
  const byLine = new Map<number, LineInput>();
  let summaryTotal: RawValue | undefined;
  for (const key of ['unit_price', 'quantity', 'product_total'] as const) {
    for (const c of rec.fields.get(key) ?? []) {
      const v = controlValue(c) as RawValue;
      if (v === undefined) continue;
      if (c.line === undefined) {
        if (key === 'product_total') summaryTotal = v;
        continue;
      }
      const line = byLine.get(c.line) ?? { line: c.line };
      line[key] = v;
      byLine.set(c.line, line);
    }
  }
  lines.push(...[...byLine.values()].sort((a, b) => a.line - b.line));
  const only = lines.length === 1 ? lines[0] : undefined;
  if (only) {
    if (only.unit_price !== undefined) input.unit_price = only.unit_price;
    if (only.quantity !== undefined) input.quantity = only.quantity;
    if (only.product_total !== undefined) input.product_total = only.product_total;
  }
  if (summaryTotal !== undefined && (lines.length !== 1 || input.product_total === undefined))
    input.product_total = summaryTotal;
  // ship date: only the chosen option's value is given
  const days = rec.fields.get('ship_within_days')?.[0];
  const date = rec.fields.get('ship_by_date')?.[0];
  if (shipMode === 'date') {
    delete input.ship_within_days;
    if (!date) input.ship_by_date = '';
  } else if (shipMode === 'days') {
    delete input.ship_by_date;
    if (!days) input.ship_within_days = '';
  } else if (shipMode === '') {
    // neither option chosen: both given, both empty -> core says the date is missing
    input.ship_within_days = '';
    input.ship_by_date = '';
  }
  if (input.order_type === undefined && rec.headingOrderType) input.order_type = rec.headingOrderType;
  if (input.currency === undefined) {
    const c = addonCurrency(rec);
    if (c) input.currency = c;
  }
  return { input, methods, lines: lines.length > 1 ? lines : [] };
}
