/**
 * The in-page view: hints beside fields, a badge with counts, and the panel (findings, fees, fills,
 * fields not found). Rendered into an OPEN shadow root of an element carrying `data-ta-toolkit`, which
 * is absolutely positioned at the document origin with zero size, so the host page's layout never moves.
 * Every rendered finding is an element with `data-rule="<rule id>"`. Plain DOM through ./dom.ts (no
 * Preact in the content script: see there).
 */
import type { Fee, Lang, Severity } from '@ta-toolkit/core/types';
import type { PlacedFinding } from '../checker.ts';
import type { FormFieldKey } from '../fields.ts';
import { h, type VNode } from './dom.ts';
import { FIELD_NAMES, t } from './strings.ts';

export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

export interface Anchor {
  id: string;
  box: Box;
  findings: PlacedFinding[];
}

export interface FillButton {
  id: string;
  label: string;
  /** Rules whose hint shows this button inline. */
  rules: readonly string[];
}

export interface FeeRow {
  label: string;
  value: string;
  note?: string;
  /**
   * Stable hooks (tests, tools): the row is rendered with data-fee="<kind>" (payment / service /
   * withdrawal / net), data-method for a payment row, and the amount core computed as data-currency,
   * data-low, data-high (integer minor units) and data-approximate (present when approximate), absent
   * when core gave no amount.
   */
  kind?: 'payment' | 'service' | 'withdrawal' | 'net';
  method?: string;
  amount?: Fee | null;
}

export interface OverlayModel {
  lang: Lang;
  findings: PlacedFinding[];
  anchors: Anchor[];
  missing: FormFieldKey[];
  fills: FillButton[];
  fees: FeeRow[];
  withdraw: { currency: string; to: string; rows: FeeRow[] };
  open: boolean;
  flash: Box | null;
  message: string | null;
  /** Document width, to keep hints inside the page. */
  docWidth: number;
}

export interface OverlayActions {
  toggle(): void;
  focusFinding(f: PlacedFinding): void;
  fill(id: string): void;
  setWithdraw(currency: string, to: string): void;
}

const SEV_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const SEV_ICON: Record<Severity, string> = { error: '✕', warning: '!', info: 'i' };

export function sortFindings(list: PlacedFinding[]): PlacedFinding[] {
  return [...list].sort((a, b) => SEV_ORDER[a.severity] - SEV_ORDER[b.severity]);
}

function HintBox(anchor: Anchor, model: OverlayModel, actions: OverlayActions): VNode {
  const { box } = anchor;
  const width = 280;
  const right = box.left + box.width + 8;
  const fitsRight = right + width <= model.docWidth;
  const style = fitsRight
    ? { top: `${box.top}px`, left: `${right}px`, maxWidth: `${width}px` }
    : {
        top: `${box.top + box.height + 4}px`,
        left: `${Math.max(0, Math.min(box.left, model.docWidth - width))}px`,
        maxWidth: `${width}px`,
      };
  return h(
    'div',
    { class: 'anchor', style },
    sortFindings(anchor.findings).map((f) =>
      h(
        'div',
        { class: `hint sev-${f.severity}`, 'data-rule': f.rule, 'data-field': f.field, title: f.rule },
        h('span', { class: 'icon', 'aria-hidden': 'true' }, SEV_ICON[f.severity]),
        h('span', { class: 'msg' }, f.message[model.lang]),
        model.fills.filter((b) => b.rules.includes(f.rule)).map((b) => FillBtn(b, actions)),
      ),
    ),
  );
}

function FillBtn(b: FillButton, actions: OverlayActions): VNode {
  return h(
    'button',
    { type: 'button', class: 'fill', 'data-fill': b.id, onClick: () => actions.fill(b.id) },
    b.label,
  );
}

function Badge(model: OverlayModel, actions: OverlayActions): VNode {
  const count = (s: Severity) => model.findings.filter((f) => f.severity === s).length;
  const errors = count('error');
  const warnings = count('warning');
  const infos = count('info');
  return h(
    'button',
    {
      type: 'button',
      class: `badge ${errors ? 'has-error' : warnings ? 'has-warning' : 'ok'}`,
      'data-ta-badge': '',
      'aria-expanded': String(model.open),
      title: t('open', model.lang),
      onClick: actions.toggle,
    },
    h('span', { class: 'brand' }, t('brand', model.lang)),
    h('span', { class: 'count sev-error', 'data-count': 'error' }, `✕ ${errors}`),
    h('span', { class: 'count sev-warning', 'data-count': 'warning' }, `! ${warnings}`),
    h('span', { class: 'count sev-info', 'data-count': 'info' }, `i ${infos}`),
  );
}

function FeeTable(rows: FeeRow[]): VNode {
  return h(
    'table',
    { class: 'fees' },
    h(
      'tbody',
      null,
      rows.map((r) =>
        h(
          'tr',
          {
            'data-fee': r.kind,
            'data-method': r.method,
            'data-currency': r.amount?.currency,
            'data-low': r.amount?.low,
            'data-high': r.amount?.high,
            'data-approximate': r.amount?.approximate,
          },
          h('th', null, r.label),
          h('td', null, r.value, r.note ? h('div', { class: 'sub' }, r.note) : null),
        ),
      ),
    ),
  );
}

function Panel(model: OverlayModel, actions: OverlayActions): VNode {
  const { lang } = model;
  const select = (value: string, options: [string, string][], onPick: (v: string) => void) =>
    h(
      'select',
      { value, onChange: (e: Event) => onPick((e.target as HTMLSelectElement).value) },
      options.map(([v, label]) => h('option', { value: v }, label)),
    );
  return h(
    'div',
    { class: 'panel', role: 'dialog', 'aria-label': t('brand', lang), 'data-ta-panel': '' },
    h(
      'div',
      { class: 'panel-head' },
      h('strong', null, t('findings', lang)),
      h(
        'button',
        { type: 'button', class: 'close', onClick: actions.toggle, 'aria-label': t('close', lang) },
        '×',
      ),
    ),
    model.findings.length === 0
      ? h('p', { class: 'ok-text' }, t('noFindings', lang))
      : h(
          'ul',
          { class: 'list' },
          sortFindings(model.findings).map((f) =>
            h(
              'li',
              null,
              h(
                'button',
                {
                  type: 'button',
                  class: `item sev-${f.severity}`,
                  'data-rule': f.rule,
                  'data-field': f.field,
                  onClick: () => actions.focusFinding(f),
                },
                h('span', { class: 'icon', 'aria-hidden': 'true' }, SEV_ICON[f.severity]),
                h(
                  'span',
                  { class: 'field' },
                  FIELD_NAMES[f.field]?.[lang] ?? f.field,
                  f.line !== undefined ? ` #${f.line + 1}` : '',
                ),
                h('span', { class: 'msg' }, f.message[lang]),
              ),
            ),
          ),
        ),
    model.message ? h('p', { class: 'note' }, model.message) : null,
    h(
      'div',
      { class: 'section' },
      h('strong', null, t('fees', lang)),
      FeeTable(model.fees),
      h(
        'div',
        { class: 'withdraw' },
        h(
          'label',
          null,
          t('withdrawCurrency', lang),
          ' ',
          select(
            model.withdraw.currency,
            [
              ['CNY', 'CNY'],
              ['USD', 'USD'],
            ],
            (v) => actions.setWithdraw(v, model.withdraw.to),
          ),
        ),
        ' ',
        h(
          'label',
          null,
          t('withdrawTo', lang),
          ' ',
          select(
            model.withdraw.to,
            [
              ['corporate', t('corporate', lang)],
              ['personal', t('personal', lang)],
            ],
            (v) => actions.setWithdraw(model.withdraw.currency, v),
          ),
        ),
      ),
      FeeTable(model.withdraw.rows),
    ),
    model.fills.length > 0
      ? h(
          'div',
          { class: 'section' },
          h('strong', null, t('quickFixes', lang)),
          h(
            'div',
            { class: 'fills' },
            model.fills.map((b) => FillBtn(b, actions)),
          ),
        )
      : null,
    model.missing.length > 0
      ? h(
          'p',
          { class: 'missing', 'data-ta-missing': model.missing.join(' ') },
          t('notFound', lang),
          ' ',
          model.missing.map((k) => FIELD_NAMES[k]?.[lang] ?? k).join(lang === 'zh' ? '、' : ', '),
        )
      : null,
    h('p', { class: 'foot' }, t('localOnly', lang)),
  );
}

/** The whole overlay for one paint (render it with `patch(mount, [Overlay(model, actions)])`). */
export function Overlay(model: OverlayModel, actions: OverlayActions): VNode {
  const { flash } = model;
  return h(
    'div',
    { class: 'root', lang: model.lang === 'zh' ? 'zh-CN' : 'en' },
    model.anchors.map((a) => HintBox(a, model, actions)),
    flash
      ? h('div', {
          class: 'flash',
          style: {
            top: `${flash.top - 3}px`,
            left: `${flash.left - 3}px`,
            width: `${flash.width + 6}px`,
            height: `${flash.height + 6}px`,
          },
        })
      : null,
    h('div', { class: 'dock' }, model.open ? Panel(model, actions) : null, Badge(model, actions)),
  );
}

export const OVERLAY_CSS = `
:host { all: initial; }
.root { font: 12px/1.45 -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", sans-serif; color: #1f2329; }
.anchor { position: absolute; z-index: 2147483646; width: max-content; display: flex; flex-direction: column; gap: 3px; pointer-events: none; }
.hint { pointer-events: auto; display: flex; flex-wrap: wrap; align-items: flex-start; gap: 4px 6px; padding: 3px 8px; border-radius: 4px;
  border: 1px solid; box-shadow: 0 1px 3px rgba(0,0,0,.12); background: #fff; }
.hint .msg { flex: 1 1 200px; }
.sev-error { border-color: #e8453c; background: #fff1f0; color: #a8071a; }
.sev-warning { border-color: #f5a623; background: #fffbe6; color: #874d00; }
.sev-info { border-color: #4a90e2; background: #f0f7ff; color: #0b4a8f; }
.icon { font-weight: 700; width: 12px; text-align: center; }
.fill { pointer-events: auto; font: inherit; cursor: pointer; border: 1px solid #4a90e2; background: #fff; color: #0b4a8f;
  border-radius: 3px; padding: 0 6px; white-space: nowrap; }
.fill:hover { background: #e6f0ff; }
.flash { position: absolute; border: 3px solid #ff6a00; border-radius: 5px; pointer-events: none; z-index: 2147483645;
  animation: ta-flash 1.4s ease-out forwards; }
@keyframes ta-flash { from { opacity: 1; } to { opacity: 0; } }
.dock { position: fixed; right: 16px; bottom: 16px; z-index: 2147483647; display: flex; flex-direction: column;
  align-items: flex-end; gap: 8px; }
.badge { font: inherit; cursor: pointer; display: flex; gap: 8px; align-items: center; padding: 6px 12px; border-radius: 18px;
  border: 1px solid #d0d3d6; background: #fff; box-shadow: 0 2px 8px rgba(0,0,0,.18); color: #1f2329; }
.badge .brand { font-weight: 600; }
.badge .count { border: none; background: none; padding: 0; }
.badge.has-error { border-color: #e8453c; }
.badge.has-warning { border-color: #f5a623; }
.badge.ok { border-color: #52c41a; }
.panel { width: 380px; max-height: 70vh; overflow: auto; background: #fff; border: 1px solid #d0d3d6; border-radius: 8px;
  box-shadow: 0 4px 16px rgba(0,0,0,.2); padding: 10px 12px; }
.panel-head { display: flex; justify-content: space-between; align-items: center; margin-bottom: 6px; }
.close { font: 16px/1 sans-serif; border: none; background: none; cursor: pointer; color: #666; }
.list { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 4px; }
.item { font: inherit; text-align: left; width: 100%; cursor: pointer; display: flex; gap: 6px; border: 1px solid;
  border-radius: 4px; padding: 4px 6px; }
.item .field { font-weight: 600; white-space: nowrap; }
.section { margin-top: 10px; border-top: 1px solid #eee; padding-top: 8px; }
.fees { width: 100%; border-collapse: collapse; margin-top: 4px; }
.fees th { text-align: left; font-weight: normal; color: #555; padding: 2px 6px 2px 0; vertical-align: top; }
.fees td { text-align: right; padding: 2px 0; font-variant-numeric: tabular-nums; }
.fees .sub { color: #888; font-size: 11px; }
.withdraw { margin-top: 6px; color: #555; }
.withdraw select { font: inherit; }
.fills { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 4px; }
.fills .fill { padding: 2px 8px; }
.missing, .note { color: #777; margin: 8px 0 0; }
.ok-text { color: #389e0d; margin: 4px 0; }
.foot { color: #999; font-size: 11px; margin: 8px 0 0; }
`;
