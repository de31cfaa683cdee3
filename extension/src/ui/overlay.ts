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
import type { Box } from './place.ts';
import { FIELD_NAMES, t } from './strings.ts';

export type { Box } from './place.ts';

export interface Anchor {
  /** `<field>#<line>`: stable across paints (hint sizes are remembered by it). */
  id: string;
  /** The field's own box. */
  box: Box;
  findings: PlacedFinding[];
  /** Where the hint goes; null: no free spot, a marker at `marker` opens it on hover / focus. */
  spot: Box | null;
  marker: Box | null;
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
  /** Why the amount is a range or approximate (every range says why). */
  why?: string;
  /**
   * Stable hooks (tests, tools): the row is rendered with data-fee="<kind>" (payment / service /
   * withdrawal / net), data-method for a payment row, and the amount core computed as data-currency,
   * data-low, data-high (integer minor units) and data-approximate (present when approximate), absent
   * when core gave no amount.
   */
  kind?: 'payment' | 'service' | 'withdrawal' | 'net';
  method?: string;
  amount?: Fee | null;
  /** The value needs a setting: the row links to the options page. */
  needsSettings?: boolean;
}

export interface Counts {
  /** Problems in what the seller typed or chose. */
  error: number;
  warning: number;
  info: number;
  /** Required fields still empty: neutral, not errors. */
  todo: number;
}

export interface OverlayModel {
  lang: Lang;
  /** Problems in what is on the form (typed, chosen, computed), for the list and the badge. */
  problems: PlacedFinding[];
  /** Required-but-empty fields (neutral "to do"). */
  todo: PlacedFinding[];
  counts: Counts;
  anchors: Anchor[];
  missing: FormFieldKey[];
  fills: FillButton[];
  fees: FeeRow[];
  withdraw: { currency: string; to: string; rows: FeeRow[] };
  open: boolean;
  flash: Box | null;
  message: string | null;
  /** What the live region says (counts, in words). */
  live: string;
}

export interface OverlayActions {
  toggle(): void;
  focusFinding(f: PlacedFinding): void;
  fill(id: string): void;
  dismiss(f: PlacedFinding): void;
  openSettings(): void;
  setWithdraw(currency: string, to: string): void;
}

const SEV_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const SEV_ICON: Record<Severity, string> = { error: '✕', warning: '!', info: 'i' };

export function sortFindings(list: PlacedFinding[]): PlacedFinding[] {
  return [...list].sort((a, b) => SEV_ORDER[a.severity] - SEV_ORDER[b.severity]);
}

const px = (b: Box) => ({ top: `${b.top}px`, left: `${b.left}px` });

function worst(findings: PlacedFinding[]): Severity {
  return sortFindings(findings)[0]?.severity ?? 'info';
}

function HintList(anchor: Anchor, model: OverlayModel, actions: OverlayActions): VNode {
  const { lang } = model;
  return h(
    'div',
    { class: 'box', role: 'group', 'aria-label': t('brand', lang) },
    sortFindings(anchor.findings).map((f) =>
      h(
        'div',
        { class: `hint sev-${f.severity}`, 'data-rule': f.rule, 'data-field': f.field, title: f.rule },
        h('span', { class: 'icon', 'aria-hidden': 'true' }, SEV_ICON[f.severity]),
        h('span', { class: 'msg' }, f.message[lang]),
        model.fills.filter((b) => b.rules.includes(f.rule)).map((b) => FillBtn(b, actions)),
        f.rule === 'fx/rate-missing' ? SettingsLink(lang, actions) : null,
        h(
          'button',
          {
            type: 'button',
            class: 'dismiss',
            'data-dismiss': f.rule,
            'aria-label': t('dismiss', lang),
            title: t('dismiss', lang),
            onClick: () => actions.dismiss(f),
          },
          '×',
        ),
      ),
    ),
  );
}

/** Beside the field when there is room; else a marker on it that opens the hint on hover / focus. */
function HintAnchor(anchor: Anchor, model: OverlayModel, actions: OverlayActions): VNode {
  const sev = worst(anchor.findings);
  if (anchor.spot)
    return h(
      'div',
      { class: 'anchor', 'data-anchor': anchor.id, style: px(anchor.spot) },
      HintList(anchor, model, actions),
    );
  const marker = anchor.marker ?? anchor.box;
  return h(
    'div',
    { class: 'anchor has-marker', 'data-anchor': anchor.id, style: px(marker) },
    h(
      'button',
      {
        type: 'button',
        class: `marker sev-${sev}`,
        'data-marker': anchor.id,
        'aria-label': anchor.findings.map((f) => f.message[model.lang]).join(' '),
      },
      SEV_ICON[sev],
    ),
    h('div', { class: 'pop' }, HintList(anchor, model, actions)),
  );
}

function FillBtn(b: FillButton, actions: OverlayActions): VNode {
  return h(
    'button',
    { type: 'button', class: 'fill', 'data-fill': b.id, onClick: () => actions.fill(b.id) },
    b.label,
  );
}

function SettingsLink(lang: Lang, actions: OverlayActions): VNode {
  return h(
    'button',
    { type: 'button', class: 'fill link', 'data-open-settings': '', onClick: actions.openSettings },
    t('openSettings', lang),
  );
}

function Badge(model: OverlayModel, actions: OverlayActions): VNode {
  const { error, warning, info, todo } = model.counts;
  const { lang } = model;
  return h(
    'button',
    {
      type: 'button',
      class: `badge ${error ? 'has-error' : warning ? 'has-warning' : todo ? 'has-todo' : 'ok'}`,
      'data-ta-badge': '',
      'aria-expanded': String(model.open),
      'aria-label': `${t('open', lang)}: ${model.live}`,
      title: t('open', lang),
      onClick: actions.toggle,
    },
    h('span', { class: 'brand', 'aria-hidden': 'true' }, 'TA'),
    error ? h('span', { class: 'count sev-error', 'data-count': 'error' }, `✕ ${error}`) : null,
    warning ? h('span', { class: 'count sev-warning', 'data-count': 'warning' }, `! ${warning}`) : null,
    info ? h('span', { class: 'count sev-info', 'data-count': 'info' }, `i ${info}`) : null,
    todo ? h('span', { class: 'count todo', 'data-count': 'todo' }, `○ ${todo}`) : null,
  );
}

function FeeTable(rows: FeeRow[], lang: Lang, actions: OverlayActions): VNode {
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
          h(
            'td',
            null,
            r.value,
            r.why ? h('div', { class: 'sub why' }, r.why) : null,
            r.note ? h('div', { class: 'sub' }, r.note) : null,
            r.needsSettings ? SettingsLink(lang, actions) : null,
          ),
        ),
      ),
    ),
  );
}

function FindingList(list: PlacedFinding[], lang: Lang, actions: OverlayActions, todo: boolean): VNode {
  return h(
    'ul',
    { class: todo ? 'list todo-list' : 'list' },
    (todo ? list : sortFindings(list)).map((f) =>
      h(
        'li',
        null,
        h(
          'button',
          {
            type: 'button',
            class: `item ${todo ? 'todo' : `sev-${f.severity}`}`,
            'data-rule': f.rule,
            'data-field': f.field,
            onClick: () => actions.focusFinding(f),
          },
          h('span', { class: 'icon', 'aria-hidden': 'true' }, todo ? '○' : SEV_ICON[f.severity]),
          h(
            'span',
            { class: 'field' },
            FIELD_NAMES[f.field]?.[lang] ?? f.field,
            f.line !== undefined ? ` #${f.line + 1}` : '',
          ),
          h('span', { class: 'msg' }, todo ? t('todoItem', lang) : f.message[lang]),
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
    model.problems.length === 0
      ? h('p', { class: 'ok-text' }, t('noFindings', lang))
      : FindingList(model.problems, lang, actions, false),
    model.todo.length > 0
      ? h(
          'div',
          { class: 'section', 'data-ta-todo': '' },
          h('strong', null, t('todoTitle', lang)),
          FindingList(model.todo, lang, actions, true),
        )
      : null,
    model.message ? h('p', { class: 'note' }, model.message) : null,
    h(
      'div',
      { class: 'section' },
      h('strong', null, t('fees', lang)),
      FeeTable(model.fees, lang, actions),
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
      FeeTable(model.withdraw.rows, lang, actions),
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
    model.anchors.map((a) => HintAnchor(a, model, actions)),
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
    h('div', { class: 'sr', role: 'status', 'aria-live': 'polite', 'data-ta-live': '' }, model.live),
    h('div', { class: 'dock' }, model.open ? Panel(model, actions) : null, Badge(model, actions)),
  );
}

export const OVERLAY_CSS = `
:host { all: initial; }
.root { font: 12px/1.45 -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif; color: #1f2329; }
.anchor { position: absolute; z-index: 2147483646; pointer-events: none; }
.box { width: max-content; max-width: 280px; display: flex; flex-direction: column; gap: 3px; pointer-events: none; }
.hint { display: flex; flex-wrap: wrap; align-items: flex-start; gap: 4px 6px; padding: 3px 6px 3px 8px; border-radius: 4px;
  border: 1px solid; box-shadow: 0 1px 3px rgba(0,0,0,.12); background: #fff; }
.hint .msg { flex: 1 1 180px; }
.anchor button { pointer-events: auto; }
.sev-error { border-color: #e8453c; background: #fff1f0; color: #a8071a; }
.sev-warning { border-color: #f5a623; background: #fffbe6; color: #874d00; }
.sev-info { border-color: #4a90e2; background: #f0f7ff; color: #0b4a8f; }
.icon { font-weight: 700; width: 12px; text-align: center; }
.fill { font: inherit; cursor: pointer; border: 1px solid #4a90e2; background: #fff; color: #0b4a8f;
  border-radius: 3px; padding: 0 6px; white-space: nowrap; }
.fill:hover, .fill:focus-visible { background: #e6f0ff; }
.fill.link { border-style: dashed; }
.dismiss { font: 14px/1 sans-serif; cursor: pointer; border: none; background: none; color: inherit; opacity: .6; padding: 0 2px; }
.dismiss:hover, .dismiss:focus-visible { opacity: 1; }
.marker { width: 16px; height: 16px; border-radius: 50%; border: 1px solid; font: 700 10px/14px sans-serif; padding: 0;
  text-align: center; cursor: help; box-shadow: 0 1px 2px rgba(0,0,0,.2); }
.pop { position: absolute; top: 18px; left: 0; visibility: hidden; }
.has-marker:hover .pop, .has-marker:focus-within .pop { visibility: visible; }
.has-marker:hover .pop .box, .has-marker:focus-within .pop .box { pointer-events: auto; }
.flash { position: absolute; border: 3px solid #ff6a00; border-radius: 5px; pointer-events: none; z-index: 2147483645;
  animation: ta-flash 1.4s ease-out forwards; }
@keyframes ta-flash { from { opacity: 1; } to { opacity: 0; } }
.sr { position: fixed; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.dock { position: fixed; right: 8px; bottom: 8px; z-index: 2147483647; display: flex; flex-direction: column;
  align-items: flex-end; gap: 8px; }
.badge { font: inherit; cursor: pointer; display: flex; gap: 6px; align-items: center; padding: 2px 8px; border-radius: 14px;
  border: 1px solid #d0d3d6; background: #fff; box-shadow: 0 2px 8px rgba(0,0,0,.18); color: #1f2329; }
.badge .brand { font-weight: 600; }
.badge .count { border: none; background: none; padding: 0; }
.badge .todo { color: #555; }
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
.item.todo { border-color: #d0d3d6; background: #fafafa; color: #555; }
.item .field { font-weight: 600; white-space: nowrap; }
.section { margin-top: 10px; border-top: 1px solid #eee; padding-top: 8px; }
.fees { width: 100%; border-collapse: collapse; margin-top: 4px; }
.fees th { text-align: left; font-weight: normal; color: #555; padding: 2px 6px 2px 0; vertical-align: top; white-space: nowrap; }
.fees td { text-align: right; padding: 2px 0; font-variant-numeric: tabular-nums; }
.fees .sub { color: #888; font-size: 11px; }
.fees .fill { margin-top: 2px; }
.withdraw { margin-top: 6px; color: #555; }
.withdraw label { white-space: nowrap; }
.withdraw select { font: inherit; }
.fills { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 4px; }
.fills .fill { padding: 2px 8px; }
.missing, .note { color: #777; margin: 8px 0 0; }
.ok-text { color: #389e0d; margin: 4px 0; }
.foot { color: #999; font-size: 11px; margin: 8px 0 0; }
`;
