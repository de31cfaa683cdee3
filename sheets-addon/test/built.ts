/** Build dist/ once per test file (the build writes atomically, so parallel files do not clash). */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ADDON = join(dirname(fileURLToPath(import.meta.url)), '..');
export const DIST = join(ADDON, 'dist');

export function build(): { code: string; sidebar: string; manifest: string } {
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], { cwd: ADDON, stdio: 'pipe' });
  return {
    code: readFileSync(join(DIST, 'Code.js'), 'utf8'),
    sidebar: readFileSync(join(DIST, 'Sidebar.html'), 'utf8'),
    manifest: readFileSync(join(DIST, 'appsscript.json'), 'utf8'),
  };
}

/** Every global Code.js must expose: the menu handlers, the sidebar's server calls and the custom functions. */
export const ENTRY_POINTS = [
  'onOpen',
  'onInstall',
  'onEdit',
  'checkOrders',
  'matchReceipts',
  'showProblems',
  'selectCell',
  'clearResults',
  'insertTemplateEn',
  'insertTemplateZh',
  'showFeeCalculator',
  'showSettings',
  'saveSettings',
  'TA_PAYMENT_FEE',
  'TA_SERVICE_FEE',
  'TA_WITHDRAWAL_FEE',
  'TA_CHECK',
] as const;
