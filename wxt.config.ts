import { defineConfig } from 'wxt';

const CSP =
  "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; connect-src 'none'; img-src 'self' data:";

// https://wxt.dev/api/config.html
export default defineConfig({
  // Explicit imports everywhere: easier to read, and `core/` must not depend on WXT globals.
  imports: false,
  manifest: ({ manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage', 'activeTab', 'contextMenus', 'scripting'],
    // Least privilege: the product is for government sites; anything else is activeTab or opt-in.
    host_permissions: ['*://*.gov.cn/*'],
    optional_host_permissions: ['*://*/*'],
    // Manifest V2 (the Firefox build) has no optional_host_permissions: the same grant is an optional permission.
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
    browser_specific_settings: {
      gecko: { id: 'gwr-lens@example.org', strict_min_version: '115.0' },
    },
  }),
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  }),
});
