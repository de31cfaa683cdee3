/**
 * Finds the draft form's fields on a page by their labels (Chinese or English), using the tables in
 * fields.ts. Pure DOM reading: no side effects, never throws on odd markup.
 *
 * For every candidate control the label is looked up through an ordered strategy:
 *   1. `labels`        – the control's HTMLInputElement.labels
 *   2. `label-for`     – <label for="id">
 *   3. `ancestor-label`– an enclosing <label>
 *   4. `form-item`     – the Fusion Next Form.Item label (.next-form-item-label of the enclosing .next-form-item)
 *   5. `aria-label`    – aria-label / aria-labelledby
 *   6. `nearby`        – the table column header of its cell, else the closest preceding text
 * Each text found is matched against the keyword tables; the first strategy whose text names a field
 * that may take this kind of control wins. Radio / checkbox groups skip 1–3 (those name an option).
 */
import {
  ACTIVATION_MIN,
  type ControlKind,
  FIELD_SPECS,
  type FieldSpec,
  type FormFieldKey,
  normalizeLabel,
  ORDER_TYPE_HEADINGS,
  SELECTORS,
} from './fields.ts';

export type Strategy =
  | 'labels'
  | 'label-for'
  | 'ancestor-label'
  | 'form-item'
  | 'aria-label'
  | 'nearby'
  | 'heading'
  | 'remembered';

export interface Control {
  key: FormFieldKey;
  kind: ControlKind;
  /** The element holding the value (input, select root, group, or text container). */
  el: Element;
  via: Strategy;
  /** The label text that matched (as on the page). */
  label: string;
  /** 0-based product line for repeating fields. */
  line?: number;
}

export interface Recognition {
  /** Found controls per field, in document order. */
  fields: Map<FormFieldKey, Control[]>;
  /** Expected fields that were not found (the panel says so quietly). */
  missing: FormFieldKey[];
  /** Enough marker fields were found: this is the draft form. */
  active: boolean;
  /** Page language guessed from the labels that matched (zh when any matched label is Chinese). */
  labelLang: 'zh' | 'en' | null;
  /** order_type read from headings when no control holds it. */
  headingOrderType?: string;
  /** Controls found so far on this page: pass to the next recognize() so a found field stays found. */
  known: KnownControls;
}

/**
 * What each control was recognised as, kept while the element lives: a control whose label text changes
 * (a picker losing its placeholder once a value is chosen) is still the same field.
 */
export type KnownControls = WeakMap<Element, { key: FormFieldKey; label: string }>;

const q = (list: readonly string[]) => list.join(',');
/** "订单总价: USD 2,500.00": a short label, a colon, a value. */
const COLON_LABEL = /^([^:：]{1,12})[:：]\s*\S/;
const HAN = /[\u4e00-\u9fff]/;

/** Keyword index: [normalised keyword, spec, only for this control kind], longest first. */
const KEYWORDS: [string, FieldSpec, ControlKind | undefined][] = FIELD_SPECS.flatMap((spec) => [
  ...[...spec.labels.zh, ...spec.labels.en].map(
    (k) => [normalizeLabel(k), spec, undefined] as [string, FieldSpec, undefined],
  ),
  ...[...(spec.pickerLabels?.zh ?? []), ...(spec.pickerLabels?.en ?? [])].map(
    (k) => [normalizeLabel(k), spec, 'select'] as [string, FieldSpec, ControlKind],
  ),
]).sort((a, b) => b[0].length - a[0].length);

/**
 * The specs a label text names, best first: a keyword for this very kind of control, then an exact match,
 * then the longest contained keyword.
 */
export function specsForLabel(text: string, kind?: ControlKind): FieldSpec[] {
  const norm = normalizeLabel(text);
  if (!norm) return [];
  const out: FieldSpec[] = [];
  const usable = KEYWORDS.filter(([k, , only]) => k && (only === undefined || only === kind));
  for (const [k, spec, only] of usable) if (only && norm.includes(k) && !out.includes(spec)) out.push(spec);
  for (const [k, spec] of usable) if (k === norm && !out.includes(spec)) out.push(spec);
  for (const [k, spec] of usable) if (norm.includes(k) && !out.includes(spec)) out.push(spec);
  return out.filter((spec) => !spec.exclude?.some((w) => norm.includes(normalizeLabel(w))));
}

/** Match display text against a value table (contains, longest key first). */
export function mapValue(
  text: string,
  values: Readonly<Record<string, string>> | undefined,
): string | undefined {
  if (!values) return undefined;
  const norm = normalizeLabel(text);
  if (!norm) return undefined;
  let best: [string, string] | undefined;
  for (const [k, v] of Object.entries(values)) {
    const nk = normalizeLabel(k);
    if (nk && norm.includes(nk) && (!best || nk.length > best[0].length)) best = [nk, v];
  }
  return best?.[1];
}

function closestAny(el: Element, sels: readonly string[]): Element | null {
  for (const s of sels) {
    const found = el.closest(s);
    if (found) return found;
  }
  return null;
}

/** Text of an element without the text of controls / option lists inside it. */
export function ownText(el: Element): string {
  let out = '';
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      out += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const e = node as Element;
    const tag = e.tagName;
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'SELECT' || tag === 'TEXTAREA' || tag === 'OPTION')
      return;
    if (e.hasAttribute('data-ta-toolkit')) return;
    for (const c of Array.from(e.childNodes)) walk(c);
    if (tag === 'DIV' || tag === 'P' || tag === 'LI' || tag === 'TD' || tag === 'TH') out += ' ';
  };
  walk(el);
  return out.replace(/\s+/g, ' ').trim();
}

/**
 * The name of one radio / checkbox option as its own label shows it, without help text nested in the
 * label ("Self-export" of "Self-export · You declare customs…").
 */
export function optionLabel(input: HTMLInputElement): string {
  const wrapper = closestAny(input, SELECTORS.optionWrappers);
  if (!wrapper) return input.value;
  const label = wrapper.querySelector('.next-radio-label, .next-checkbox-label') ?? wrapper;
  const parts = Array.from(label.children).filter((c) => ownText(c) !== '');
  const looseText = Array.from(label.childNodes).some((n) => n.nodeType === 3 && n.nodeValue?.trim());
  const help = q(SELECTORS.optionHelp);
  const named = parts.filter((c) => !c.matches(help));
  // several labelled parts and no loose text: the first part is the name, the rest explain it
  if (!looseText && named.length > 0 && parts.length >= 2) return ownText(named[0] as Element);
  let text = ownText(label);
  for (const h of Array.from(label.querySelectorAll(help))) text = text.replace(ownText(h), ' ');
  return text.replace(/\s+/g, ' ').trim();
}

interface Candidate {
  el: Element;
  kind: ControlKind;
}

function isIgnored(el: Element): boolean {
  return el.closest('[data-ta-toolkit]') !== null || el.closest('[aria-hidden="true"]') !== null;
}

/** All candidate controls in document order. */
function candidates(root: ParentNode): Candidate[] {
  const out: Candidate[] = [];
  const selectRoots = Array.from(root.querySelectorAll(q(SELECTORS.selects))).filter(
    // a Fusion Select contains a combobox input; keep the outermost select widget only
    (el, _i, all) => !all.some((o) => o !== el && o.contains(el)),
  );
  const inSelect = (el: Element) => selectRoots.some((s) => s !== el && s.contains(el));
  for (const el of selectRoots) if (!isIgnored(el)) out.push({ el, kind: 'select' });
  for (const el of Array.from(root.querySelectorAll(q(SELECTORS.inputs)))) {
    if (isIgnored(el) || inSelect(el)) continue;
    if ((el as HTMLInputElement).readOnly && el.closest('.next-date-picker, .next-date-picker2') === null) {
      // read-only inputs that are not date pickers show computed values: treat as display text
      out.push({ el, kind: 'display' });
      continue;
    }
    out.push({ el, kind: 'input' });
  }
  // radio / checkbox groups: explicit group containers, else grouped by name, else by form item
  const groupOf = (input: HTMLInputElement): Element => {
    const explicit = closestAny(
      input,
      input.type === 'radio' ? SELECTORS.radioGroups : SELECTORS.checkboxGroups,
    );
    if (explicit) return explicit;
    const control = closestAny(input, SELECTORS.formItemControl);
    if (control) return control;
    const fieldset = input.closest('fieldset');
    if (fieldset) return fieldset;
    return input.parentElement?.parentElement ?? input;
  };
  const seen = new Set<Element>();
  for (const input of Array.from(
    root.querySelectorAll<HTMLInputElement>('input[type=radio], input[type=checkbox]'),
  )) {
    if (isIgnored(input)) continue;
    const g = groupOf(input);
    if (seen.has(g)) continue;
    seen.add(g);
    out.push({ el: g, kind: input.type === 'radio' ? 'radio' : 'checkboxes' });
  }
  // form items whose control area has no control: values shown as text (order total, balance)
  for (const item of Array.from(root.querySelectorAll(q(SELECTORS.formItem)))) {
    if (isIgnored(item)) continue;
    const control = item.querySelector(q(SELECTORS.formItemControl));
    if (!control || control.closest(q(SELECTORS.formItem)) !== item) continue;
    if (out.some((c) => control.contains(c.el) || c.el.contains(control))) continue;
    if (ownText(control)) out.push({ el: control, kind: 'display' });
  }
  // a table row without controls is a listing (order list), not a product line being drafted
  const inListing = (el: Element) => {
    const row = el.closest('tr');
    return row !== null && row.querySelector('input, select, textarea') === null;
  };
  // table cells without controls in a product line: computed line totals (小计)
  for (const cell of Array.from(root.querySelectorAll('td'))) {
    if (isIgnored(cell) || inListing(cell) || cell.querySelector('input, select, textarea, button')) continue;
    if (out.some((c) => c.el.contains(cell) || cell.contains(c.el))) continue;
    if (ownText(cell)) out.push({ el: cell, kind: 'display' });
  }
  // amounts shown as text next to a label ("订单总价:" in one element, "USD 1,200.00" in the next)
  for (const el of Array.from(root.querySelectorAll('span, p, div, strong, em, b, dd'))) {
    if (isIgnored(el) || el.children.length > 0 || inListing(el)) continue;
    if (!SELECTORS.amountText.test(ownText(el))) continue;
    if (out.some((c) => c.el.contains(el) || el.contains(c.el))) continue;
    out.push({ el, kind: 'display' });
  }
  // plain "label: value" lines (000 step 3 "产品价格：USD 2,500.00"); the innermost element wins
  const colon: Element[] = [];
  for (const el of Array.from(root.querySelectorAll('div, p, span, li, dd'))) {
    if (isIgnored(el) || el.children.length > 2) continue;
    if (out.some((c) => c.el.contains(el) || el.contains(c.el))) continue;
    const text = ownText(el);
    if (text.length > 60 || !COLON_LABEL.test(text)) continue;
    colon.push(el);
  }
  for (const el of colon)
    if (!colon.some((o) => o !== el && el.contains(o))) out.push({ el, kind: 'display' });
  out.sort((a, b) => (a.el.compareDocumentPosition(b.el) & 4 ? -1 : 1));
  return out;
}

function labelTextOfLabel(label: Element, control: Element): string {
  // text of the label element minus the control's own text
  let text = ownText(label);
  const inner = control !== label && label.contains(control) ? ownText(control) : '';
  if (inner) text = text.replace(inner, ' ');
  return text.trim();
}

/** Label texts for a control, in strategy order. */
export function labelTexts(el: Element, kind: ControlKind): { text: string; via: Strategy }[] {
  const out: { text: string; via: Strategy }[] = [];
  const doc = el.ownerDocument;
  const push = (text: string | null | undefined, via: Strategy) => {
    const t = (text ?? '').trim();
    if (t) out.push({ text: t, via });
  };
  const group = kind === 'radio' || kind === 'checkboxes';
  // the element that carries id / labels: a Select's inner input, or the control itself
  const focusable =
    kind === 'select' && el.tagName !== 'SELECT' ? (el.querySelector('input') ?? el) : (el as Element);
  if (!group && kind !== 'display') {
    const labels = (focusable as HTMLInputElement).labels;
    if (labels && labels.length > 0)
      for (const l of Array.from(labels)) push(labelTextOfLabel(l, el), 'labels');
    const ids = [focusable.id, el.id].filter(Boolean);
    for (const id of ids) {
      for (const l of Array.from(doc.querySelectorAll(`label[for="${cssEscape(id)}"]`)))
        push(labelTextOfLabel(l, el), 'label-for');
    }
    const anc = el.closest('label');
    if (anc) push(labelTextOfLabel(anc, el), 'ancestor-label');
  }
  if (kind === 'display') {
    // "订单总价: USD 2,500.00": the text before the colon labels the value (ahead of an enclosing form item)
    const m = COLON_LABEL.exec(ownText(el));
    if (m) push(m[1], 'nearby');
  }
  const item = closestAny(el, SELECTORS.formItem);
  if (item) {
    const label = Array.from(item.querySelectorAll(q(SELECTORS.formItemLabel))).find(
      (l) => closestAny(l, SELECTORS.formItem) === item,
    );
    if (label) push(ownText(label), 'form-item');
  }
  if (group) {
    // a <fieldset> around a group: its <legend> labels the group
    const legend = el.closest('fieldset')?.querySelector('legend');
    if (legend) push(ownText(legend), 'ancestor-label');
  }
  for (const target of focusable === el ? [el] : [focusable, el]) {
    push(target.getAttribute('aria-label'), 'aria-label');
    const by = target.getAttribute('aria-labelledby');
    if (by)
      push(
        by
          .split(/\s+/)
          .map((id) => doc.getElementById(id)?.textContent ?? '')
          .join(' '),
        'aria-label',
      );
  }
  push(columnHeader(el), 'nearby');
  push(precedingText(el), 'nearby');
  // a placeholder such as "请选择国家/地区" names the control when nothing else does
  push(focusable.getAttribute('placeholder'), 'nearby');
  return out;
}

function cssEscape(id: string): string {
  return typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(id) : id.replace(/["\\]/g, '\\$&');
}

function columnHeader(el: Element): string | null {
  const cell = el.closest('td, [role="cell"], [role="gridcell"]');
  if (!cell?.parentElement) return null;
  const index = Array.from(cell.parentElement.children).indexOf(cell);
  const table = cell.closest('.next-table, table, [role="table"], [role="grid"]');
  if (!table) return null;
  const headers = Array.from(table.querySelectorAll(q(SELECTORS.columnHeaders)));
  const h = headers[index];
  return h ? ownText(h) : null;
}

/** The closest non-empty text before the element, within five ancestor levels and its form item. */
function precedingText(el: Element): string | null {
  let node: Node | null = el;
  for (let depth = 0; depth < 5 && node; depth++) {
    let sib: Node | null = node.previousSibling;
    while (sib) {
      const text =
        sib.nodeType === 3
          ? (sib.nodeValue ?? '').trim()
          : sib.nodeType === 1 && !(sib as Element).matches('input,select,textarea,button')
            ? ownText(sib as Element)
            : '';
      if (text) return text;
      sib = sib.previousSibling;
    }
    node = node.parentNode;
    if (node && node.nodeType === 1 && closestAny(node as Element, SELECTORS.formItem) === node) break;
  }
  return null;
}

const SPEC_OF = new Map(FIELD_SPECS.map((s) => [s.key, s]));

/**
 * Recognise the draft form's fields under `root` (a document or an element). `known` is the previous
 * recognition's memory of this page: a control found before keeps its field.
 */
export function recognize(root: Document | Element, known: KnownControls = new WeakMap()): Recognition {
  const fields = new Map<FormFieldKey, Control[]>();
  let zhLabels = 0;
  let enLabels = 0;
  const taken = new Set<Element>();
  for (const cand of candidates(root)) {
    if (taken.has(cand.el)) continue;
    const before = known.get(cand.el);
    const remembered = before && SPEC_OF.get(before.key);
    const texts =
      before && remembered?.kinds.includes(cand.kind)
        ? [{ text: before.label, via: 'remembered' as Strategy, spec: remembered }]
        : labelTexts(cand.el, cand.kind);
    for (const { text, via, spec: given } of texts as { text: string; via: Strategy; spec?: FieldSpec }[]) {
      const spec = given ?? specsForLabel(text, cand.kind).find((s) => s.kinds.includes(cand.kind));
      if (!spec) continue;
      const list = fields.get(spec.key) ?? [];
      if (list.length > 0 && !spec.repeats) {
        // a second control for a single field: keep the first, unless this one is an input and the
        // first was only display text
        if (!(list[0]?.kind === 'display' && cand.kind !== 'display')) break;
        list.length = 0;
      }
      list.push({ key: spec.key, kind: cand.kind, el: cand.el, via, label: text });
      fields.set(spec.key, list);
      taken.add(cand.el);
      if (HAN.test(text)) zhLabels++;
      else enLabels++;
      break;
    }
  }
  numberLines(fields);
  let headingOrderType: string | undefined;
  if (!fields.has('order_type')) {
    for (const sel of ORDER_TYPE_HEADINGS.selectors) {
      for (const h of Array.from((root.ownerDocument ?? (root as Document)).querySelectorAll(sel))) {
        const v = mapValue(h.textContent ?? '', ORDER_TYPE_HEADINGS.values);
        if (v) {
          headingOrderType = v;
          break;
        }
      }
      if (headingOrderType) break;
    }
  }
  const markers = FIELD_SPECS.filter((s) => s.marker && fields.has(s.key)).length;
  const active = markers >= ACTIVATION_MIN;
  const missing = FIELD_SPECS.filter(
    (s) => s.expected && !fields.has(s.key) && !(s.key === 'order_type' && headingOrderType),
  ).map((s) => s.key);
  for (const list of fields.values()) for (const c of list) known.set(c.el, { key: c.key, label: c.label });
  const result: Recognition = {
    fields,
    known,
    missing,
    active,
    labelLang: zhLabels + enLabels === 0 ? null : zhLabels >= enLabels ? 'zh' : 'en',
  };
  if (headingOrderType) result.headingOrderType = headingOrderType;
  return result;
}

/**
 * Give repeating fields (product lines) a line number: the index of their table row among the rows that
 * hold product controls. A repeating field outside any row (the summary "产品总价") gets no line.
 * Without any table, the n-th occurrence is line n.
 */
function numberLines(fields: Map<FormFieldKey, Control[]>): void {
  const repeating = FIELD_SPECS.filter((s) => s.repeats).flatMap((s) => fields.get(s.key) ?? []);
  const rowOf = (c: Control) => closestAny(c.el, SELECTORS.row);
  const rows = [...new Set(repeating.map(rowOf).filter((r): r is Element => r !== null))].sort((a, b) =>
    a.compareDocumentPosition(b) & 4 ? -1 : 1,
  );
  for (const spec of FIELD_SPECS) {
    if (!spec.repeats) continue;
    const list = fields.get(spec.key);
    if (!list) continue;
    list.forEach((c, i) => {
      if (rows.length === 0) c.line = i;
      else {
        const r = rowOf(c);
        if (r) c.line = rows.indexOf(r);
      }
    });
  }
}
