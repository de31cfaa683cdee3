import { describe, expect, it } from 'vitest';
import { checkOrder } from '../../src/check/check-order.ts';
import { RULE_IDS, RULES } from '../../src/rules/catalog.ts';
import { SETTINGS, TODAY, VALID_DPO, VALID_ORDER } from './base-order.ts';
import { RULE_CASES, type RuleCase } from './cases.ts';

const run = (c: RuleCase) => checkOrder(c.input, c.settings ?? SETTINGS, c.today ?? TODAY);

describe('the base orders are valid', () => {
  it.each([
    ['TA', VALID_ORDER],
    ['DPO', VALID_DPO],
  ])('%s has no findings', (_name, input) => {
    expect(checkOrder(input, SETTINGS, TODAY).findings).toEqual([]);
  });
});

describe.each(RULE_IDS)('%s', (rule) => {
  const cases = RULE_CASES[rule];

  it('triggers on its case, on the right field, with its catalogue severity', () => {
    const hits = run(cases.trigger).findings.filter((f) => f.rule === rule);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]?.field).toBe(cases.field);
    expect(hits[0]?.severity).toBe(RULES[rule].severity);
  });

  it('stays silent on the near miss', () => {
    expect(run(cases.nearMiss).findings.map((f) => f.rule)).not.toContain(rule);
  });

  it('speaks English and Chinese', () => {
    const hit = run(cases.trigger).findings.find((f) => f.rule === rule);
    expect(hit?.message.en).toMatch(/[A-Za-z]{3}/);
    expect(hit?.message.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(hit?.message.en).not.toMatch(/undefined|\[object/);
    expect(hit?.message.zh).not.toMatch(/undefined|\[object/);
  });
});
