/**
 * Chromium with the built extension (extension/.output/chrome-mv3) loaded, per recipes.md: Debian's
 * Chromium through playwright-core, a fresh profile, --load-extension. Every request is recorded; the
 * replica is served at its real biz.alibaba.com address so the production match patterns apply, and
 * anything else is aborted (and so shows up in `requests`).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../test/replica/browser.ts';
import { REPLICA_URL, type ReplicaLang, replicaHtml } from '../../../test/replica/serve.ts';

export const EXT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const EXT_DIR = path.join(EXT_ROOT, '.output/chrome-mv3');
export const ARTIFACTS = path.resolve(EXT_ROOT, '../test/artifacts');
export { REPLICA_URL };

/** Builds the Chrome extension when no build exists yet (npm test builds first; a lone vitest run may not). */
export function ensureBuilt(): void {
  if (existsSync(path.join(EXT_DIR, 'manifest.json'))) return;
  execFileSync('npx', ['wxt', 'build', '-b', 'chrome'], { cwd: EXT_ROOT, stdio: 'inherit' });
}

/** Chromium's id for an unpacked extension: sha256 of its absolute path, hex digits mapped to a–p. */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(path.resolve(dir)).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + Number.parseInt(c, 16))).join('');
}

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  /** Every request the browser made (URL), from the context's 'request' event. */
  requests: string[];
  /** Console errors and uncaught page errors, per page. */
  errors: string[];
  open(url: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launchWithExtension(pages: Record<string, string>): Promise<Harness> {
  ensureBuilt();
  const profile = mkdtempSync(path.join(tmpdir(), 'ta-ext-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${EXT_DIR}`, `--load-extension=${EXT_DIR}`],
  });
  const requests: string[] = [];
  const errors: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    // the extension's own files (popup, options, chunks) are local, not network
    if (url.protocol === 'chrome-extension:') return route.continue();
    const body = pages[url.pathname] ?? pages['*'];
    if (url.origin === 'https://biz.alibaba.com' && body !== undefined)
      return route.fulfill({ contentType: 'text/html; charset=utf-8', body });
    return route.abort();
  });
  const extensionId = unpackedExtensionId(EXT_DIR);
  return {
    context,
    extensionId,
    requests,
    errors,
    async open(url: string) {
      const page = await context.newPage();
      page.on('pageerror', (e) => errors.push(`pageerror ${url}: ${e.message}`));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`console ${url}: ${m.text()}`);
      });
      await page.goto(url);
      return page;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function replicaPages(lang: ReplicaLang): Promise<Record<string, string>> {
  return { '*': await replicaHtml(lang) };
}
