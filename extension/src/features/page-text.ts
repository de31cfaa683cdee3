/** Reading what a page shows, whatever its markup: texts and the elements that hold them. */
import { MARK_ATTR } from './mark.ts';

/** The element's visible-ish text with our own marks left out, whitespace collapsed. */
export function textOf(el: Element): string {
  let out = '';
  const walk = (n: Node) => {
    if (n.nodeType === 3) out += n.nodeValue ?? '';
    else if (n.nodeType === 1) {
      const e = n as Element;
      if (e.hasAttribute(MARK_ATTR) || e.localName === 'script' || e.localName === 'style') return;
      for (const c of Array.from(n.childNodes)) walk(c);
      if (/^(div|p|li|tr|td|th|dd|dt|section|h\d|label|button)$/.test(e.localName)) out += ' ';
    }
  };
  walk(el);
  return out.replace(/\s+/g, ' ').trim();
}

/** The innermost elements under `root` whose text matches `re` (none of their children matches too). */
export function innermost(root: Element, re: RegExp): Element[] {
  const out: Element[] = [];
  const visit = (el: Element): boolean => {
    if (el.hasAttribute(MARK_ATTR) || !re.test(el.textContent ?? '')) return false;
    let child = false;
    for (const c of Array.from(el.children)) if (visit(c)) child = true;
    if (!child) out.push(el);
    return true;
  };
  visit(root);
  return out;
}
