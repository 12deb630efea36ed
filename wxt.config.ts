import { defineConfig } from 'wxt';

const CSP =
  "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; connect-src 'none'; img-src 'self' data:";

// https://wxt.dev/api/config.html
export default defineConfig({
  // Explicit imports everywhere: easier to read, and `core/` must not depend on WXT globals.
  imports: false,
  // Manifest V3 in Firefox too (WXT's default there is V2): one manifest and one set of APIs (action,
  // host_permissions, an event-driven background) in both browsers; README "Browsers" says why.
  manifestVersion: 3,
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage', 'activeTab', 'contextMenus', 'scripting'],
    // Least privilege: the product is for government sites; anything else is activeTab or opt-in.
    host_permissions: ['*://*.gov.cn/*'],
    optional_host_permissions: ['*://*/*'],
    // Manifest V2 (`wxt build --mv2`) has no optional_host_permissions: the same grant is an optional permission.
    ...(manifestVersion === 2 ? { optional_permissions: ['*://*/*'] } : {}),
    // Extension pages load only their own code and talk to nobody: no remote script, no eval, and
    // connect-src 'none' so that even a bug cannot send a report anywhere.
    content_security_policy: manifestVersion === 2 ? CSP : { extension_pages: CSP },
    action: { default_title: '__MSG_extName__' },
    commands: {
      'save-report': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandSave__',
      },
    },
    // Firefox only. Firefox 140 (Android 142) is the first to read data_collection_permissions, which
    // addons.mozilla.org requires of new add-ons: this one collects nothing.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'gwr-lens@example.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  }),
});
