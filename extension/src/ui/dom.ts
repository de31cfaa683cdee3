/**
 * A very small stand-in for Preact, for the content script only (Preact costs ≈ 4.7 KB of its
 * ≈ 25 KB gzipped budget; the popup and options pages keep Preact). `h` describes elements, `patch`
 * makes a parent's children match, reusing the existing nodes position by position, so a repaint
 * (on every check, scroll and resize) keeps the same buttons and selects under the user's pointer and
 * focus instead of replacing them.
 *
 * Props: attribute names as in HTML (`class`, `data-rule`, `aria-label`…; null/undefined/false = absent),
 * `style` as an object of CSS properties (set through CSSOM, not a style attribute), `value` (a property
 * on selects, set after their options; an attribute elsewhere), and the two handlers the overlay uses, `onClick` and `onChange`.
 */

export type Child = VNode | string | number | null | undefined | false;
export type Props = Record<string, unknown> & {
  style?: Record<string, string>;
  value?: string;
  onClick?: (e: Event) => void;
  onChange?: (e: Event) => void;
};
export interface VNode {
  tag: string;
  props: Props;
  children: Child[];
}

const SPECIAL = new Set(['style', 'onClick', 'onChange']);
/** The CSS text last applied to an element (compared instead of reading back normalised cssText). */
const appliedCss = new WeakMap<Element, string>();

export function h(tag: string, props?: Props | null, ...children: (Child | Child[])[]): VNode {
  return { tag, props: props ?? {}, children: children.flat() };
}

function update(el: HTMLElement, props: Props): void {
  for (const a of Array.from(el.attributes)) if (props[a.name] == null) el.removeAttribute(a.name);
  for (const [name, v] of Object.entries(props)) {
    if (SPECIAL.has(name) || (name === 'value' && el.localName === 'select')) continue;
    if (v == null || v === false) el.removeAttribute(name);
    else if (el.getAttribute(name) !== String(v)) el.setAttribute(name, String(v));
  }
  const css = Object.entries(props.style ?? {})
    .map(([k, v]) => `${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}:${v}`)
    .join(';');
  if ((appliedCss.get(el) ?? '') !== css) {
    el.style.cssText = css;
    appliedCss.set(el, css);
  }
  el.onclick = props.onClick ?? null;
  el.onchange = props.onChange ?? null;
}

/** Make the children of `parent` match `children`. */
export function patch(parent: Node, children: Child[]): void {
  const doc = parent.ownerDocument ?? (parent as Document);
  const wanted = children.filter((c): c is VNode | string | number => c != null && c !== false);
  wanted.forEach((c, i) => {
    const cur = parent.childNodes[i] ?? null;
    let node: Node;
    if (typeof c === 'object') {
      const same = cur?.nodeType === 1 && (cur as Element).localName === c.tag;
      const el = same ? (cur as HTMLElement) : doc.createElement(c.tag);
      update(el, c.props);
      patch(el, c.children);
      if (
        c.tag === 'select' &&
        c.props.value !== undefined &&
        (el as HTMLSelectElement).value !== c.props.value
      )
        (el as HTMLSelectElement).value = c.props.value;
      node = el;
    } else {
      const text = String(c);
      if (cur?.nodeType === 3) {
        if (cur.nodeValue !== text) cur.nodeValue = text;
        node = cur;
      } else node = doc.createTextNode(text);
    }
    if (node !== cur) {
      if (cur) parent.replaceChild(node, cur);
      else parent.appendChild(node);
    }
  });
  while (parent.childNodes.length > wanted.length) parent.lastChild?.remove();
}
