import { describe, expect, it } from 'vitest';
import {
  BACKUP_VERSION,
  looksTruncated,
  makeBackup,
  parseBackup,
  planImport,
  serializeBackup,
} from '../../../core/exchange/backup';
import { record } from './fixtures';

const good = () => makeBackup([record('天门市', 2023), record('宁波市', 2023)], new Date('2024-01-02T03:04:05Z'));

describe('parseBackup', () => {
  it('accepts a good file, with or without a BOM', () => {
    const text = serializeBackup(good());
    for (const t of [text, '\uFEFF' + text]) {
      const r = parseBackup(t);
      expect(r.ok).toBe(true);
      if (r.ok) expect(r.backup.reports.map((x) => x.extraction.region)).toEqual(['天门市', '宁波市']);
    }
  });

  it('tells an empty file', () => {
    expect(parseBackup('  ')).toMatchObject({ ok: false, error: { code: 'empty' } });
  });

  it('tells a truncated file from corrupt JSON', () => {
    const text = serializeBackup(good());
    for (const cut of [text.length - 1, Math.floor(text.length / 2), 10]) {
      const r = parseBackup(text.slice(0, cut));
      expect(r).toMatchObject({ ok: false, error: { code: 'truncated' } });
      if (!r.ok) expect(r.error.message).toMatch(/ends before/);
    }
    expect(parseBackup('{"format": gwr}')).toMatchObject({ ok: false, error: { code: 'invalid_json' } });
    expect(parseBackup('<html></html>')).toMatchObject({ ok: false, error: { code: 'invalid_json' } });
  });

  it('catches a file cut at a record boundary through its count', () => {
    const b = good();
    b.reports.pop();
    expect(parseBackup(serializeBackup(b))).toMatchObject({ ok: false, error: { code: 'count_mismatch' } });
  });

  it('rejects another format and another version', () => {
    expect(parseBackup('{"reports": []}')).toMatchObject({ ok: false, error: { code: 'wrong_format' } });
    expect(parseBackup('[1,2]')).toMatchObject({ ok: false, error: { code: 'wrong_format' } });
    const b = { ...good(), version: BACKUP_VERSION + 1 };
    const r = parseBackup(JSON.stringify(b));
    expect(r).toMatchObject({ ok: false, error: { code: 'wrong_version' } });
    if (!r.ok) expect(r.error.message).toContain(String(BACKUP_VERSION + 1));
  });

  it('names the record and field that is missing or malformed', () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each case breaks the backup in its own way
    const cases: [(b: any) => void, string][] = [
      [(b) => delete b.reports[1].text, 'text'],
      [(b) => (b.reports[1].savedAt = '昨天'), 'savedAt'],
      [(b) => (b.reports[1].urls = []), 'urls'],
      [(b) => delete b.reports[1].extraction, 'extraction'],
      [(b) => (b.reports[1].extraction.kind = 'poem'), 'extraction.kind'],
      [(b) => (b.reports[1].extraction.targets[0].value = '6'), 'extraction.targets[0].value'],
      [(b) => (b.reports[1].extraction.targets[0] = null), 'extraction.targets[0]'],
      [(b) => (b.reports[1].extraction.rows = {}), 'extraction.rows'],
      [(b) => (b.reports[1].corrections = { items: { k: { value: 'x' } } }), 'corrections.items.k'],
    ];
    for (const [spoil, field] of cases) {
      const b = JSON.parse(serializeBackup(good()));
      spoil(b);
      const r = parseBackup(JSON.stringify(b));
      expect(r, field).toMatchObject({ ok: false, error: { code: 'bad_record', record: 1, field } });
      if (!r.ok) expect(r.error.message).toContain('Report 2');
    }
  });

  it('finds truncation in one pass, strings and escapes included', () => {
    expect(looksTruncated('{"a": "x}')).toBe(true);
    expect(looksTruncated('{"a": "x\\"}"}')).toBe(false);
    expect(looksTruncated('[[1,2]')).toBe(true);
    expect(looksTruncated('{"a": 1,}')).toBe(false);
  });
});

describe('planImport', () => {
  it('adds new records, points copies at existing ids, folds duplicates within the file', () => {
    const a = record('天门市', 2023);
    const mirror = record('天门市', 2023, {
      url: 'http://mirror/x',
      urls: ['http://mirror/x'],
      contentHash: 'other',
      updatedAt: 2000,
    });
    const b = record('宁波市', 2023);
    const existing = new Map([['url:' + b.url, 7]]);
    const plan = planImport([a, mirror, b], existing);
    expect(plan.merges.get(7)).toEqual([b]);
    expect(plan.adds).toHaveLength(1);
    expect(plan.adds[0].urls).toEqual([a.url, 'http://mirror/x']);
    expect(plan.adds[0].updatedAt).toBe(2000);
  });

  it('keeps corrections from both copies', () => {
    const a = record('天门市', 2023, { corrections: { items: { 'targets:gdp:地区生产总值': { value: 7 } } } });
    const b = record('天门市', 2023, { updatedAt: 5000, corrections: { region: '天门市' } });
    const plan = planImport([a, b], new Map());
    expect(plan.adds[0].corrections).toEqual({ region: '天门市', items: { 'targets:gdp:地区生产总值': { value: 7 } } });
  });
});
