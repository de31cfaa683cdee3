import Papa from 'papaparse';
import { type Cell, cellDisplay } from '../cells.ts';
import { formatFee } from '../money/format.ts';
import type { Report, ReportFee, ReportRow } from '../sheet/check-rows.ts';
import type { Finding, Lang } from '../types.ts';
import { formatTableRow, formatTableSummary } from './format-table.ts';

/**
 * The report formats, written row by row as each row is checked: the document is never built whole, so memory
 * stays flat however long the sheet. `begin` once, `row` per report row (in sheet order), `end` with the summary.
 */
export interface ReportWriter {
  begin(): string;
  row(row: ReportRow): string;
  end(summary: Report['summary']): string;
}

/** The report's row object, exactly as the JSON contract has it (docs/report.schema.json). */
export function rowObject(row: ReportRow) {
  return { row: row.row, ref: row.ref, findings: row.findings, fees: row.fees };
}

const indent = (text: string, by: string) => by + text.replaceAll('\n', `\n${by}`);
const str = JSON.stringify;

/** A fee as `JSON.stringify(fee, null, 2)` writes it at the depth of a report row's fees. */
function prettyFee(fee: ReportFee | null): string {
  if (fee === null) return 'null';
  const pad = '\n          ';
  return `{${pad}"currency": ${str(fee.currency)},${pad}"low": ${str(fee.low)},${pad}"high": ${str(fee.high)},${pad}"approximate": ${fee.approximate},${pad}"source": ${str(fee.source)}\n        }`;
}

function prettyFinding(f: Finding): string {
  const pad = '\n          ';
  return `{${pad}"rule": ${str(f.rule)},${pad}"severity": ${str(f.severity)},${pad}"field": ${str(f.field)},${pad}"message": {${pad}  "en": ${str(f.message.en)},${pad}  "zh": ${str(f.message.zh)}${pad}}\n        }`;
}

/**
 * One report row exactly as `JSON.stringify(rows, null, 2)` indents it inside the document (4 spaces), written
 * out directly: the contract's shape is fixed, and the generic pretty-printer was most of `--format json`'s time.
 */
function prettyRow(row: ReportRow): string {
  const { payment, service, withdrawal } = row.fees;
  const findings = row.findings.length
    ? `[\n        ${row.findings.map(prettyFinding).join(',\n        ')}\n      ]`
    : '[]';
  return `    {\n      "row": ${row.row},\n      "ref": ${str(row.ref)},\n      "findings": ${findings},\n      "fees": {\n        "payment": ${prettyFee(payment)},\n        "service": ${prettyFee(service)},\n        "withdrawal": ${prettyFee(withdrawal)}\n      }\n    }`;
}

/**
 * `--format json`: byte for byte `JSON.stringify({rows, summary}, null, 2)` (the contract's bytes), streamed.
 * JSON strings never hold a raw line break, so indenting by lines is exact.
 */
export function jsonWriter(): ReportWriter {
  let rows = 0;
  return {
    begin: () => '{\n  "rows": [',
    row(row) {
      return `${rows++ === 0 ? '\n' : ',\n'}${prettyRow(row)}`;
    },
    end: (summary) =>
      `${rows === 0 ? ']' : '\n  ]'},\n  "summary": ${indent(JSON.stringify(summary, null, 2), '  ').trimStart()}\n}\n`,
  };
}

/** `--format ndjson`: one row object per line, then `{"summary": …}`; `\n` line ends, no BOM. */
export function ndjsonWriter(): ReportWriter {
  return {
    begin: () => '',
    row: (row) => `${JSON.stringify(rowObject(row))}\n`,
    end: (summary) => `${JSON.stringify({ summary })}\n`,
  };
}

/** `--format table`: one block per row, the summary after a blank line. */
export function tableWriter(lang: Lang, colour: boolean): ReportWriter {
  return {
    begin: () => '',
    row: (row) => `${formatTableRow(row, lang, colour)}\n`,
    end: (summary) => `\n${formatTableSummary(summary, lang, colour)}\n`,
  };
}

/** Result columns appended to the input (order-sheet.md: csv = the input plus result columns). */
export const RESULT_COLUMNS = [
  'ta_status',
  'ta_findings',
  'ta_payment_fee',
  'ta_service_fee',
  'ta_withdrawal_fee',
  'ta_net',
] as const;

/** What a spreadsheet would run as a formula, or a cell that starts with a tab or carriage return (OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell that cannot start a formula: `'` before a risky first character (what Excel itself uses). */
export function formulaSafe(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * `--format csv`: the input rows as they are, each followed by its results (blank result cells for rows that
 * are not orders). Result columns are always formula-safe; `csvSafe` makes the echoed cells safe too, for
 * sheets received from others. UTF-8 with a BOM unless `bom` is false (Excel reads CSV as the locale's code
 * page without one).
 */
export class CsvWriter {
  constructor(
    private readonly width: number,
    private readonly lang: Lang,
    private readonly options: { csvSafe: boolean; bom: boolean },
  ) {}

  begin(): string {
    return this.options.bom ? '\ufeff' : '';
  }

  /** One batch of sheet rows, each with its report row (or null), as CSV lines. */
  rows(batch: readonly { cells: readonly Cell[]; header: boolean; report: ReportRow | null }[]): string {
    const out = batch.map(({ cells, header, report }) => {
      const echoed = cells.map((c) => (this.options.csvSafe ? formulaSafe(cellDisplay(c)) : cellDisplay(c)));
      while (echoed.length < this.width) echoed.push('');
      if (header) return [...echoed, ...RESULT_COLUMNS];
      return [...echoed, ...(report ? this.results(report) : RESULT_COLUMNS.map(() => ''))];
    });
    return out.length ? `${Papa.unparse(out, { newline: '\n' })}\n` : '';
  }

  private results(row: ReportRow): string[] {
    const { lang } = this;
    const status = row.findings.some((f) => f.severity === 'error')
      ? 'error'
      : row.findings.some((f) => f.severity === 'warning')
        ? 'warning'
        : 'ok';
    const findings = row.findings.map((f) => `${f.rule} [${f.field}] ${f.message[lang]}`).join('\n');
    const fee = (f: (typeof row.exact)['payment']) => (f ? formatFee(f, lang) : '');
    return [
      status,
      findings,
      fee(row.exact.payment),
      fee(row.exact.service),
      fee(row.exact.withdrawal),
      fee(row.exact.net),
    ].map(formulaSafe);
  }
}
