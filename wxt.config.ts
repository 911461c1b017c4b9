// Build configuration: one MV3 manifest for Chromium, MV2 for Firefox, and nothing else. The
// permission list is the product's privacy promise: no host permissions, the page is only read
// after the reader clicks (activeTab).
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  vite: () => ({ plugins: [preact({ prerender: { enabled: false } })] }),
  // The demo and the e2e tests launch Chromium themselves; wxt dev must not try to on a headless box.
  webExt: { disabled: true },
  zip: { excludeSources: ['**/*'] },
  manifest: ({ browser }) => ({
    name: 'Triangulate',
    description: 'Compare news coverage claim by claim: what only this outlet says, what it leaves out, where outlets disagree. Nothing leaves your device.',
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus', 'unlimitedStorage'],
    action: { default_title: 'Compare this article (Alt+Shift+T)' },
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+T' },
        description: 'Compare the article on this page',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'triangulate@triangulate.local',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
