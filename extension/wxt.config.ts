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
          },
        }
      : {}),
  }),
  zip: { sourcesRoot: '..' },
  vite: () => ({ plugins: [preact()] }),
});
