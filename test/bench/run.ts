import { spawnSync } from 'node:child_process';
import { benchCorePipeline } from './core-pipeline.ts';

/** `npm run bench`: every benchmark of the repo, each reported against a baseline measured in the same run. */
const core = benchCorePipeline();
console.log('ta-check pipeline (read CSV + check + fees) vs parsing the same CSV only');
console.table(core);
const met = core.ratioToParse <= 2 && core.pipelineMs < 1500;
console.log(
  `target: ratio <= 2.0 and < 1500 ms for ${core.rows} rows -> ratio ${core.ratioToParse}, ${core.pipelineMs} ms: ${met ? 'met' : 'NOT met'}\n`,
);

for (const workspace of ['extension', 'sheets-addon']) {
  console.log(`=== ${workspace} ===`);
  const result = spawnSync('npm', ['run', 'bench', '--silent', '-w', workspace], { stdio: 'inherit' });
  if (result.status !== 0) process.exitCode = 1;
}
