/**
 * The shipped packages: the production manifests ask for exactly the allowed permissions, the bundles
 * contain no eval / new Function (MV3 CSP, and no remote or generated code), the content script's one
 * dynamic import is of the packaged checker module, and Mozilla's addons-linter finds 0 errors in the
 * Firefox zip.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'acorn';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, '.output');
const BROWSERS = ['chrome', 'firefox'] as const;

/**
 * The allowlist: anything more needs a reason in review (privacy: storage, activeTab + scripting for the
 * toolbar click's one-tab injection, one host).
 */
const ALLOWED_PERMISSIONS = ['storage', 'activeTab', 'scripting'];
const ALLOWED_HOSTS = ['https://biz.alibaba.com/*'];
/**
 * The two packaged files the content script loads, for that host only: the checker module content.js
 * imports where the draft form is (src/content/lazy.ts), and the country-name table that module reads
 * (src/content/destination-names.ts).
 */
const CHECKER = 'form-checker.js';
const PAGE_FEATURES = 'page-features.js';
const ALLOWED_WEB_RESOURCES = [
  { resources: [CHECKER, PAGE_FEATURES, 'destination-names.json'], matches: ALLOWED_HOSTS },
];
/**
 * …the imports of the modules (the checker, and the order list/detail features' module): the extension's
 * own files, never a remote script…
 */
const OWN_MODULE_IMPORT =
  /\bimport\(\w+\.runtime\.getURL\([`'"]\/(?:form-checker|page-features)\.js[`'"]\)\)/g;
/** The classic script the toolbar click injects (scripting.executeScript({ files })). */
const PAGE_TOOLS = 'page-tools.js';
/** …and the one read of the table: the extension's own file, never the network. */
const OWN_FILE_FETCH = /\bfetch\(chrome\.runtime\.getURL\([`'"]\/destination-names\.json[`'"]\)\)/g;
/** Where each of those may appear (exactly once), relative to the browser's output folder. */
const CONTENT = 'content-scripts/content.js';

function wxt(...args: string[]): void {
  execFileSync('npx', ['wxt', ...args], { cwd: ROOT, stdio: 'pipe' });
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

/** Every node type in an acorn tree. */
function nodeTypes(node: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const n of node) nodeTypes(n, out);
  else if (node && typeof node === 'object') {
    const type = (node as { type?: unknown }).type;
    if (typeof type === 'string') out.add(type);
    for (const v of Object.values(node)) if (v && typeof v === 'object') nodeTypes(v, out);
  }
  return out;
}

const manifest = (b: string) =>
  JSON.parse(readFileSync(path.join(OUT, `${b}-mv3`, 'manifest.json'), 'utf8')) as Record<string, unknown>;

beforeAll(() => {
  // `npm test` builds both first; a lone run builds what is missing
  if (!existsSync(path.join(OUT, 'chrome-mv3/manifest.json'))) wxt('build', '-b', 'chrome');
  const zip = readdirSync(OUT).some((f) => f.endsWith('-firefox.zip'));
  if (!zip || !existsSync(path.join(OUT, 'firefox-mv3/manifest.json'))) wxt('zip', '-b', 'firefox');
}, 180_000);

describe.each(BROWSERS)('%s build', (browser) => {
  it('is Manifest V3 with exactly the allowed permissions and host', () => {
    const m = manifest(browser);
    expect(m.manifest_version).toBe(3);
    expect(m.permissions).toEqual(ALLOWED_PERMISSIONS);
    expect(m.host_permissions).toEqual(ALLOWED_HOSTS);
    expect(m.optional_permissions).toBeUndefined();
    expect(m.optional_host_permissions).toBeUndefined();
    expect(m.externally_connectable).toBeUndefined();
    expect(m.web_accessible_resources).toEqual(ALLOWED_WEB_RESOURCES);
    const scripts = m.content_scripts as { matches: string[] }[];
    expect(scripts.flatMap((s) => s.matches)).toEqual(ALLOWED_HOSTS);
  });

  it('ships no eval, new Function, remote script or network API in its code', () => {
    const js = files(path.join(OUT, `${browser}-mv3`)).filter(
      (f) => f.endsWith('.js') || f.endsWith('.html'),
    );
    expect(js.length).toBeGreaterThan(2);
    expect(js.map((f) => path.relative(path.join(OUT, `${browser}-mv3`), f))).toEqual(
      expect.arrayContaining([CONTENT, CHECKER, PAGE_FEATURES, PAGE_TOOLS]),
    );
    for (const f of js) {
      const rel = path.relative(path.join(OUT, `${browser}-mv3`), f);
      const all = readFileSync(f, 'utf8');
      // content.js imports the packaged checker module, once; the module reads its packaged name table,
      // once; nothing else imports or fetches anything
      expect(all.match(OWN_MODULE_IMPORT)?.length ?? 0, rel).toBe(rel === CONTENT ? 2 : 0);
      expect(all.match(OWN_FILE_FETCH)?.length ?? 0, rel).toBe(rel === CHECKER ? 1 : 0);
      const code = all.replace(OWN_MODULE_IMPORT, '').replace(OWN_FILE_FETCH, '');
      expect(code, rel).not.toMatch(/\bimport\s*\(|importScripts/);
      expect(code, rel).not.toMatch(/\beval\s*\(/);
      expect(code, rel).not.toMatch(/new\s+Function\s*\(/);
      expect(code, rel).not.toMatch(/<script[^>]+src=["']?https?:/);
      expect(code, rel).not.toMatch(/\bfetch\s*\(|XMLHttpRequest|WebSocket\s*\(|sendBeacon|EventSource\s*\(/);
    }
  });
});

describe('the checker module', () => {
  it.each(BROWSERS)(
    '%s: is one self-contained ES module (no imports), default-exporting its attach',
    async (b) => {
      const code = readFileSync(path.join(OUT, `${b}-mv3`, CHECKER), 'utf8');
      const program = parse(code, { ecmaVersion: 'latest', sourceType: 'module' });
      const kinds = program.body.map((n) => n.type);
      expect(kinds).not.toContain('ImportDeclaration');
      expect(kinds).not.toContain('ExportAllDeclaration');
      expect(kinds.filter((k) => k.startsWith('Export'))).toEqual(['ExportNamedDeclaration']);
      const exported = program.body.flatMap((n) =>
        n.type === 'ExportNamedDeclaration'
          ? n.specifiers.map((s) => (s.exported as { name: string }).name)
          : [],
      );
      expect(exported).toEqual(['default']);
      expect([...nodeTypes(program)]).not.toContain('ImportExpression');
      // the page's content.js holds only the detector: no rule text, no overlay
      const content = readFileSync(path.join(OUT, `${b}-mv3`, CONTENT), 'utf8');
      expect(content).not.toContain('ta-toolkit-overlay');
      expect(code).toContain('ta-toolkit-overlay');
    },
  );
});

describe('the injected page-tools script', () => {
  it.each(BROWSERS)(
    '%s: is one classic script (no import or export) whose last statement is its result',
    (b) => {
      const code = readFileSync(path.join(OUT, `${b}-mv3`, PAGE_TOOLS), 'utf8');
      const program = parse(code, { ecmaVersion: 'latest', sourceType: 'script' });
      expect([...nodeTypes(program)]).not.toContain('ImportExpression');
      // executeScript returns the value of the script's last expression statement: the report
      expect(program.body.at(-1)?.type).toBe('ExpressionStatement');
      expect(code).not.toContain('chrome-extension://');
    },
  );
});

describe('packaged country names', () => {
  it('the content script and checker leave the dataset out and get the same answers from the packaged table', async () => {
    for (const f of [CONTENT, CHECKER, PAGE_FEATURES, PAGE_TOOLS]) {
      const code = readFileSync(path.join(OUT, 'chrome-mv3', f), 'utf8');
      expect(code, f).not.toContain('Afghanistan');
      expect(code, f).not.toContain('阿富汗');
    }
    const d = await import('@ta-toolkit/core/tables/destinations');
    const inputs = d
      .allDestinations()
      .flatMap((x) => [x.code, x.name.en, x.name.zh, x.name.en.toUpperCase()]);
    inputs.push('中国台湾', 'UAE', 'Crimea, Ukraine', 'Narnia', '', '  united   states ');
    const before = inputs.map((i) => [i, d.resolveDestination(i)]);
    const names = d.allDestinations();
    for (const b of BROWSERS) {
      const file = path.join(OUT, `${b}-mv3`, 'destination-names.json');
      d.registerDestinationNames(JSON.parse(readFileSync(file, 'utf8')));
      expect(
        inputs.map((i) => [i, d.resolveDestination(i)]),
        b,
      ).toEqual(before);
      expect(d.allDestinations(), b).toEqual(names);
    }
    const of = (i: string) => before.find(([x]) => x === i)?.[1];
    expect([of('中国台湾'), of('UAE'), of('Crimea, Ukraine'), of('Narnia')]).toEqual([
      'TW',
      'AE',
      'UA-43',
      null,
    ]);
  });
});

describe('firefox', () => {
  it('declares the gecko settings AMO needs', () => {
    const m = manifest('firefox') as {
      browser_specific_settings: {
        gecko: { id: string; strict_min_version: string; data_collection_permissions: unknown };
      };
    };
    expect(m.browser_specific_settings.gecko.id).toMatch(/@/);
    expect(m.browser_specific_settings.gecko.strict_min_version).toBe('140.0');
    expect(m.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('passes Mozilla addons-linter with 0 errors', () => {
    const zip = readdirSync(OUT).find((f) => f.endsWith('-firefox.zip'));
    expect(zip).toBeDefined();
    let out: string;
    try {
      out = execFileSync('npx', ['addons-linter', '--output', 'json', path.join(OUT, zip ?? '')], {
        cwd: ROOT,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (e) {
      out = String((e as { stdout?: string }).stdout ?? '');
    }
    const report = JSON.parse(out) as {
      summary: { errors: number };
      errors: { code: string; message: string }[];
    };
    expect(report.errors.map((e) => `${e.code}: ${e.message}`)).toEqual([]);
    expect(report.summary.errors).toBe(0);
  }, 120_000);
});
