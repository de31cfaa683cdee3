import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cell } from '../src/cells.ts';
import { checkOrder } from '../src/check/check-order.ts';
import { checkRows } from '../src/sheet/check-rows.ts';
import { ORDER_FIELDS, type OrderInput, type RawValue } from '../src/types.ts';
import { SETTINGS, TODAY, VALID_DPO, VALID_ORDER } from './rules/base-order.ts';

const anyCell: fc.Arbitrary<RawValue> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom('', ' ', '30%', '１２３', 'USD -1', '¥', '1e9', 'NaN', '0.005', '2026-02-30', 'T/T, card'),
  fc.double(),
  fc.integer(),
  fc.date({ noInvalidDate: false }),
  fc.boolean(),
  fc.constant(null),
);
/** What sheet readers hand over: text, and numbers, dates, booleans, errors and formulas as typed cells. */
const anyTypedCell: fc.Arbitrary<Cell> = fc.oneof(
  fc.string(),
  fc.constantFrom('', '30%', 'USD 2,500.00', '2026-12-01'),
  fc.record({
    kind: fc.constant('number' as const),
    value: fc.double(),
    format: fc.constantFrom('general' as const, 'percent' as const, 'currency' as const),
    currency: fc.option(fc.constantFrom('USD', 'CNY', 'EUR', 'XYZ'), { nil: undefined }),
    imprecise: fc.option(fc.boolean(), { nil: undefined }),
  }),
  fc.record({
    kind: fc.constant('date' as const),
    date: fc.constantFrom('2026-11-19', '2026-12-24', '2026-02-30'),
  }),
  fc.record({ kind: fc.constant('boolean' as const), value: fc.boolean() }),
  fc.record({ kind: fc.constant('error' as const), code: fc.constantFrom('#N/A', '#REF!', '#DIV/0!') }),
  fc.record({ kind: fc.constant('formula' as const), formula: fc.constantFrom('SUM(A1:A3)', '=B2*C2') }),
);
const anyInput: fc.Arbitrary<OrderInput> = fc.dictionary(
  fc.constantFrom(...ORDER_FIELDS),
  fc.oneof(anyCell, anyTypedCell),
);

describe('checkOrder on arbitrary input', () => {
  it('never throws, and every finding is well formed', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const { findings, fees } = checkOrder(input, SETTINGS, TODAY);
        for (const f of findings) {
          expect(f.rule).toMatch(/^[a-z]+\/[a-z-]+$/);
          expect(f.message.en.length).toBeGreaterThan(0);
          expect(f.message.zh.length).toBeGreaterThan(0);
        }
        for (const fee of Object.values(fees)) {
          if (fee) {
            expect(fee.low).toBeGreaterThanOrEqual(0);
            expect(fee.low).toBeLessThanOrEqual(fee.high);
            expect(Number.isSafeInteger(fee.low) && Number.isSafeInteger(fee.high)).toBe(true);
          }
        }
      }),
      { numRuns: 2000 },
    );
    // 2,000 arbitrary orders: room for a busy machine (a functional property, not a timing test).
  }, 60_000);

  it('quotes what the user typed in amount/invalid findings', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{3,12}$/), (text) => {
        const { findings } = checkOrder({ ...VALID_ORDER, freight: text }, SETTINGS, TODAY);
        const hit = findings.find((f) => f.rule === 'amount/invalid' && f.field === 'freight');
        expect(hit?.message.en).toContain(`"${text}"`);
        expect(hit?.message.zh).toContain(`“${text}”`);
      }),
    );
  });
});

describe('checkRows', () => {
  it('never throws on arbitrary sheets', () => {
    fc.assert(
      fc.property(fc.array(fc.array(anyTypedCell, { maxLength: 35 }), { maxLength: 8 }), (rows) => {
        const report = checkRows(rows, SETTINGS, TODAY);
        expect(report.summary.rows).toBe(report.rows.length);
      }),
      { numRuns: 500 },
    );
  });

  it('finds a valid order valid whatever the column order, with or without unknown columns', () => {
    const fields = Object.keys(VALID_ORDER) as (keyof OrderInput)[];
    fc.assert(
      fc.property(
        fc.shuffledSubarray(fields, { minLength: fields.length, maxLength: fields.length }),
        fc.boolean(),
        fc.constantFrom(VALID_ORDER, VALID_DPO),
        (order, withExtra, base) => {
          const header: string[] = order.map(String);
          const row: Cell[] = order.map((f) => String(base[f] ?? ''));
          if (withExtra) {
            header.splice(1, 0, 'Salesperson 业务员');
            row.splice(1, 0, 'Sophia');
          }
          const report = checkRows([header, row], SETTINGS, TODAY);
          expect(report.rows[0]?.findings).toEqual([]);
          expect(report.rows[0]?.fees.payment).not.toBeNull();
        },
      ),
      { numRuns: 200 },
    );
  });
});
