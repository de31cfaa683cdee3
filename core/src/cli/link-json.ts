import type { JsonLink, JsonReading, LinkJson, OrderRef } from '../sheet/link-report.ts';
import type { Finding, LinkFinding, Message } from '../types.ts';

/**
 * `ta-check link --format json`, written out piece by piece: byte for byte `JSON.stringify(json, null, 2)`
 * and a line end (the contract's bytes), without the one string of tens of megabytes that a large ledger's
 * report is, nor the generic pretty-printer's time. Each piece is rendered at its depth by the functions below;
 * the shapes are the contract's (docs/link-report.schema.json), fixed.
 */

/** Pieces are handed to `write` in chunks of about this many characters. */
const FLUSH_AT = 64 * 1024;

const str = JSON.stringify;
/** A number as JSON writes it (a non-finite one is null). */
const num = (n: number) => (Number.isFinite(n) ? String(n) : 'null');

/** `{…}` with its members (`"key": value`) one level in from `pad`, the indentation of its own line. */
function object(pad: string, members: readonly string[]): string {
  const inner = `${pad}  `;
  return `{\n${inner}${members.join(`,\n${inner}`)}\n${pad}}`;
}

/** `[…]` of the items rendered one level in from `pad`; `[]` when empty, as JSON.stringify writes it. */
function array<T>(pad: string, items: readonly T[], render: (item: T, pad: string) => string): string {
  if (items.length === 0) return '[]';
  const inner = `${pad}  `;
  return `[\n${inner}${items.map((item) => render(item, inner)).join(`,\n${inner}`)}\n${pad}]`;
}

const message = (m: Message, pad: string) => object(pad, [`"en": ${str(m.en)}`, `"zh": ${str(m.zh)}`]);

const orderRef = (r: OrderRef, pad: string) => object(pad, [`"row": ${num(r.row)}`, `"ref": ${str(r.ref)}`]);

/** A finding as its toJSON has it: rule, severity, field, message. */
const finding = (f: Finding | LinkFinding, pad: string) =>
  object(pad, [
    `"rule": ${str(f.rule)}`,
    `"severity": ${str(f.severity)}`,
    `"field": ${str(f.field)}`,
    `"message": ${message(f.message, `${pad}  `)}`,
  ]);

const link = (l: JsonLink, pad: string) =>
  object(pad, [
    `"order": ${orderRef(l.order, `${pad}  `)}`,
    `"part": ${str(l.part)}`,
    `"amount": ${str(l.amount)}`,
    `"currency": ${str(l.currency)}`,
  ]);

function reading(r: JsonReading, pad: string): string {
  const inner = `${pad}  `;
  return object(pad, [
    `"receipt": ${orderRef(r.receipt, inner)}`,
    `"links": ${array(inner, r.links, link)}`,
    `"shortfall": ${str(r.shortfall)}`,
    `"confidence": ${num(r.confidence)}`,
    `"reasons": ${array(inner, r.reasons, (reason, p) =>
      object(p, [`"code": ${str(reason.code)}`, `"message": ${message(reason.message, `${p}  `)}`]),
    )}`,
    `"findings": ${array(inner, r.findings, finding)}`,
  ]);
}

const unmatched = (u: LinkJson['unmatched'][number], pad: string) =>
  object(pad, [
    `"receipt": ${orderRef(u.receipt, `${pad}  `)}`,
    `"candidates": ${array(`${pad}  `, u.candidates, reading)}`,
    `"why": ${message(u.why, `${pad}  `)}`,
  ]);

const intended = (i: LinkJson['intended'][number], pad: string) =>
  object(pad, [
    `"receipt": ${orderRef(i.receipt, `${pad}  `)}`,
    `"links": ${array(`${pad}  `, i.links, link)}`,
    `"findings": ${array(`${pad}  `, i.findings, finding)}`,
  ]);

const order = (o: LinkJson['orders'][number], pad: string) =>
  object(pad, [
    `"row": ${num(o.row)}`,
    `"ref": ${str(o.ref)}`,
    `"findings": ${array(`${pad}  `, o.findings, finding)}`,
  ]);

/** Writes the report as `JSON.stringify(json, null, 2) + '\n'` would, in chunks, waiting on each write. */
export async function writeLinkJson(
  json: LinkJson,
  write: (text: string) => void | Promise<void>,
): Promise<void> {
  let out = '{';
  const flush = async () => {
    if (out.length < FLUSH_AT) return;
    await write(out);
    out = '';
  };
  async function section<T>(
    key: string,
    items: readonly T[],
    render: (item: T, pad: string) => string,
  ): Promise<void> {
    out += `\n  ${str(key)}: `;
    if (items.length === 0) out += '[]';
    for (let i = 0; i < items.length; i++) {
      out += `${i === 0 ? '[\n    ' : ',\n    '}${render(items[i] as T, '    ')}`;
      await flush();
    }
    if (items.length > 0) out += '\n  ]';
    out += ',';
  }
  await section('proposals', json.proposals, reading);
  await section('unmatched', json.unmatched, unmatched);
  await section('intended', json.intended, intended);
  await section('orders', json.orders, order);
  const s = json.summary;
  out += `\n  "summary": ${object('  ', [
    `"receipts": ${num(s.receipts)}`,
    `"proposed": ${num(s.proposed)}`,
    `"unmatched": ${num(s.unmatched)}`,
    `"errors": ${num(s.errors)}`,
    `"warnings": ${num(s.warnings)}`,
  ])}\n}\n`;
  await write(out);
}
