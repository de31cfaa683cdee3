import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { parseIsoDate, todayInPacific } from '../check/dates.ts';
import { parseSettings } from '../settings.ts';
import { checkRows, matchHeaders, reportToJson } from '../sheet/check-rows.ts';
import { readSheetFile, SheetReadError } from '../sheet/read-file.ts';
import type { Lang, Settings } from '../types.ts';
import { formatCsv } from './format-csv.ts';
import { formatTable } from './format-table.ts';
import { runLink } from './link.ts';

const USAGE = `Usage: ta-check FILE.csv|FILE.xlsx [--format table|json|csv] [--settings FILE.json]
                [--today YYYY-MM-DD] [--lang en|zh]

Checks every order row of a Trade Assurance / Direct Pay order sheet and prices its fees.
Exit codes: 0 no row has an error, 1 some row has an error, 2 the input could not be read.`;

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
  } = {},
): Promise<CliOutcome> {
  const fail = (message: string): CliOutcome => ({ stdout: '', stderr: `ta-check: ${message}\n`, code: 2 });
  let values: { format?: string; settings?: string; today?: string; lang?: string; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f' },
        settings: { type: 'string', short: 's' },
        today: { type: 'string' },
        lang: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    return fail(`${(error as Error).message}\n${USAGE}`);
  }
  if (values.help) return { stdout: `${USAGE}\n`, stderr: '', code: 0 };
  const file = positionals[0];
  if (!file || positionals.length > 1) return fail(`expected one FILE\n${USAGE}`);
  const format = values.format ?? 'table';
  if (format !== 'table' && format !== 'json' && format !== 'csv')
    return fail(`--format must be table, json or csv, not "${format}"`);
  const lang: Lang =
    values.lang === 'zh' ? 'zh' : values.lang === undefined || values.lang === 'en' ? 'en' : 'en';
  if (values.lang !== undefined && values.lang !== 'en' && values.lang !== 'zh')
    return fail(`--lang must be en or zh, not "${values.lang}"`);

  let today = todayInPacific();
  if (values.today !== undefined) {
    const parsed = parseIsoDate(values.today);
    if (parsed === null) return fail(`--today must be a date YYYY-MM-DD, not "${values.today}"`);
    today = parsed;
  }

  let settings: Settings = {};
  let stderr = '';
  if (values.settings !== undefined) {
    let json: unknown;
    try {
      json = JSON.parse(await readFile(values.settings, 'utf8'));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return fail(
        `${values.settings}: ${code === 'ENOENT' ? 'no such file' : code ? 'cannot be read' : 'not valid JSON'}`,
      );
    }
    const parsed = parseSettings(json);
    settings = parsed.settings;
    for (const f of parsed.findings) stderr += `ta-check: ${values.settings}: ${f.message[lang]}\n`;
  }

  let grid: Awaited<ReturnType<typeof readSheetFile>>;
  try {
    grid = await readSheetFile(file);
  } catch (error) {
    if (error instanceof SheetReadError) return fail(error.message);
    throw error;
  }
  if (grid.length === 0) return fail(`${file}: the sheet is empty (no header row)`);
  const header = matchHeaders(grid[0] ?? []);
  if (header.columns.every((c) => c === null)) {
    return fail(`${file}: no known column in the header row (see docs/order-sheet.md)`);
  }
  for (const field of header.missingRequired)
    stderr += `ta-check: ${file}: no "${field}" column; rules that need it stay silent\n`;
  for (const field of header.duplicates)
    stderr += `ta-check: ${file}: "${field}" appears twice; the first column is used\n`;

  const progress =
    io.stderrIsTty && io.progress && grid.length > 20_000
      ? (done: number, total: number) => io.progress?.(`\rta-check: ${done}/${total} rows`)
      : undefined;
  const report = checkRows(grid, settings, today, progress);
  if (progress) io.progress?.('\r\x1b[K');

  const colour = Boolean(io.stdoutIsTty) && !io.env?.NO_COLOR && io.env?.TERM !== 'dumb';
  const stdout =
    format === 'json'
      ? `${reportToJson(report)}\n`
      : format === 'csv'
        ? formatCsv(grid, report, lang)
        : `${formatTable(report, lang, colour)}\n`;
  const hasError = report.rows.some((r) => r.findings.some((f) => f.severity === 'error'));
  return { stdout, stderr, code: hasError ? 1 : 0 };
}

export async function main(): Promise<void> {
  if (process.argv[2] === 'link') {
    const link = await runLink(process.argv.slice(3));
    process.stderr.write(link.stderr);
    return void process.stdout.write(link.stdout, () => process.exit(link.code));
  }
  const outcome = await runCli(process.argv.slice(2), {
    stderrIsTty: process.stderr.isTTY,
    stdoutIsTty: process.stdout.isTTY,
    env: process.env,
    progress: (line) => process.stderr.write(line),
  });
  process.stderr.write(outcome.stderr);
  process.stdout.write(outcome.stdout, () => process.exit(outcome.code));
}
