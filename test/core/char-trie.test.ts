import { describe, expect, it } from 'vitest';
import { CharTrie } from '../../core/text/char-trie';

describe('CharTrie', () => {
  const walk = (t: CharTrie, s: string) => {
    let node = 0;
    for (let k = 0; k < s.length && node >= 0; k++) node = t.child(node, s.charCodeAt(k));
    return node;
  };

  it('finds every name added, and nothing else', () => {
    const t = new CharTrie();
    const names = new Map<string, number>();
    for (let i = 0; i < 3000; i++) {
      const name = `地区${i.toString(36)}生产总值${i % 7}`;
      names.set(name, t.add(name));
    }
    for (const [name, node] of names) {
      expect(walk(t, name)).toBe(node);
      expect(t.add(name)).toBe(node); // adding again makes nothing new
    }
    expect(walk(t, '地区zzz生产总值')).toBe(-1);
    expect(walk(t, '城镇')).toBe(-1);
    expect(new Set(names.values()).size).toBe(names.size);
  });

  it('shares prefixes: a name and its extension are parent and child', () => {
    const t = new CharTrie();
    const short = t.add('城镇');
    const long = t.add('城镇化率');
    expect(walk(t, '城镇')).toBe(short);
    expect(t.child(t.child(short, '化'.charCodeAt(0)), '率'.charCodeAt(0))).toBe(long);
    expect(t.size).toBe(5); // root + 城 镇 化 率
  });
});
