import { spawnSync } from 'node:child_process';
import { closeSync, createWriteStream, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { generateCsv } from './core-pipeline.ts';

/**
 * ta-check as a user runs it — the whole process, spawned — against the floor measured in the same run: a
 * process that parses the same CSV with papaparse (`header: true`) and prints every row as JSON. Then peak
 * memory (`/usr/bin/time -v`) at 10k and 1M CSV rows, and on an XLSX of 100k rows.
 */
const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'core', 'bin', 'ta-check.js');
const papaparse = createRequire(join(root, 'core', 'package.json')).resolve('papaparse');

export interface ProcessBench {
  rows: number;
  floorMs: number;
  jsonMs: number;
  tableMs: number;
  ratioJson: number;
  ratioTable: number;
  rss10kMB: number;
  rss1MMB: number;
  seconds1M: number;
  xlsxRows: number;
  xlsxMs: number;
  xlsxRssMB: number;
}

/** Each measurement as it is taken (a 1M-row run takes minutes on a busy machine). */
const log = (line: string) => console.error(`bench: ${line}`);

/** Wall time of one spawned run, output to /dev/null; the median of `repeats`. */
function timeRun(args: string[], repeats: number): number {
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const devNull = openSync('/dev/null', 'w');
    const start = performance.now();
    const result = spawnSync(process.execPath, args, { stdio: ['ignore', devNull, 'pipe'] });
    times.push(performance.now() - start);
    closeSync(devNull);
    if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')}: ${result.stderr}`);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[Math.floor(times.length / 2)] as number);
}

/** Peak resident memory of one spawned run, in MB, as /usr/bin/time -v reports it. */
function peakRss(args: string[]): { mb: number; seconds: number } {
  const devNull = openSync('/dev/null', 'w');
  const start = performance.now();
  const result = spawnSync('/usr/bin/time', ['-v', process.execPath, ...args], {
    stdio: ['ignore', devNull, 'pipe'],
    encoding: 'utf8',
  });
  closeSync(devNull);
  const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)?.[1];
  if (!kb) throw new Error(`no RSS from /usr/bin/time: ${result.stderr.slice(-500)}`);
  return { mb: Math.round(Number(kb) / 1024), seconds: Math.round((performance.now() - start) / 100) / 10 };
}

async function writeLargeCsv(path: string, rows: number): Promise<void> {
  const out = createWriteStream(path);
  const block = 100_000;
  for (let done = 0; done < rows; done += block) {
    const csv = generateCsv(Math.min(block, rows - done), 42 + done);
    const text = done === 0 ? csv : csv.slice(csv.indexOf('\n') + 1);
    if (!out.write(text)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve) => out.end(() => resolve()));
}

async function writeXlsx(path: string, csv: string): Promise<number> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true });
  const sheet = workbook.addWorksheet('Orders');
  const rows = Papa.parse<string[]>(csv.trimEnd()).data;
  for (const row of rows)
    sheet.addRow(row.map((c) => (c !== '' && /^\d+(\.\d+)?$/.test(c) ? Number(c) : c))).commit();
  sheet.commit();
  await workbook.commit();
  return rows.length - 1;
}

export async function benchCliProcess(rows = 100_000): Promise<ProcessBench> {
  const build = spawnSync('npm', ['run', 'build', '-w', 'core'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('core build failed');
  const dir = mkdtempSync(join(tmpdir(), 'ta-bench-'));
  try {
    const csv = generateCsv(rows);
    const file = join(dir, 'orders.csv');
    writeFileSync(file, csv);
    const floor = join(dir, 'floor.mjs');
    writeFileSync(
      floor,
      `import { readFileSync } from 'node:fs';
import Papa from ${JSON.stringify(papaparse)};
const { data } = Papa.parse(readFileSync(process.argv[2], 'utf8'), { header: true });
process.stdout.write(data.map((row) => JSON.stringify(row)).join('\\n') + '\\n');
`,
    );
    const common = ['--today', '2026-11-20'];
    // Each side is the median of 3 runs, measured one after the other in this process.
    const floorMs = timeRun([floor, file], 3);
    const jsonMs = timeRun([cli, file, '--format', 'json', ...common], 3);
    const tableMs = timeRun([cli, file, ...common], 3);
    log(`${rows} rows: floor ${floorMs} ms, json ${jsonMs} ms, table ${tableMs} ms`);

    const small = join(dir, 'small.csv');
    writeFileSync(small, generateCsv(10_000));
    const large = join(dir, 'large.csv');
    await writeLargeCsv(large, 1_000_000);
    const rss10k = peakRss([cli, small, '--format', 'json', ...common]);
    log(`10,000 rows: peak RSS ${rss10k.mb} MB`);
    const rss1M = peakRss([cli, large, '--format', 'json', ...common]);
    log(`1,000,000 rows: peak RSS ${rss1M.mb} MB in ${rss1M.seconds} s`);
    rmSync(large);

    const xlsx = join(dir, 'orders.xlsx');
    const xlsxRows = await writeXlsx(xlsx, csv);
    const xlsxRun = peakRss([cli, xlsx, '--format', 'json', ...common]);
    log(`XLSX ${xlsxRows} rows: peak RSS ${xlsxRun.mb} MB in ${xlsxRun.seconds} s`);
    return {
      rows,
      floorMs,
      jsonMs,
      tableMs,
      ratioJson: Math.round((jsonMs / floorMs) * 100) / 100,
      ratioTable: Math.round((tableMs / floorMs) * 100) / 100,
      rss10kMB: rss10k.mb,
      rss1MMB: rss1M.mb,
      seconds1M: rss1M.seconds,
      xlsxRows,
      xlsxMs: Math.round(xlsxRun.seconds * 1000),
      xlsxRssMB: xlsxRun.mb,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
