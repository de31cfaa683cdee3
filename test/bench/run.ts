import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { build } from 'esbuild';
import type { benchCorePipeline as BenchFn } from './core-pipeline.ts';

// Measure the code as ta-check runs it: bundled by esbuild (as core/dist/cli.js is), not through tsx's
// on-the-fly transform, which wraps closures and slows the hot path.
const outdir = new URL('../../node_modules/.cache/ta-bench/', import.meta.url);
mkdirSync(outdir, { recursive: true });
await build({
  entryPoints: [new URL('./core-pipeline.ts', import.meta.url).pathname],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: new URL('core-pipeline.mjs', outdir).pathname,
  external: ['exceljs', 'papaparse'],
  logLevel: 'warning',
});
const { benchCorePipeline } = (await import(new URL('core-pipeline.mjs', outdir).href)) as {
  benchCorePipeline: typeof BenchFn;
};

/** `npm run bench`: every benchmark of the repo, each reported against a baseline measured in the same run. */
const core = benchCorePipeline();
console.log('ta-check pipeline (read CSV + check + fees) vs parsing the same CSV only');
console.table(core);
const met = core.ratioToParse <= 2 && core.pipelineMs < 1500;
console.log(
  `target: ratio <= 2.0 and < 1500 ms for ${core.rows} rows -> ratio ${core.ratioToParse}, ${core.pipelineMs} ms: ${met ? 'met' : 'NOT met'}\n`,
);

// The whole ta-check process, spawned as a user runs it, streaming (issue 8).
const { benchCliProcess } = await import('./cli-process.ts');
const proc = await benchCliProcess();
console.log('ta-check process (spawned) vs papaparse header:true + print every row as JSON, same run');
console.table(proc);
const procMet = proc.ratioJson <= 1.5 && proc.rss1MMB <= 300;
console.log(
  `target: json ratio <= 1.5 and 1,000,000-row peak RSS <= 300 MB -> ratio ${proc.ratioJson}, ${proc.rss1MMB} MB: ${procMet ? 'met' : 'NOT met'}\n`,
);

// ta-check link on 10,000 orders x 10,000 receipts, spawned, vs ta-check on the same orders (issue 12).
{
  console.log('ta-check link (spawned) vs ta-check on the same orders, same run');
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', new URL('./link.ts', import.meta.url).pathname],
    {
      stdio: 'inherit',
    },
  );
  if (result.status !== 0) process.exitCode = 1;
}

// `npm run bench -- --core` stops here (the extension and add-on benchmarks build their packages first).
for (const workspace of process.argv.includes('--core') ? [] : ['extension', 'sheets-addon']) {
  console.log(`=== ${workspace} ===`);
  const result = spawnSync('npm', ['run', 'bench', '--silent', '-w', workspace], { stdio: 'inherit' });
  if (result.status !== 0) process.exitCode = 1;
}
