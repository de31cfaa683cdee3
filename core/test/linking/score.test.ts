import { describe, expect, it } from 'vitest';
import { generateLedger } from './ledger.ts';
import { type Figures, scoreLedger } from './score.ts';

/**
 * Scores the engine on generated ledgers (ledger.ts): 300 buyers, about 1,000 orders and 1,600 receipts each,
 * 15% noise. A proposal is correct when it links exactly the parts the receipt was meant for.
 *
 * Bars: precision ≥ 0.98 and no proposal at all for noise, no link above what is outstanding (a wrong link
 * cannot be undone); recall ≥ 0.95 where the memo names the order (exactly or one digit off); overall recall
 * above a floor. Recall is lower on receipts that carry no evidence a person could link them by (no order
 * number, an unregistered agent paying, an instalment from the buyer alone): the engine lists candidates there.
 * (2026-11-29: overall recall 0.87–0.89 at precision ≥ 0.995 on seeds 1, 3, 7, 11; with evidence 0.97.)
 */
const SEEDS = [1, 7];
const DIFFICULTIES = ['charges', 'memo', 'payer', 'lookalike', 'split', 'combined'] as const;

const line = (name: string, f: Figures) =>
  `${name.padEnd(22)} receipts ${String(f.receipts).padStart(5)}  proposed ${String(f.proposed).padStart(5)}  precision ${f.precision.toFixed(3)}  recall ${f.recall.toFixed(3)}  noise proposed ${f.noiseProposed}`;

describe('proposal quality on generated ledgers', () => {
  for (const seed of SEEDS)
    it(`seed ${seed}: precise, silent on noise, never above outstanding`, () => {
      const score = scoreLedger(generateLedger({ seed, buyers: 300, noise: 0.15 }));
      console.log(
        [
          line(`seed ${seed} all`, score),
          ...Object.entries(score.byLabel).map(([k, f]) => line(`  ${k}`, f)),
        ].join('\n'),
      );
      expect(score.precision).toBeGreaterThanOrEqual(0.98);
      expect(score.noiseProposed).toBe(0);
      expect(score.overOutstanding).toBe(0);
      for (const label of ['memo-exact', 'memo-typo'])
        expect(score.byLabel[label]?.recall, label).toBeGreaterThanOrEqual(0.95);
      expect(score.byLabel.evidence?.recall).toBeGreaterThanOrEqual(0.95);
      // two instalments of one payer add up to the part (the first is read again once the second is known)
      expect(score.byLabel.instalment?.recall).toBeGreaterThanOrEqual(0.65);
      expect(score.recall).toBeGreaterThanOrEqual(0.85);
    }, 120_000);

  it('reports how each kind of difficulty changes the figures (each turned off in turn)', () => {
    const rows = [
      line('all difficulties', scoreLedger(generateLedger({ seed: 3, buyers: 300, noise: 0.15 }))),
    ];
    for (const easy of DIFFICULTIES) {
      const score = scoreLedger(generateLedger({ seed: 3, buyers: 300, noise: 0.15, easy: [easy] }));
      rows.push(line(`without ${easy}`, score));
      expect(score.precision, easy).toBeGreaterThanOrEqual(0.98);
      expect(score.overOutstanding, easy).toBe(0);
    }
    const none = scoreLedger(generateLedger({ seed: 3, buyers: 300, noise: 0.15, easy: DIFFICULTIES }));
    rows.push(line('none of them', none));
    console.log(rows.join('\n'));
    expect(none.recall).toBeGreaterThanOrEqual(0.95);
    expect(none.precision).toBeGreaterThanOrEqual(0.98);
  }, 300_000);
});
