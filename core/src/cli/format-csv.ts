import Papa from 'papaparse';
import { type Cell, cellDisplay } from '../cells.ts';
import { formatFee } from '../money/format.ts';
import type { Report } from '../sheet/check-rows.ts';
import type { Grid } from '../sheet/read-file.ts';
import type { Lang } from '../types.ts';

/** Result columns appended to the input (order-sheet.md: csv = the input plus result columns). */
export const RESULT_COLUMNS = [
  'ta_status',
  'ta_findings',
  'ta_payment_fee',
  'ta_service_fee',
  'ta_withdrawal_fee',
  'ta_net',
] as const;

/** The input rows unchanged, each followed by its results; blank rows stay blank. */
export function formatCsv(grid: Grid, report: Report, lang: Lang): string {
  const byRow = new Map(report.rows.map((r) => [r.row, r]));
  const width = Math.max(0, ...grid.map((r) => r.length));
  const out = grid.map((cells, i) => {
    const padded = [...cells.map(cellText), ...Array<string>(width - cells.length).fill('')];
    if (i === 0) return [...padded, ...RESULT_COLUMNS];
    const row = byRow.get(i + 1);
    if (!row) return [...padded, ...RESULT_COLUMNS.map(() => '')];
    const status = row.findings.some((f) => f.severity === 'error')
      ? 'error'
      : row.findings.some((f) => f.severity === 'warning')
        ? 'warning'
        : 'ok';
    const findings = row.findings.map((f) => `${f.rule} [${f.field}] ${f.message[lang]}`).join('\n');
    const fee = (f: (typeof row.exact)['payment']) => (f ? formatFee(f, lang) : '');
    return [
      ...padded,
      status,
      findings,
      fee(row.exact.payment),
      fee(row.exact.service),
      fee(row.exact.withdrawal),
      fee(row.exact.net),
    ];
  });
  return `${Papa.unparse(out, { newline: '\n' })}\n`;
}

function cellText(cell: Cell | undefined): string {
  return cellDisplay(cell);
}
