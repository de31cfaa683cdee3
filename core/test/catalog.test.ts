import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULE_IDS, RULES } from '../src/rules/catalog.ts';
import { RULE_CASES } from './rules/cases.ts';

const doc = readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8');
/** `| \`rule/id\` | severity | meaning | source |` rows of docs/rules.md. */
const documented = new Map(
  [...doc.matchAll(/^\| `([a-z]+\/[a-z-]+)`\s*\| (error|warning|info)\s*\| (.+?)\s*\| (.+?)\s*\|$/gm)].map(
    (m) => [m[1] ?? '', { severity: m[2], meaning: m[3] ?? '', source: m[4] ?? '' }],
  ),
);

describe('the rule reference (docs/rules.md) and the catalogue agree', () => {
  it('documents every rule of the catalogue, with its severity and source', () => {
    for (const id of RULE_IDS) {
      expect(documented.get(id), id).toBeDefined();
      expect(documented.get(id)?.severity, id).toBe(RULES[id]?.severity);
      expect(documented.get(id)?.source, id).toBe(RULES[id]?.source);
      expect(documented.get(id)?.meaning.length, id).toBeGreaterThan(10);
    }
  });

  it('documents no rule the code does not have', () => {
    expect([...documented.keys()].filter((id) => !(id in RULES))).toEqual([]);
  });

  it('has a trigger and a near-miss case for every rule', () => {
    expect(Object.keys(RULE_CASES).sort()).toEqual([...RULE_IDS].sort());
  });

  it('keeps rule IDs in the area/name form', () => {
    for (const id of RULE_IDS) expect(id).toMatch(/^[a-z]+\/[a-z]+(-[a-z]+)*$/);
  });
});
