import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';

const require = createRequire(import.meta.url);
/** i18n-iso-countries' English and Chinese name files (what core's destinations.ts imports). */
const COUNTRY_NAME_FILES = { en: 'i18n-iso-countries/langs/en.json', zh: 'i18n-iso-countries/langs/zh.json' };
/** The packaged copy the checker module loads (src/content/destination-names.ts explains why). */
const DESTINATION_NAMES_FILE = 'destination-names.json';
/** The checker module content.js imports where the draft form is (src/content/lazy.ts): entrypoint name. */
const FORM_CHECKER = 'form-checker';
/** The order-list and order-detail module content.js imports on those pages (src/features/auto-start.ts). */
const PAGE_FEATURES = 'page-features';
/** The classic script the toolbar click injects (src/background/page-tools.ts). */
const PAGE_TOOLS = 'page-tools';
/** ES modules imported with import() (WXT builds other unlisted scripts as classic IIFE scripts). */
const ES_MODULES = [FORM_CHECKER, PAGE_FEATURES];
/** Scripts built without the country-name dataset: the checker reads it from the package, the others need none. */
const WITHOUT_COUNTRY_NAMES = [...ES_MODULES, PAGE_TOOLS];
/**
 * Test builds only (extension/test/pages): TA_TEST_NOW fixes "now" for the day counts; TA_TEST_HOST grants
 * the replicas' host so a browser without a toolbar to click runs the same injection. Both go to
 * .output-test, never to the packaged build.
 */
const TEST_NOW = process.env.TA_TEST_NOW ?? null;
const TEST_HOST = process.env.TA_TEST_HOST;

function destinationNamesJson(): string {
  const countries = (spec: string) =>
    (JSON.parse(readFileSync(require.resolve(spec), 'utf8')) as { countries: unknown }).countries;
  return JSON.stringify({ en: countries(COUNTRY_NAME_FILES.en), zh: countries(COUNTRY_NAME_FILES.zh) });
}

/** Builds of WITHOUT_COUNTRY_NAMES only: the dataset files become empty tables (the checker fills them at run time). */
function emptyCountryNames(): Plugin {
  const files: string[] = Object.values(COUNTRY_NAME_FILES);
  const EMPTY = '\0ta-empty-country-names'; // no .json suffix: Vite's JSON plugin would parse it
  return {
    name: 'ta-toolkit:empty-country-names',
    enforce: 'pre',
    resolveId: (id) => (files.includes(id) ? EMPTY : null),
    load: (id) => (id === EMPTY ? 'export default { countries: {} };' : null),
  };
}

/**
 * Privacy by construction: `storage` (seller settings + language in chrome.storage.sync), `activeTab` +
 * `scripting` (the toolbar click injects the page-tools script into that one tab, src/background), and the
 * one host, the draft form's. The background worker only opens the options page when a hint asks and
 * injects on the toolbar click (entrypoints/background.ts); no network.
 */
export const PERMISSIONS = ['storage', 'activeTab', 'scripting'] as const;
export const HOST_PERMISSIONS = ['https://biz.alibaba.com/*'] as const;

export default defineConfig({
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: [...PERMISSIONS],
    host_permissions: [...HOST_PERMISSIONS, ...(TEST_HOST ? [TEST_HOST] : [])],
    action: { default_title: '__MSG_actionTitle__' },
    // content.js imports the checker module from the package, which reads its country-name table
    // from the package too (never the network); both only for the draft form's host
    web_accessible_resources: [
      {
        resources: [`${FORM_CHECKER}.js`, `${PAGE_FEATURES}.js`, DESTINATION_NAMES_FILE],
        matches: [...HOST_PERMISSIONS],
      },
    ],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'ta-toolkit@ta-toolkit.invalid',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  zip: {
    name: 'ta-toolkit',
    // the store's source upload: the monorepo (core is built into the extension), without build output
    sourcesRoot: '..',
    excludeSources: ['test/artifacts/**', '**/dist/**', '**/.scratch/**', '**/.output/**', '**/.wxt/**'],
  },
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push({ relativeDest: DESTINATION_NAMES_FILE, contents: destinationNamesJson() });
    },
    'vite:build:extendConfig': (entrypoints, config) => {
      const unlisted = entrypoints.filter((e) => e.type === 'unlisted-script').map((e) => e.name);
      if (unlisted.some((name) => WITHOUT_COUNTRY_NAMES.includes(name)))
        config.plugins = [emptyCountryNames(), ...(config.plugins ?? [])];
      if (unlisted.some((name) => ES_MODULES.includes(name))) {
        // WXT builds an unlisted script as an IIFE (library mode); this one is imported with import(),
        // so it is an ES module: one file, no imports of its own, its default export the entry's result
        if (config.build?.lib) config.build.lib.formats = ['es'];
        // Vite leaves an ES library's whitespace (for downstream tree-shaking); this file is final code
        const output = config.build?.rollupOptions?.output;
        if (output && !Array.isArray(output)) output.minify = true;
      }
    },
  },
  ...(TEST_NOW || TEST_HOST ? { outDir: '.output-test' } : {}),
  vite: () => ({
    plugins: [preact()],
    define: { __TA_TEST_NOW__: JSON.stringify(TEST_NOW) },
    // Vite's modulepreload polyfill calls fetch(); extension pages load their chunks natively
    build: { modulePreload: { polyfill: false } },
  }),
});
