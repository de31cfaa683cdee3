/**
 * For the lead's `npm start`: serves the draft-form replica (test/replica) on 127.0.0.1 and explains how
 * to load the built extension. It builds nothing of the extension itself (run `npm run build -w extension`).
 *
 *   node --import tsx extension/scripts/serve-replica.ts [--port 5178] [--lang zh|en] [--demo]
 *
 * The content script only runs on https://biz.alibaba.com/*, so the replica at 127.0.0.1 is for looking
 * at the form and for the test harness; to see the extension work on it, `--demo` opens a visible
 * Chromium (when a display exists) with the extension loaded and biz.alibaba.com mapped to the replica.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPLICA_URL, type ReplicaLang, replicaHtml } from '../../test/replica/serve.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const EXT_DIR = path.resolve(here, '../.output/chrome-mv3');

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const port = Number(arg('port') ?? process.env.PORT ?? 5178);
const defaultLang: ReplicaLang = arg('lang') === 'en' ? 'en' : 'zh';
const demo = process.argv.includes('--demo');

const pages: Record<ReplicaLang, string> = { zh: await replicaHtml('zh'), en: await replicaHtml('en') };

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
  const q = url.searchParams.get('lang');
  const lang: ReplicaLang =
    q === 'en' || url.pathname.includes('-en') ? 'en' : q === 'zh' ? 'zh' : defaultLang;
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(pages[lang]);
});

server.listen(port, '127.0.0.1', () => {
  const built = existsSync(path.join(EXT_DIR, 'manifest.json'));
  const lines = [
    '',
    `Draft-form replica (Fusion Next, React 18): http://127.0.0.1:${port}/  (English: http://127.0.0.1:${port}/?lang=en)`,
    '',
    'Load the TA Toolkit extension in Chrome / Chromium:',
    '  1. open chrome://extensions and switch on "Developer mode" (top right)',
    '  2. click "Load unpacked" and choose:',
    `       ${EXT_DIR}${built ? '' : '   (not built yet: run `npm run build -w extension` first)'}`,
    '  3. click the toolbar icon for the fee calculator; "Settings" opens the seller settings',
    '',
    'Note: the content script runs only on https://biz.alibaba.com/* (its single host permission), so it does',
    'not run on this 127.0.0.1 page. The replica is for looking at the form and for the test harness: the',
    `end-to-end test serves it as ${REPLICA_URL} through Playwright's context.route.`,
    'To see the checks live on the replica:',
    '  - node --import tsx extension/scripts/serve-replica.ts --demo   (opens Chromium with the extension and the',
    '    biz.alibaba.com address mapped to the replica; needs a display)',
    '  - or log in to biz.alibaba.com and open a Trade Assurance / e收汇 draft page with the extension loaded.',
    '',
    'Ctrl+C stops the server.',
  ];
  console.log(lines.join('\n'));
  if (demo) void runDemo();
});

async function runDemo(): Promise<void> {
  if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.log('\n--demo: no display here (DISPLAY / WAYLAND_DISPLAY unset); the server keeps running.');
    return;
  }
  if (!existsSync(path.join(EXT_DIR, 'manifest.json'))) {
    console.log('\n--demo: build the extension first: npm run build -w extension');
    return;
  }
  const { chromium } = await import('playwright-core');
  const context = await chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), 'ta-demo-')), {
    executablePath: '/usr/lib/chromium/chromium',
    headless: false,
    viewport: null,
    args: [
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${EXT_DIR}`,
      `--load-extension=${EXT_DIR}`,
    ],
  });
  await context.route('https://biz.alibaba.com/**', (r) => {
    const lang: ReplicaLang =
      new URL(r.request().url()).searchParams.get('lang') === 'en' ? 'en' : defaultLang;
    return r.fulfill({ contentType: 'text/html; charset=utf-8', body: pages[lang] });
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(REPLICA_URL);
  console.log(
    `\n--demo: Chromium shows ${REPLICA_URL} (the replica) with the extension; close the window to end.`,
  );
  context.on('close', () => {
    server.close();
    process.exit(0);
  });
}
