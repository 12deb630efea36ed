// What `npm ci` installs is honest about itself: every installed package runs on every Node version that
// package.json's `engines` admits (the range is what the tools need: vite, vitest, knip, eslint's parts), and
// every package with an install script is approved or denied by name in `allowScripts` (npm 11 skips
// scripts not listed and warns). esbuild's postinstall is approved: it checks the platform binary and puts it
// in place of the JavaScript shim. spawn-sync's is denied: for Node without spawnSync (before 0.12) it would
// rewrite its own package.json and run npm inside node_modules.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import semver from 'semver';

const ROOT = join(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8'));
type Entry = { version: string; engines?: { node?: string }; hasInstallScript?: boolean };
const installed = Object.entries(lock.packages as Record<string, Entry>).filter(
  ([path]) => path && existsSync(join(ROOT, path)),
);
const nameOf = (path: string) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);

describe('install', () => {
  it("states the Node versions every installed package supports, and this machine's is one", () => {
    const range: string = pkg.engines.node;
    const narrower = installed.filter(([, e]) => e.engines?.node && !semver.subset(range, e.engines.node));
    expect(narrower.map(([path, e]) => `${nameOf(path)}@${e.version} needs ${e.engines!.node}`)).toEqual([]);
    expect(semver.satisfies(process.versions.node, range)).toBe(true);
  });

  it('lists every package with an install script in allowScripts', () => {
    const listed = new Set(Object.keys(pkg.allowScripts ?? {}));
    const scripts = installed.filter(([, e]) => e.hasInstallScript).map(([path]) => nameOf(path));
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((name) => !listed.has(name))).toEqual([]);
    expect(pkg.allowScripts).toMatchObject({ esbuild: true, 'spawn-sync': false });
  });
});
