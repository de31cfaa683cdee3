import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/**
 * Privacy by construction: the only permission is `storage` (seller settings + language in
 * chrome.storage.sync) and the only host is the draft form's. No background script, no network.
 */
export const PERMISSIONS = ['storage'] as const;
export const HOST_PERMISSIONS = ['https://biz.alibaba.com/*'] as const;

export default defineConfig({
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: [...PERMISSIONS],
    host_permissions: [...HOST_PERMISSIONS],
    action: { default_title: '__MSG_actionTitle__' },
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
  vite: () => ({
    plugins: [preact()],
    // Vite's modulepreload polyfill calls fetch(); extension pages load their chunks natively
    build: { modulePreload: { polyfill: false } },
  }),
});
