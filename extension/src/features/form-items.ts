/**
 * Reading a labelled form on a page whose markup is unknown (the fund-linking and withdrawal pages): find
 * the label by its text, climb to the item that holds a control, read what the control shows.
 */
import { innermost, textNodes, textOf } from './page-text.ts';

const CONTROL =
  'input:not([type=hidden]), select, textarea, [role=combobox], [role=radiogroup], .next-select';

export interface FormItem {
  label: Element;
  item: Element;
  /** The part of the item beside the label that holds the control or the shown value (marks go in it). */
  control: Element;
}

/** The form item whose label matches `label` (the label's own text, with * and : around it). */
export function findItem(doc: Document, label: RegExp): FormItem | null {
  const re = new RegExp(`^[*\\s]*(?:${label.source})[\\s:：]*$`, 'i');
  for (const el of innermost(doc.body, new RegExp(label.source, 'i'))) {
    if (!re.test(textOf(el))) continue;
    // the item: the nearest ancestor holding a control, or showing more than the label (a read-only row)
    const labelText = textOf(el);
    let item: Element | null = el;
    for (let i = 0; i < 5 && item; i++, item = item.parentElement) {
      if (item.querySelector(CONTROL) || textOf(item) !== labelText || i === 4) break;
    }
    if (!item) continue;
    const value = item.querySelector(CONTROL) ?? textNodes(item).find((t) => !el.contains(t))?.parentElement;
    let control = value ?? item;
    while (control.parentElement && control.parentElement !== item && !control.parentElement.contains(el))
      control = control.parentElement;
    return { label: el, item, control };
  }
  return null;
}

/** What the item's control shows: a typed value, the checked choice, or the chosen option's text. */
export function itemValue(found: FormItem): string {
  const { item, label } = found;
  const checked = item.querySelector('input[type=radio]:checked, input[type=checkbox]:checked');
  if (checked)
    return (
      textOf(checked.closest('label') ?? checked.parentElement ?? checked) ||
      (checked as HTMLInputElement).value
    );
  const select = item.querySelector('select');
  if (select) return select.selectedOptions[0]?.textContent?.trim() ?? '';
  const input = item.querySelector(
    'input:not([type=hidden]):not([type=radio]):not([type=checkbox]):not([role=combobox]), textarea',
  ) as HTMLInputElement | null;
  if (input && !item.querySelector('.next-select, [role=combobox]')) return input.value;
  // a custom select shows its choice as text beside the label (placeholder text is not a choice)
  const labelText = textOf(label);
  const placeholder = item.querySelector('[placeholder]')?.getAttribute('placeholder') ?? '';
  return textOf(item).replace(labelText, '').replace(placeholder, '').trim();
}
