/**
 * Builds the Trade Assurance draft-form replica into one self-contained HTML file per language:
 * test/replica/dist/draft-zh.html and draft-en.html (JS and CSS inlined, no network references).
 *
 *   npm run build:replica -w test        (or: npx tsx test/replica/build.ts)
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

export type ReplicaLang = 'zh' | 'en';

const here = path.dirname(fileURLToPath(import.meta.url));
export const REPLICA_SRC = path.join(here, 'src');
export const REPLICA_DIST = path.join(here, 'dist');
const require = createRequire(import.meta.url);

export function replicaPath(lang: ReplicaLang): string {
  return path.join(REPLICA_DIST, `draft-${lang}.html`);
}

/** Fusion Next's stylesheet without its @font-face rules (they load fonts from alicdn.com). */
export async function fusionCss(): Promise<string> {
  const file = require.resolve('@alifd/next/dist/next.min.css');
  const css = await readFile(file, 'utf8');
  const stripped = css.replace(/@font-face\s*\{[^}]*\}/g, '');
  if (/url\(\s*["']?(https?:)?\/\//.test(stripped)) {
    throw new Error('replica: Fusion CSS still references a remote URL after stripping @font-face');
  }
  return stripped;
}

/** Fusion components the replica uses (its index also pulls in Tree, which needs lodash). */
const FUSION_COMPONENTS = [
  'Button',
  'Checkbox',
  'ConfigProvider',
  'DatePicker',
  'Form',
  'Input',
  'NumberPicker',
  'Radio',
  'Select',
  'Table',
];

/**
 * `import { Form } from '@alifd/next'` -> `@alifd/next/es/form`, what babel-plugin-import does in
 * Alibaba's own builds: only the used components are bundled.
 */
export function fusionPerComponent(components: readonly string[]): Plugin {
  return {
    name: 'fusion-per-component',
    setup(b) {
      b.onResolve({ filter: /^@alifd\/next$/ }, () => ({ path: 'fusion-shim', namespace: 'fusion-shim' }));
      b.onLoad({ filter: /.*/, namespace: 'fusion-shim' }, () => ({
        contents: components
          .map((name) => {
            const dir = name.replace(/[A-Z]/g, (c, i: number) => (i ? '-' : '') + c.toLowerCase());
            return `export { default as ${name} } from '@alifd/next/es/${dir}';`;
          })
          .join('\n'),
        resolveDir: here,
        loader: 'js',
      }));
    },
  };
}

/** One minified IIFE of a replica's entry, Fusion per component, safe to inline in a <script>. */
export async function bundleJs(
  entry = path.join(REPLICA_SRC, 'main.tsx'),
  components: readonly string[] = FUSION_COMPONENTS,
): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    jsx: 'automatic',
    write: false,
    legalComments: 'none',
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"', global: 'window' },
    plugins: [fusionPerComponent(components)],
  });
  const out = result.outputFiles[0];
  if (!out) throw new Error('replica: esbuild produced no output');
  // Inline-script safety: a literal "</script" would end the <script> element early.
  return out.text.replace(/<\/script/gi, '<\\/script');
}

function page(lang: ReplicaLang, css: string, js: string): string {
  const title =
    lang === 'zh' ? '起草信用保障订单 - Alibaba.com' : 'Draft a Trade Assurance order - Alibaba.com';
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${title}</title>`,
    `<style>${css}</style>`,
    '</head>',
    '<body>',
    '<div id="root"></div>',
    `<script>window.__REPLICA_DEFAULT_LANG__=${JSON.stringify(lang)};</script>`,
    `<script>${js}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

async function writeAtomic(file: string, text: string): Promise<void> {
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(tmp, text);
  await rename(tmp, file);
}

/** Builds both HTML files; returns their paths. */
export async function buildReplica(): Promise<Record<ReplicaLang, string>> {
  const [css, ownCss, js] = await Promise.all([
    fusionCss(),
    readFile(path.join(REPLICA_SRC, 'replica.css'), 'utf8'),
    bundleJs(),
  ]);
  await mkdir(REPLICA_DIST, { recursive: true });
  const allCss = `${css}\n${ownCss}`.replace(/<\/style/gi, '<\\/style');
  const out = { zh: replicaPath('zh'), en: replicaPath('en') };
  await writeAtomic(out.zh, page('zh', allCss, js));
  await writeAtomic(out.en, page('en', allCss, js));
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const t0 = Date.now();
  buildReplica().then(
    async (out) => {
      for (const file of Object.values(out)) {
        const size = (await readFile(file)).length;
        console.log(`${path.relative(process.cwd(), file)}  ${(size / 1024).toFixed(0)} KB`);
      }
      console.log(`replica built in ${Date.now() - t0} ms`);
    },
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
