/**
 * Builds the after-the-draft replicas (order list, order detail, fund linking, withdrawal) into one
 * self-contained HTML file per page and language under test/pages/dist/ (JS and CSS inlined, no network
 * reference). The detail page embeds its window.VISION_SCHEMA in an inline script, as the real page does;
 * the list page fetches /list/ajax/ta/mainv2.json from its own origin (serve.ts answers it).
 *
 *   npx tsx test/pages/build.ts
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleJs, fusionCss } from '../replica/build';
import type { PageKind } from './src/hook';
import type { PagesLang } from './src/text';

const here = path.dirname(fileURLToPath(import.meta.url));
export const PAGES_SRC = path.join(here, 'src');
export const PAGES_DIST = path.join(here, 'dist');
export const PAGE_FIXTURES = path.resolve(here, '../fixtures/pages');

export const PAGE_KINDS: readonly PageKind[] = ['list', 'detail', 'fund', 'withdraw'];
/** The detail fixtures: one per order (the route picks one by ?orderId=). */
export const DETAIL_FIXTURES = ['detail-differs', 'detail-matches'] as const;
export type DetailFixture = (typeof DETAIL_FIXTURES)[number];

const COMPONENTS = [
  'Button',
  'Card',
  'Checkbox',
  'ConfigProvider',
  'Dialog',
  'Form',
  'Input',
  'Radio',
  'Select',
  'Tab',
  'Table',
];

/** A literal "</script" would end an inline <script> early. */
const scriptSafe = (js: string) => js.replace(/<\/script/gi, '<\\/script');

/** Fixture values are { zh, en } pairs where the page shows text: keep the page language's. */
export function localize(value: unknown, lang: PagesLang): unknown {
  if (Array.isArray(value)) return value.map((v) => localize(v, lang));
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    const keys = Object.keys(o);
    if (keys.length === 2 && typeof o.zh === 'string' && typeof o.en === 'string') return o[lang];
    return Object.fromEntries(keys.map((k) => [k, localize(o[k], lang)]));
  }
  return value;
}

export async function readFixture(name: string): Promise<unknown> {
  return JSON.parse(await readFile(path.join(PAGE_FIXTURES, `${name}.json`), 'utf8'));
}

const TITLES: Record<PageKind, { zh: string; en: string }> = {
  list: { zh: '所有订单 - 交易管理', en: 'All orders - Alibaba.com' },
  detail: { zh: '订单详情 - 交易管理', en: 'Order details - Alibaba.com' },
  fund: { zh: '外汇关联 - 资金管理', en: 'Link T/T receipts - Alibaba.com' },
  withdraw: { zh: '发起提现/转款 - 资金管理', en: 'Withdraw - Alibaba.com' },
};

function html(kind: PageKind, lang: PagesLang, css: string, js: string, data: string): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<title>${TITLES[kind][lang]}</title>`,
    `<style>${css}</style>`,
    '</head>',
    '<body>',
    '<div id="root"></div>',
    `<script>window.__PAGES_CONFIG__=${JSON.stringify({ page: kind, lang })};${data}</script>`,
    `<script>${js}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

export function pagePath(kind: PageKind, lang: PagesLang, variant = ''): string {
  return path.join(PAGES_DIST, `${kind}${variant ? `-${variant}` : ''}-${lang}.html`);
}

async function writeAtomic(file: string, text: string): Promise<void> {
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(tmp, text);
  await rename(tmp, file);
}

/** Builds every page in both languages; returns the files written. */
export async function buildPages(): Promise<string[]> {
  const [fusion, own, js] = await Promise.all([
    fusionCss(),
    readFile(path.join(PAGES_SRC, 'pages.css'), 'utf8'),
    bundleJs(path.join(PAGES_SRC, 'main.tsx'), COMPONENTS),
  ]);
  const css = `${fusion}\n${own}`.replace(/<\/style/gi, '<\\/style');
  const fund = await readFixture('fund-linking');
  await mkdir(PAGES_DIST, { recursive: true });
  const written: string[] = [];
  const emit = async (kind: PageKind, lang: PagesLang, data: string, variant = '') => {
    const file = pagePath(kind, lang, variant);
    await writeAtomic(file, html(kind, lang, css, js, data));
    written.push(file);
  };
  for (const lang of ['zh', 'en'] as const) {
    await emit('list', lang, '');
    for (const name of DETAIL_FIXTURES) {
      // as the real page: the schema is an assignment in an inline script of its own
      const schema = scriptSafe(JSON.stringify(localize(await readFixture(name), lang)));
      await emit('detail', lang, `</script>\n<script>window.VISION_SCHEMA = ${schema};`, name);
    }
    await emit('fund', lang, `window.__FUND_DATA__=${scriptSafe(JSON.stringify(localize(fund, lang)))};`);
    await emit('withdraw', lang, '');
  }
  return written;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const t0 = Date.now();
  buildPages().then(
    (files) => console.log(`${files.length} pages built in ${Date.now() - t0} ms`),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
