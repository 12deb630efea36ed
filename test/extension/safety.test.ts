// Page text is rendered as text: no HTML injection anywhere in the extension's own UI and wiring.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx)$/.test(f) ? [p] : [];
  });
}

describe('rendering safety', () => {
  it('never sets HTML from strings in the popup, background, content script or storage', () => {
    const checked = [
      ...files(join(root, 'components/popup')),
      ...files(join(root, 'entrypoints/background')),
      ...files(join(root, 'entrypoints/content')),
      join(root, 'entrypoints/popup/main.tsx'),
      ...files(join(root, 'storage')),
    ];
    expect(checked.length).toBeGreaterThan(10);
    for (const f of checked)
      expect(readFileSync(f, 'utf8'), f).not.toMatch(
        /dangerouslySetInnerHTML|\.innerHTML\s*=|insertAdjacentHTML|document\.write/,
      );
  });
});
