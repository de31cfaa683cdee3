/** Reading what a page shows, whatever its markup: texts and the elements that hold them. */
import { MARK_ATTR } from './mark.ts';

/** Elements whose text is not shown. */
const SKIP = /^(script|style|template|noscript)$/;

/** The text nodes under `root` in document order, leaving out our own marks and unshown elements. */
export function textNodes(root: Element): Text[] {
  const out: Text[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === 3) {
      if ((n.nodeValue ?? '').trim() !== '') out.push(n as Text);
    } else if (n.nodeType === 1) {
      const e = n as Element;
      if (e.hasAttribute(MARK_ATTR) || SKIP.test(e.localName)) return;
      for (const c of Array.from(n.childNodes)) walk(c);
    }
  };
  walk(root);
  return out;
}

/**
 * The element's text, one space between text nodes (textContent would glue "31189390501026701" and
 * "2021-05-19" of two elements into one number), whitespace collapsed.
 */
export function textOf(el: Element): string {
  return textNodes(el)
    .map((t) => t.nodeValue)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The innermost elements under `root` whose text matches `re` (none of their children matches too). */
export function innermost(root: Element, re: RegExp): Element[] {
  const out: Element[] = [];
  const visit = (el: Element): boolean => {
    if (el.hasAttribute(MARK_ATTR) || SKIP.test(el.localName) || !re.test(textOf(el))) return false;
    let child = false;
    for (const c of Array.from(el.children)) if (visit(c)) child = true;
    if (!child) out.push(el);
    return true;
  };
  visit(root);
  return out;
}
