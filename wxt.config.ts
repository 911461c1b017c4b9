// Build configuration: one MV3 manifest for Chromium, MV2 for Firefox, and nothing else. The
// permission list is the product's privacy promise: no host permissions, the page is only read
// after the reader clicks (activeTab). The built extension's pages also get a strict content
// security policy: no network connection at all (connect-src 'none'), only the extension's own
// scripts and styles; `wxt dev` keeps WXT's own policy so that its reload server still works.
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

const EXTENSION_PAGES_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "object-src 'none'",
  "connect-src 'none'",
  "img-src 'self' data: blob:",
  "style-src 'self'",
  "font-src 'self'",
  "media-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export default defineConfig({
  vite: () => ({ plugins: [preact({ prerender: { enabled: false } })] }),
  // The demo and the e2e tests launch Chromium themselves; wxt dev must not try to on a headless box.
  webExt: { disabled: true },
  // Firefox's add-on review asks for the sources of bundled code: ship them, less generated output.
  zip: { excludeSources: ['demo-output/**', 'eval-output/**', 'docs/**'] },
  manifest: ({ browser, command, manifestVersion }) => ({
    ...(command === 'build'
      ? { content_security_policy: manifestVersion === 2 ? EXTENSION_PAGES_CSP : { extension_pages: EXTENSION_PAGES_CSP } }
      : {}),
    name: 'Triangulate',
    description: 'Compare news coverage claim by claim: what only this outlet says, what it leaves out, where outlets disagree. Nothing leaves your device.',
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus', 'unlimitedStorage'],
    commands: {
      // MV2 (Firefox) names the toolbar button's command after browser_action.
      [manifestVersion === 2 ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Compare the article on this page',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'triangulate@triangulate.local',
              // 140 is the first Firefox (and 142 the first for Android) that reads
              // data_collection_permissions, the declaration that nothing is collected.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
