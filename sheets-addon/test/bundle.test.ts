import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import * as acorn from 'acorn';
import { beforeAll, describe, expect, it } from 'vitest';
import { ADDON, build, DIST, ENTRY_POINTS } from './built.ts';

let out: ReturnType<typeof build>;
beforeAll(() => {
  out = build();
}, 120_000);

const CUSTOM = ['TA_PAYMENT_FEE', 'TA_SERVICE_FEE', 'TA_WITHDRAWAL_FEE', 'TA_CHECK'];

describe('dist/appsscript.json', () => {
  it('is V8 with exactly the allowed scopes', () => {
    const m = JSON.parse(out.manifest);
    expect(m.runtimeVersion).toBe('V8');
    expect([...m.oauthScopes].sort()).toEqual([
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
    ]);
    expect(m.addOns).toBeUndefined();
  });
});

describe('dist/Code.js', () => {
  it('is a classic script: no import/export left, and one IIFE global plus the stubs at top level', () => {
    const ast = acorn.parse(out.code, { ecmaVersion: 2020, sourceType: 'script', onComment: [] });
    const fns = ast.body
      .filter((n) => n.type === 'FunctionDeclaration')
      .map((n) => (n as acorn.FunctionDeclaration).id.name);
    expect(fns.sort()).toEqual([...ENTRY_POINTS].sort());
    const vars = ast.body.filter((n) => n.type === 'VariableDeclaration') as acorn.VariableDeclaration[];
    expect(vars.flatMap((v) => v.declarations.map((d) => (d.id as acorn.Identifier).name))).toEqual([
      '__addon',
    ]);
    // besides those: only a "use strict" directive (tsconfig strict), no statement that runs anything else
    const rest = ast.body.filter((n) => !['FunctionDeclaration', 'VariableDeclaration'].includes(n.type));
    expect(rest.map((n) => (n as acorn.ExpressionStatement).directive)).toEqual(['use strict']);
  });

  it('puts @customfunction JSDoc right above each custom function', () => {
    const comments: acorn.Comment[] = [];
    const ast = acorn.parse(out.code, { ecmaVersion: 2020, sourceType: 'script', onComment: comments });
    for (const name of CUSTOM) {
      const fn = ast.body.find(
        (n) => n.type === 'FunctionDeclaration' && (n as acorn.FunctionDeclaration).id.name === name,
      ) as acorn.FunctionDeclaration;
      const doc = comments.filter((c) => c.type === 'Block' && c.end <= fn.start).at(-1);
      expect(doc?.value.startsWith('*'), name).toBe(true);
      expect(out.code.slice(doc?.end, fn.start).trim(), `${name}: nothing between JSDoc and function`).toBe(
        '',
      );
      expect(doc?.value).toMatch(/@customfunction\s*$/);
      expect(doc?.value).toMatch(/@param/);
    }
  });

  it('keeps internal functions out of the global scope', () => {
    // zod, core and the add-on's modules live inside the IIFE
    expect(out.code).toMatch(/^var __addon = \(\(\) => \{/m);
  });
});

describe('dist/Sidebar.html', () => {
  it('is one self-contained file: inline script and style, nothing loaded from elsewhere', () => {
    expect(out.sidebar).not.toMatch(/<script[^>]+src=/i);
    expect(out.sidebar).not.toMatch(/<link[^>]+href=/i);
    // only XML namespace names (SVG, XHTML, MathML in Preact's renderer), which nothing fetches
    expect(out.sidebar).not.toMatch(
      /https?:\/\/(?!www\.w3\.org\/(2000\/svg|1999\/xhtml|1998\/Math\/MathML))/,
    );
    expect(out.sidebar.match(/<\/script>/gi)).toHaveLength(1);
    expect(out.sidebar).toContain('tt-intl'); // core's payment-method table is bundled in
  });
});

describe('clasp', () => {
  it('the example .clasp.json pushes exactly the three built files', () => {
    const example = JSON.parse(readFileSync(join(ADDON, '.clasp.json.example'), 'utf8'));
    expect(example.rootDir).toBe('dist');
    const dir = mkdtempSync(join(tmpdir(), 'clasp-'));
    writeFileSync(join(dir, '.clasp.json'), JSON.stringify(example));
    cpSync(DIST, join(dir, 'dist'), { recursive: true });
    // `clasp status` is offline: it lists what `clasp push` would send
    const out = execFileSync(join(ADDON, '../node_modules/.bin/clasp'), ['status', '--json'], {
      cwd: dir,
      env: { ...process.env, HOME: dir },
      encoding: 'utf8',
    });
    const status = JSON.parse(out.slice(out.indexOf('{')));
    expect(status.filesToPush.map((f: string) => basename(f)).sort()).toEqual([
      'Code.js',
      'Sidebar.html',
      'appsscript.json',
    ]);
  }, 60_000);
});

describe('zod inside the bundle', () => {
  it('is configured jitless as soon as Code.js loads (Apps Script must never need new Function)', async () => {
    const vm = await import('node:vm');
    const ctx = vm.createContext({ console }, { codeGeneration: { strings: false, wasm: false } });
    vm.runInContext(out.code, ctx, { filename: 'Code.js' });
    expect(
      vm.runInContext('globalThis.__zod_globalConfig && globalThis.__zod_globalConfig.jitless', ctx),
    ).toBe(true);
  });
});
