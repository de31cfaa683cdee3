/**
 * page/unreadable (rules.md §10): the draft page's own derived figure (order total, balance, a line total)
 * shows "--" because the page could not read a value the seller typed ("USD 2,500.00", "２５００．００").
 * The extension says so next to that field and leaves the value out of its own check, instead of
 * computing a total the page does not have.
 */
import { pageUnreadable as unreadableFinding } from '@ta-toolkit/core/rules/page/unreadable';
import type { OrderField } from '@ta-toolkit/core/types';
import type { PlacedFinding } from './checker.ts';
import type { FormFieldKey } from './fields.ts';
import { type LineInput, type PageOrder, rawText } from './read.ts';
import type { Control, Recognition } from './recognize.ts';
import { FIELD_NAMES } from './ui/strings.ts';

/** The figures the page derives, and the typed fields each is derived from. */
const DERIVED: readonly [FormFieldKey, readonly FormFieldKey[]][] = [
  ['product_total', ['unit_price', 'quantity']],
  ['order_total', ['unit_price', 'quantity', 'freight', 'insurance']],
  ['balance', ['unit_price', 'quantity', 'freight', 'insurance', 'advance']],
];

/** What the page's own amount fields take: digits, optional thousands commas, a decimal point. */
const PLAIN_NUMBER = /^(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d*)?$/;

function shownText(c: Control): string | null {
  const raw = rawText(c);
  return typeof raw === 'string' && /--/.test(raw) && !/\d/.test(raw) ? raw : null;
}

export interface Unreadable {
  findings: PlacedFinding[];
  /** The order without the values the page could not read. */
  order: PageOrder;
}

export function pageUnreadable(rec: Recognition, order: PageOrder): Unreadable {
  const findings: PlacedFinding[] = [];
  const drop: Control[] = [];
  for (const [figure, sources] of DERIVED) {
    const shown = (rec.fields.get(figure) ?? [])
      .filter((c) => c.kind === 'display')
      .map(shownText)
      .find((t) => t !== null);
    if (!shown) continue;
    for (const key of sources) {
      for (const c of rec.fields.get(key) ?? []) {
        const raw = rawText(c);
        if (c.kind !== 'input' || typeof raw !== 'string') continue;
        const text = raw.trim();
        if (text === '' || PLAIN_NUMBER.test(text) || drop.includes(c)) continue;
        const name = FIELD_NAMES[figure] ?? { en: 'total', zh: '合计' };
        const f = unreadableFinding(c.key as OrderField, { en: name.en.toLowerCase(), zh: name.zh }, shown);
        if (!f) continue;
        drop.push(c);
        const line = c.line !== undefined && rec.fields.get(key)?.length !== 1 ? c.line : undefined;
        findings.push(
          line === undefined
            ? f
            : {
                rule: f.rule,
                severity: f.severity,
                field: f.field,
                key: `${f.key}|${line}`,
                message: f.message,
                line,
              },
        );
      }
    }
  }
  if (drop.length === 0) return { findings, order };
  const input = { ...order.input };
  const lines: LineInput[] = order.lines.map((l) => ({ ...l }));
  for (const c of drop) {
    delete input[c.key as keyof typeof input];
    const line = lines.find((l) => l.line === c.line);
    if (line) delete line[c.key as 'unit_price' | 'quantity'];
  }
  return { findings, order: { ...order, input, lines } };
}
