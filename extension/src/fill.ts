/**
 * One-click fills. Only ever called from a click on the extension's own UI, never automatically.
 * Works on React-controlled inputs (native value setter + bubbling input/change events, so React's
 * value tracker sees a change) and on Fusion Next selects (open the dropdown, click the option).
 */
import { normalizeLabel, SELECTORS } from './fields.ts';

/** Set an input's value the way a user typing would, so React / Fusion state follows. */
export function setInputValue(el: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  const proto = el.tagName === 'TEXTAREA' ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  el.focus();
  if (setter) setter.call(el, value);
  else el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
  el.dispatchEvent(new FocusEvent('blur', { bubbles: false }));
  el.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
}

function fire(el: Element, type: string): void {
  const init = { bubbles: true, cancelable: true, view: el.ownerDocument.defaultView } as MouseEventInit;
  el.dispatchEvent(type.startsWith('pointer') ? new PointerEvent(type, init) : new MouseEvent(type, init));
}

function click(el: Element): void {
  for (const t of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) fire(el, t);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Pick an option of a native or Fusion select by its text. Resolves true when the option was clicked. */
export async function chooseOption(select: Element, optionText: string): Promise<boolean> {
  const want = normalizeLabel(optionText);
  if (select.tagName === 'SELECT') {
    const s = select as HTMLSelectElement;
    const i = Array.from(s.options).findIndex(
      (o) => normalizeLabel(o.textContent ?? '') === want || normalizeLabel(o.value) === want,
    );
    if (i < 0) return false;
    const setter = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')?.set;
    const v = s.options[i]?.value ?? '';
    if (setter) setter.call(s, v);
    else s.value = v;
    s.dispatchEvent(new Event('input', { bubbles: true }));
    s.dispatchEvent(new Event('change', { bubbles: true }));
    return true;
  }
  const trigger = SELECTORS.selectTrigger.map((sel) => select.querySelector(sel)).find(Boolean) ?? select;
  const doc = select.ownerDocument;
  const findOption = () => {
    for (const sel of SELECTORS.selectOptions) {
      const opts = Array.from(doc.querySelectorAll(sel)).filter(
        (o) => (o as HTMLElement).offsetParent !== null,
      );
      const hit =
        opts.find((o) => normalizeLabel(o.getAttribute('title') ?? o.textContent ?? '') === want) ??
        opts.find((o) => normalizeLabel(o.textContent ?? '').startsWith(want));
      if (hit) return hit;
    }
    return undefined;
  };
  click(trigger);
  for (let i = 0; i < 20; i++) {
    const opt = findOption();
    if (opt) {
      click(opt);
      return true;
    }
    await sleep(50);
  }
  // close the dropdown again if no such option exists
  click(trigger);
  return false;
}

/** Set a days / text value on whichever control holds it. */
export async function setControlValue(el: Element, value: string): Promise<boolean> {
  if (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA') {
    setInputValue(el as HTMLInputElement, value);
    return true;
  }
  return chooseOption(el, value);
}
