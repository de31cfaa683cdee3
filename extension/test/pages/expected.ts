/**
 * What the after-the-draft pages must show, shared by the Chromium and Firefox runs: the order-list badges
 * for the test build's fixed now (worked out by hand, orders.e2e.test.ts says how), the seller settings of
 * the withdrawal checks, and ta-check's own answer for the same withdrawal inputs.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EXT_ROOT } from '../e2e/harness.ts';

export const EXPECTED_BADGES = [
  { kind: 'pay', order: '31189390501026702', days: '-4' },
  { kind: 'pay', order: '31189390501026703', days: '6' },
  { kind: 'ship', order: '31189390501026705', days: '14' },
  { kind: 'ship', order: '31189390501026706', days: '-2' },
];

export const SETTINGS = {
  membership: 'paid',
  region: 'mainland',
  settlementRate: '6.4500',
  usdCny: '6.4500',
};
const ROOT = path.resolve(EXT_ROOT, '..');

/** ta-check's own withdrawal fee and net for the same inputs (its CSV report's ta_withdrawal_fee, ta_net). */
export function taCheck(
  rows: { from: string; currency: string; to: string; amount: string }[],
): { fee: string; net: string }[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'ta-withdraw-'));
  const csv = [
    'order_type,export_mode,withdraw_from,withdraw_currency,withdraw_to,withdraw_amount',
    ...rows.map((r) => `TA,${r.from},${r.from},${r.currency},${r.to},${r.amount}`),
  ].join('\n');
  writeFileSync(path.join(dir, 'w.csv'), csv);
  writeFileSync(path.join(dir, 's.json'), JSON.stringify(SETTINGS));
  let out: string;
  try {
    out = execFileSync(
      'node',
      [
        'core/bin/ta-check.js',
        path.join(dir, 'w.csv'),
        '--settings',
        path.join(dir, 's.json'),
        '--format',
        'csv',
      ],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
  } catch (e) {
    out = String((e as { stdout?: string }).stdout ?? ''); // exit 1: some row has an error
  }
  const lines = out.trim().split('\n').slice(1);
  // the last two columns; amounts with grouping commas are quoted
  return lines.map((l) => {
    const cells = [...l.matchAll(/"([^"]*)"|([^,]*)(?:,|$)/g)].map((m) => m[1] ?? m[2] ?? '');
    const tail = cells.slice(-3);
    return { fee: tail[0] ?? '', net: tail[1] ?? '' };
  });
}
