// Least privilege, pinned: the permissions the manifest asks for, the sites the content script runs
// on, and the policy for extension pages. Read from wxt.config.ts (unit tests run before the build)
// and, when a build newer than the sources exists, from the built manifests too.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import config from '../../wxt.config';

const root = join(__dirname, '../..');
const GOV = '*://*.gov.cn/*';
const ALLOWED = new Set(['storage', 'activeTab', 'contextMenus', 'scripting']);
// Never in required permissions: broad host access, or powers the product does not need.
const FORBIDDEN = [
  'tabs',
  '<all_urls>',
  '*://*/*',
  'http://*/*',
  'https://*/*',
  'webRequest',
  'webRequestBlocking',
  'cookies',
  'history',
  'downloads',
  'debugger',
  'nativeMessaging',
  'management',
  'proxy',
  'webNavigation',
  'clipboardRead',
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a manifest is read as loose JSON
type Manifest = Record<string, any>;
type Env = { browser: string; manifestVersion: 2 | 3; mode: string; command: 'build' | 'serve' };

async function manifestFor(env: Env): Promise<Manifest> {
  const m = (config as { manifest?: unknown }).manifest;
  if (typeof m === 'function') return (await m(env)) as Manifest;
  return (m ?? {}) as Manifest;
}

/** Problems with a content-security-policy string for extension pages: remote origins, eval, inline code. */
function cspProblems(csp: string): string[] {
  const bad: string[] = [];
  for (const directive of csp
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)) {
    const [name, ...sources] = directive.split(/\s+/);
    if (!/^(script-src|script-src-elem|worker-src|object-src|default-src)$/.test(name)) continue;
    for (const s of sources) {
      if (["'self'", "'wasm-unsafe-eval'", "'none'"].includes(s)) continue;
      bad.push(`${name} ${s}`); // unsafe-eval, unsafe-inline, http:, https:, *, any host
    }
  }
  return bad;
}

function checkCsp(m: Manifest): string[] {
  const csp = m.content_security_policy;
  if (csp === undefined) return []; // the browser's default: script-src 'self'
  const policies = typeof csp === 'string' ? [csp] : Object.values(csp as Record<string, string>);
  return policies.flatMap((p) => cspProblems(String(p)));
}

function checkCommon(m: Manifest): void {
  expect(m.externally_connectable, 'no other extension or site may message us').toBeUndefined();
  expect(checkCsp(m)).toEqual([]);
  for (const war of m.web_accessible_resources ?? []) {
    // MV3 objects with matches; MV2 plain paths expose files to every site.
    expect(typeof war, `web_accessible_resources entry ${JSON.stringify(war)} is exposed to all sites`).toBe('object');
    expect(war.matches, 'web_accessible_resources only for gov.cn').toEqual([GOV]);
  }
}

describe('the CSP check', () => {
  it('accepts the MV3 default and rejects remote script, eval and inline code', () => {
    expect(cspProblems("script-src 'self' 'wasm-unsafe-eval'; object-src 'self'")).toEqual([]);
    expect(cspProblems("script-src 'self' 'unsafe-eval' https://cdn.example.com; object-src *")).toEqual([
      "script-src 'unsafe-eval'",
      'script-src https://cdn.example.com',
      'object-src *',
    ]);
    expect(checkCsp({ content_security_policy: { extension_pages: "default-src 'self' 'unsafe-inline'" } })).toEqual([
      "default-src 'unsafe-inline'",
    ]);
  });
});

describe('wxt.config.ts manifest', () => {
  it('Chrome (MV3): only gov.cn host access, a small fixed set of permissions, the rest opt-in', async () => {
    const m = await manifestFor({ browser: 'chrome', manifestVersion: 3, mode: 'production', command: 'build' });
    expect(m.host_permissions).toEqual([GOV]);
    expect((m.permissions ?? []).filter((p: string) => !ALLOWED.has(p))).toEqual([]);
    expect((m.permissions ?? []).filter((p: string) => FORBIDDEN.includes(p))).toEqual([]);
    expect(m.optional_host_permissions).toEqual(['*://*/*']);
    expect(m.optional_permissions ?? []).toEqual([]);
    expect(m.content_scripts ?? [], 'content scripts are declared in entrypoints/, not in the config').toEqual([]);
    checkCommon(m);
  });

  it('Firefox (MV2): the same grants in MV2 terms', async () => {
    const m = await manifestFor({ browser: 'firefox', manifestVersion: 2, mode: 'production', command: 'build' });
    const required = [...(m.permissions ?? []), ...(m.host_permissions ?? [])];
    expect(required.filter((p: string) => !ALLOWED.has(p) && p !== GOV)).toEqual([]);
    expect(m.optional_permissions ?? m.optional_host_permissions).toEqual(['*://*/*']);
    checkCommon(m);
  });
});

// ---- content scripts: read their `matches` from the source --------------------------------------

function contentScriptFiles(): string[] {
  const dir = join(root, 'entrypoints');
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    const isContent = name === 'content' || name.startsWith('content.') || /\.content(\.[tj]sx?)?$/.test(name);
    if (!isContent) continue;
    if (statSync(full).isDirectory()) {
      for (const f of readdirSync(full)) if (/^index\.[tj]sx?$/.test(f)) out.push(join(full, f));
    } else if (/\.[tj]sx?$/.test(name)) out.push(full);
  }
  return out;
}

/** The `matches` array of the object given to defineContentScript, as literal strings (or a reason it is not literal). */
function declaredMatches(file: string): string[] | string {
  const src = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  let found: string[] | string = 'no defineContentScript({ matches }) found';
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && node.expression.getText(src) === 'defineContentScript') {
      const arg = node.arguments[0];
      if (arg && ts.isObjectLiteralExpression(arg)) {
        for (const p of arg.properties) {
          if (!ts.isPropertyAssignment(p) || p.name.getText(src) !== 'matches') continue;
          const v = p.initializer;
          if (ts.isArrayLiteralExpression(v) && v.elements.every((e) => ts.isStringLiteralLike(e))) {
            found = v.elements.map((e) => (e as ts.StringLiteralLike).text);
          } else found = `matches is not a literal array of strings: ${v.getText(src)}`;
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(src);
  return found;
}

describe('content scripts', () => {
  it('exist and run only on gov.cn pages', () => {
    const files = contentScriptFiles();
    expect(files.length, 'a content script entrypoint under entrypoints/').toBeGreaterThan(0);
    for (const f of files) expect(declaredMatches(f), f).toEqual([GOV]);
  });
});

// ---- the built manifests, when a build newer than its sources exists ---------------------------

function newestSource(): number {
  let t = statSync(join(root, 'wxt.config.ts')).mtimeMs;
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      const s = statSync(full);
      if (s.isDirectory()) walk(full);
      else t = Math.max(t, s.mtimeMs);
    }
  };
  walk(join(root, 'entrypoints'));
  return t;
}

describe('built manifests (checked when .output is newer than the sources)', () => {
  const built = ['chrome-mv3', 'firefox-mv2', 'firefox-mv3']
    .map((d) => join(root, '.output', d, 'manifest.json'))
    .filter((f) => existsSync(f) && statSync(f).mtimeMs >= newestSource());

  it(`keeps least privilege after WXT's additions (${built.length} fresh build(s))`, () => {
    for (const f of built) {
      const m = JSON.parse(readFileSync(f, 'utf8')) as Manifest;
      const hosts =
        m.manifest_version === 3
          ? (m.host_permissions ?? [])
          : (m.permissions ?? []).filter((p: string) => p.includes('://') || p.startsWith('<'));
      expect(hosts, f).toEqual([GOV]);
      const perms = (m.permissions ?? []).filter((p: string) => !hosts.includes(p));
      expect(
        perms.filter((p: string) => !ALLOWED.has(p)),
        f,
      ).toEqual([]);
      for (const cs of m.content_scripts ?? []) expect(cs.matches, f).toEqual([GOV]);
      checkCommon(m);
    }
  });
});
