/**
 * `npm start`: build everything, check the example order sheet with ta-check and print its report, say
 * where the Sheets add-on bundle is, then serve the draft-form replica for the extension (Ctrl+C stops).
 */
import { spawnSync } from 'node:child_process';

function run(command: string, args: string[]): number {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  return result.status ?? 1;
}

if (run('npm', ['run', 'build', '--workspaces', '--if-present']) !== 0) process.exit(1);

console.log('\n=== ta-check examples/orders.csv (the example sheet has invalid rows on purpose) ===\n');
// Exit code 1 only means "some row has an error": that is the point of the example.
const code = run('node', [
  'core/bin/ta-check.js',
  'examples/orders.csv',
  '--settings',
  'examples/settings.json',
]);
if (code === 2) process.exit(2);

console.log(`
=== Google Sheets add-on ===
Built into sheets-addon/dist (Code.js, Sidebar.html, appsscript.json).
Push it to a spreadsheet with clasp: see sheets-addon/README.md.

=== Browser extension ===`);
process.exit(
  run('node', ['--import', 'tsx', 'extension/scripts/serve-replica.ts', ...process.argv.slice(2)]),
);
