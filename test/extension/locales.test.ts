// Chinese first, English second: both locales carry the same messages and placeholders, and every key the
// extension's own UI asks for exists.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const load = (loc: string): Messages =>
  JSON.parse(readFileSync(join(root, 'public/_locales', loc, 'messages.json'), 'utf8'));

describe('locales', () => {
  const zh = load('zh_CN');
  const en = load('en');

  it('have the same keys and placeholders', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const key of Object.keys(zh)) {
      expect(Object.keys(en[key].placeholders ?? {}).sort(), key).toEqual(
        Object.keys(zh[key].placeholders ?? {}).sort(),
      );
      for (const name of Object.keys(zh[key].placeholders ?? {}))
        expect(zh[key].message, key).toContain(`$${name.toUpperCase()}$`);
    }
  });

  it('hold every key the popup and background use', () => {
    const dirs = ['components/popup', 'entrypoints/background', 'entrypoints/popup'];
    const code = dirs
      .flatMap((d) => readdirSync(join(root, d)).map((f) => readFileSync(join(root, d, f), 'utf8')))
      .join('\n');
    const keys = new Set([...code.matchAll(/(?:\bt|getMessage)\('([A-Za-z_]+)'/g)].map((m) => m[1]));
    for (const k of ['kind_gwr', 'kind_progress', 'kind_other']) keys.add(k); // built as `kind_${kind}`
    expect(keys.size).toBeGreaterThan(20);
    for (const key of keys) expect(zh[key], key).toBeDefined();
    expect(zh.save.message).toContain('保存');
    expect(zh.saved.message).toBe('已保存');
  });
});
