import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parseSettings } from '../../src/settings.ts';
import { checkRows, reportToJson } from '../../src/sheet/check-rows.ts';
import { parseCsv } from '../../src/sheet/read-file.ts';
import { ORDER_FIELDS } from '../../src/types.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const schema = JSON.parse(readFileSync(join(ROOT, 'docs', 'report.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
const settings = parseSettings(
  JSON.parse(readFileSync(join(ROOT, 'examples', 'settings.json'), 'utf8')),
).settings;

function exampleReport(name: string): unknown {
  const grid = parseCsv(readFileSync(join(ROOT, 'examples', name), 'utf8'));
  return JSON.parse(reportToJson(checkRows(grid, settings, '2026-11-20')));
}

describe('docs/report.schema.json', () => {
  it.each(['orders.csv', 'orders-zh.csv'])('validates the real report of examples/%s', (name) => {
    const report = exampleReport(name);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
  });

  it('rejects what the contract forbids: a float for money, an unknown key, a missing fee', () => {
    const report = exampleReport('orders.csv') as { rows: { fees: Record<string, unknown> }[] };
    const first = report.rows[0];
    if (!first) throw new Error('no rows');
    const withFloat = structuredClone(report);
    (withFloat.rows[0]?.fees.service as { low: unknown }).low = 25;
    expect(validate(withFloat)).toBe(false);
    const withExtra = structuredClone(report) as Record<string, unknown>;
    withExtra.total = 1;
    expect(validate(withExtra)).toBe(false);
    const withoutFee = structuredClone(report);
    delete withoutFee.rows[0]?.fees.withdrawal;
    expect(validate(withoutFee)).toBe(false);
  });

  it("names every order field, and only those, as a finding's field", () => {
    expect(schema.$defs.finding.properties.field.enum).toEqual([...ORDER_FIELDS, 'settings']);
  });
});
