// @vitest-environment happy-dom
/**
 * The content script's tiny renderer (src/ui/dom.ts): a repaint reuses the nodes in place (the button
 * under the pointer stays the same element), drops what is gone, and keeps attributes, styles,
 * handlers and a select's value in step with the description.
 */
import { describe, expect, it, vi } from 'vitest';
import { h, patch } from '../src/ui/dom.ts';

describe('patch', () => {
  it('builds the described elements, text and attributes', () => {
    const root = document.createElement('div');
    patch(root, [
      h(
        'p',
        { class: 'a', 'data-rule': 'x/y', 'aria-hidden': 'true', hidden: false },
        'one ',
        2,
        null,
        false,
      ),
    ]);
    expect(root.innerHTML).toBe('<p class="a" data-rule="x/y" aria-hidden="true">one 2</p>');
  });

  it('reuses nodes on repaint, updating text, attributes, style and handlers', () => {
    const root = document.createElement('div');
    const first = vi.fn();
    const second = vi.fn();
    patch(root, [
      h('button', { class: 'fill', 'data-fill': 'a', onClick: first, style: { top: '1px' } }, 'A'),
    ]);
    const btn = root.firstChild as HTMLButtonElement;
    patch(root, [h('button', { class: 'fill', onClick: second, style: { maxWidth: '2px' } }, 'B')]);
    expect(root.firstChild).toBe(btn);
    expect(btn.getAttribute('data-fill')).toBeNull();
    expect(btn.textContent).toBe('B');
    expect(btn.style.top).toBe('');
    expect(btn.style.maxWidth).toBe('2px');
    btn.click();
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledOnce();
    patch(root, [h('button', { class: 'fill' }, 'B')]);
    btn.click();
    expect(second).toHaveBeenCalledOnce();
  });

  it('replaces nodes of another kind and removes the ones no longer described', () => {
    const root = document.createElement('div');
    patch(root, [h('div', null, 'a'), h('div', null, 'b'), 'c']);
    const kept = root.firstChild;
    patch(root, [h('div', null, 'a'), h('span', null, 'b')]);
    expect(root.firstChild).toBe(kept);
    expect(root.innerHTML).toBe('<div>a</div><span>b</span>');
    patch(root, []);
    expect(root.childNodes.length).toBe(0);
  });

  it("sets a select's value after its options (option values stay attributes)", () => {
    const root = document.createElement('div');
    const options = [h('option', { value: 'CNY' }, 'CNY'), h('option', { value: 'USD' }, 'USD')];
    patch(root, [h('select', { value: 'USD' }, options)]);
    const sel = root.querySelector('select') as HTMLSelectElement;
    expect(sel.value).toBe('USD');
    expect(sel.options[0]?.getAttribute('value')).toBe('CNY');
    patch(root, [h('select', { value: 'CNY' }, options)]);
    expect(root.querySelector('select')).toBe(sel);
    expect(sel.value).toBe('CNY');
  });
});
