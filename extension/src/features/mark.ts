/**
 * The features' marks: each lives in an open shadow root of a host element the feature places next to
 * what it is about, so the page's styles do not reach it and the page's own markup is never changed.
 * Hosts carry data-ta-toolkit-mark="<key>" so a repeated run finds and updates them.
 */
import { type Child, patch } from '../ui/dom.ts';

export const MARK_ATTR = 'data-ta-toolkit-mark';
/** "Label: value" in each language (Chinese uses the full-width colon). */
export const COLON = { en: ': ', zh: '：' } as const;

const STYLE = `
:host { all: initial; display: inline-block; font: 12px/1.4 system-ui, "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif; }
.badge { display: inline-block; margin: 2px 4px 2px 0; padding: 1px 6px; border-radius: 9px; background: #e8f3ff; color: #0a4a8a; border: 1px solid #b6d6f5; }
.badge.soon { background: #fff4e0; color: #8a5300; border-color: #f2c98a; }
.badge.overdue { background: #ffecec; color: #b00020; border-color: #f1a3a3; font-weight: 600; }
.panel { border: 1px solid #b6d6f5; background: #f5faff; border-radius: 4px; padding: 6px 8px; color: #1d2b3a; max-width: 720px; }
.panel .title { font-weight: 600; margin-bottom: 2px; }
.row { margin: 2px 0; }
.finding { margin: 3px 0; padding: 2px 6px; border-left: 3px solid #999; }
.finding.error { border-color: #d32f2f; color: #b00020; background: #fff2f2; }
.finding.warning { border-color: #f0a000; color: #7a4f00; background: #fff8e6; }
.finding.info { border-color: #2f80d3; color: #174a7c; background: #f0f7ff; }
.note { color: #555; }
.differs { color: #b00020; font-weight: 600; }
`;

/** The host with `key` under `parent`, created at `where` of `anchor` when missing; its shadow root. */
export function markRoot(
  anchor: Element,
  key: string,
  where: 'after' | 'append' = 'after',
  block = false,
): ShadowRoot {
  const doc = anchor.ownerDocument;
  let host = doc.querySelector(`[${MARK_ATTR}="${CSS.escape(key)}"]`) as HTMLElement | null;
  if (!host) {
    host = doc.createElement('span');
    host.setAttribute(MARK_ATTR, key);
    if (block) host.style.cssText = 'display:block;margin:6px 0;grid-column:1/-1';
    host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = STYLE;
    host.shadowRoot?.append(style, doc.createElement('span'));
    if (where === 'append') anchor.append(host);
    else anchor.after(host);
  }
  return host.shadowRoot as ShadowRoot;
}

/** Paint `children` into the mark `key` beside `anchor`. */
export function paintMark(
  anchor: Element,
  key: string,
  children: Child[],
  where: 'after' | 'append' = 'after',
  block = false,
): void {
  const root = markRoot(anchor, key, where, block);
  const box = root.lastElementChild;
  if (box) patch(box, children);
}

/** Remove every mark whose key is not in `keep` (an order that left the list, a dialog that closed). */
export function removeMarksExcept(doc: Document, prefix: string, keep: Set<string>): void {
  for (const host of doc.querySelectorAll(`[${MARK_ATTR}^="${CSS.escape(prefix)}"]`)) {
    if (!keep.has(host.getAttribute(MARK_ATTR) ?? '')) host.remove();
  }
}

/** Is this node inside one of our marks (the runner ignores our own mutations)? */
export function isOwnMark(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return (
    !!el?.closest(`[${MARK_ATTR}]`) ||
    (node.getRootNode() as ShadowRoot).host?.hasAttribute?.(MARK_ATTR) === true
  );
}
