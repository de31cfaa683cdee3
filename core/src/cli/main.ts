import { parseArgs } from 'node:util';
import type { Cell } from '../cells.ts';
import { CrossRowPass, type ReportRow, SheetChecker } from '../sheet/check-rows.ts';
import { type OpenedSheet, openSheet } from '../sheet/open-sheet.ts';
import { prepareRow } from '../sheet/prepare-row.ts';
import { SheetReadError } from '../sheet/read-file.ts';
import type { Finding, Lang, Message, Settings } from '../types.ts';
import { COMMON_ARGS, CSV_ARGS, readCommonOptions } from './common-options.ts';
import { runLink } from './link.ts';
import { argsError, argvLang, CHECK_USAGE, formatError, refusal } from './usage.ts';
import { CsvWriter, jsonWriter, ndjsonWriter, tableWriter } from './writers.ts';

const FORMATS = ['table', 'json', 'ndjson', 'csv'] as const;
type Format = (typeof FORMATS)[number];
const isFormat = (f: string): f is Format => (FORMATS as readonly string[]).includes(f);

/** Everything the process would print, so the CLI is testable without spawning it. */
export interface CliOutcome {
  stdout: string;
  stderr: string;
  code: 0 | 1 | 2;
}

export async function runCli(
  argv: string[],
  io: {
    stderrIsTty?: boolean;
    stdoutIsTty?: boolean;
    env?: NodeJS.ProcessEnv;
    progress?: (line: string) => void;
    /** Where the report goes as it is written (the process's stdout); without it, CliOutcome.stdout holds it. */
    write?: (text: string) => void | Promise<void>;
    /** Where notices go as they arise (the process's stderr, before the report); without it, CliOutcome.stderr. */
    notice?: (line: string) => void;
  } = {},
): Promise<CliOutcome> {
  const fail = refusal('ta-check', argv);
  let values: {
    format?: string;
    settings?: string;
    today?: string;
    lang?: string;
    encoding?: string;
    sheet?: string;
    'csv-safe'?: boolean;
    'no-bom'?: boolean;
    help?: boolean;
  };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        ...COMMON_ARGS,
        encoding: { type: 'string' },
        sheet: { type: 'string' },
        ...CSV_ARGS,
      },
    }));
  } catch (error) {
    return fail(argsError(error, CHECK_USAGE));
  }
  if (values.help) return { stdout: `${CHECK_USAGE[argvLang(argv)]}\n`, stderr: '', code: 0 };
  const file = positionals[0];
  if (!file || positionals.length > 1)
    return fail({
      en: `expected one FILE\n${CHECK_USAGE.en}`,
      zh: `需要且只需要一个文件\n${CHECK_USAGE.zh}`,
    });
  const format = values.format ?? 'table';
  if (!isFormat(format)) return fail(formatError(format, FORMATS));
  const common = await readCommonOptions(values, 'ta-check');
  if (!common.ok) return fail(common.error);
  const { lang, today, settings } = common;
  let stderr = '';
  const say = (text: string) => {
    if (io.notice) io.notice(text);
    else stderr += text;
  };
  if (common.stderr) say(common.stderr);

  let sheet: OpenedSheet;
  try {
    sheet = await openSheet(file, { encoding: values.encoding, sheet: values.sheet });
  } catch (error) {
    if (error instanceof SheetReadError) return fail({ en: error.message, zh: error.zh });
    throw error;
  }
  const note = (message: Message) => say(`ta-check: ${file}: ${message[lang]}\n`);
  for (const notice of sheet.notices) note(notice);
  if (!sheet.layout.columns.includes('order_type')) {
    note({
      en: 'no "order_type" column; rules that need it stay silent',
      zh: '没有 "order_type"（订单类型）列；需要它的规则不作检查',
    });
  }

  const colour = Boolean(io.stdoutIsTty) && !io.env?.NO_COLOR && io.env?.TERM !== 'dumb';
  let stdout = '';
  const collect = (text: string) => {
    stdout += text;
  };
  const write = io.write ?? collect;
  const result = await checkAndWrite(sheet, settings, today, {
    format,
    lang,
    colour,
    csvSafe: Boolean(values['csv-safe']),
    bom: !values['no-bom'],
    write,
    progress: io.stderrIsTty ? io.progress : undefined,
  });
  if (result.blankRows.length) {
    const list = listRows(result.blankRows);
    note({ en: `blank rows skipped: ${list}`, zh: `已跳过空行：${list}` });
  }
  return { stdout, stderr, code: result.errors > 0 ? 1 : 0 };
}

/** `2, 5, 9 … (12 rows)`: the first few row numbers, and how many in all. */
function listRows(rows: readonly number[]): string {
  const shown = rows.slice(0, 10).join(', ');
  return rows.length > 10 ? `${shown} … (${rows.length})` : shown;
}

interface WriteOptions {
  format: Format;
  lang: Lang;
  colour: boolean;
  csvSafe: boolean;
  bom: boolean;
  write: (text: string) => void | Promise<void>;
  progress: ((line: string) => void) | undefined;
}

/** Rows are written in chunks of about this many characters. */
const FLUSH_AT = 64 * 1024;
const PROGRESS_EVERY = 5000;

/**
 * Reads, checks and writes the sheet row by row: nothing grows with the sheet but the blank-row list. A first
 * pass runs only when a cross-row rule can fire (the Boleto month needs order_date): it keeps the rule's
 * buyer + month totals and row numbers, so each row is written once, already with its cross-row findings.
 */
async function checkAndWrite(
  sheet: OpenedSheet,
  settings: Settings,
  today: string,
  options: WriteOptions,
): Promise<{ errors: number; blankRows: number[] }> {
  const { layout, decimalMark } = sheet;
  const checker = new SheetChecker(
    { columns: layout.columns, missingRequired: [], duplicates: [] },
    settings,
    today,
  );
  let late = new Map<number, Finding[]>();
  let width = sheet.header.length;
  if (layout.columns.includes('order_date') || options.format === 'csv') {
    const first = new CrossRowPass(layout.columns);
    const crossRows = layout.columns.includes('order_date');
    for await (const batch of sheet.rows()) {
      for (const row of batch) {
        if (row.cells.length > width) width = row.cells.length;
        if (crossRows && row.kind === 'order')
          first.note(prepareRow(row, layout, decimalMark).cells, row.row);
      }
    }
    late = first.findings(settings);
  }
  const writer =
    options.format === 'json'
      ? jsonWriter()
      : options.format === 'ndjson'
        ? ndjsonWriter()
        : options.format === 'table'
          ? tableWriter(options.lang, options.colour)
          : null;
  const csv = options.format === 'csv' ? new CsvWriter(width, options.lang, options) : null;
  let out = writer ? writer.begin() : (csv?.begin() ?? '');
  const blankRows: number[] = [];
  let checked = 0;
  for await (const batch of sheet.rows()) {
    const csvRows: { cells: Cell[]; header: boolean; report: ReportRow | null }[] = [];
    for (const row of batch) {
      let report: ReportRow | null = null;
      if (row.kind === 'blank') {
        blankRows.push(row.row);
      } else if (row.kind === 'order' || row.kind === 'totals') {
        const prepared = prepareRow(row, layout, decimalMark);
        report = prepared.skip
          ? checker.skipped(row.row, prepared.findings)
          : checker.check(prepared.cells, row.row, prepared.findings, late.get(row.row));
        if (report && writer) out += writer.row(report);
        if (++checked % PROGRESS_EVERY === 0) options.progress?.(`\rta-check: ${checked} rows`);
      }
      csvRows.push({ cells: row.cells, header: row.kind === 'header', report });
    }
    if (csv) out += csv.rows(csvRows);
    if (out.length >= FLUSH_AT) {
      await options.write(out);
      out = '';
    }
  }
  if (checked >= PROGRESS_EVERY) options.progress?.('\r\x1b[K');
  if (writer) out += writer.end(checker.summary);
  await options.write(out);
  return { errors: checker.errorCount, blankRows };
}

/** Writes to stdout, resolving once it can take more (a large report is not buffered whole in memory). */
const writeStdout = (text: string) =>
  new Promise<void>((resolve) => {
    if (process.stdout.write(text)) resolve();
    else process.stdout.once('drain', resolve);
  });

export async function main(): Promise<void> {
  if (process.argv[2] === 'link') {
    const link = await runLink(process.argv.slice(3), {
      notice: (text) => process.stderr.write(text),
      write: writeStdout,
    });
    process.stderr.write(link.stderr);
    return void process.stdout.write(link.stdout, () => process.exit(link.code));
  }
  const outcome = await runCli(process.argv.slice(2), {
    stderrIsTty: process.stderr.isTTY,
    stdoutIsTty: process.stdout.isTTY,
    env: process.env,
    progress: (line) => process.stderr.write(line),
    notice: (line) => process.stderr.write(line),
    write: writeStdout,
  });
  process.stderr.write(outcome.stderr);
  process.stdout.write(outcome.stdout, () => process.exit(outcome.code));
}
