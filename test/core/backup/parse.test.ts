import { describe, expect, it } from 'vitest';
import {
  BACKUP_VERSION,
  looksTruncated,
  makeBackup,
  parseBackup,
  planImport,
  ReportMerge,
  serializeBackup,
} from '../../../core/exchange/backup';
import { record } from './fixtures';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractReport } from '../../../core/extract';
import { addressKey } from '../../../core/shapes/address';

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

  it('checks every field for its type and range', () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each case breaks the backup in its own way
    const cases: [(b: any) => void, string][] = [
      [(b) => (b.reports[0].title = 7), 'title'],
      [(b) => (b.reports[0].url = 'not an address'), 'url'],
      [(b) => (b.reports[0].urls = ['http://a.gov.cn/', 3]), 'urls[1]'],
      [(b) => (b.reports[0].updatedAt = 1.5), 'updatedAt'],
      [(b) => (b.reports[0].savedAt = -1), 'savedAt'],
      [(b) => (b.reports[0].savedAt = 1e300), 'savedAt'],
      [(b) => (b.reports[0].extraction.confidence = 2), 'extraction.confidence'],
      [(b) => (b.reports[0].extraction.report_year = 2023.5), 'extraction.report_year'],
      [(b) => (b.reports[0].extraction.level = 'village'), 'extraction.level'],
      [(b) => (b.reports[0].extraction.reasons = 'title'), 'extraction.reasons'],
      [(b) => (b.reports[0].extraction.text_length = '20'), 'extraction.text_length'],
      [(b) => (b.reports[0].extraction.targets[0].label = 5), 'extraction.targets[0].label'],
      [(b) => (b.reports[0].extraction.targets[0].unit = {}), 'extraction.targets[0].unit'],
      [(b) => (b.reports[0].extraction.targets[0].start = 20), 'extraction.targets[0].start'],
      [(b) => (b.reports[0].extraction.targets[0].end = Infinity), 'extraction.targets[0].end'],
      [(b) => (b.reports[0].extraction.targets[0].relative_to = null), 'extraction.targets[0].relative_to'],
      [
        (b) =>
          (b.reports[0].extraction.rows = [{ no: 1, task: 't', lead: 'x', partners: [], progress: '', status: '' }]),
        'extraction.rows[0].lead',
      ],
      [(b) => (b.reports[0].extraction.limits = [{ limit: 'patience', max: 1, at: 0 }]), 'extraction.limits[0].limit'],
      [(b) => (b.reports[0].corrections = { region: 3 }), 'corrections.region'],
      [(b) => (b.reports[0].corrections = { items: 'PROTO' }), 'corrections.items.__proto__'],
      [(b) => (b.reports[0].corrections = { items: [] }), 'corrections.items'],
    ];
    for (const [spoil, field] of cases) {
      const b = JSON.parse(serializeBackup(good()));
      spoil(b);
      // The file as a user's disk holds it: JSON text, where "__proto__" is an ordinary key.
      const text = JSON.stringify(b).replace('"items":"PROTO"', '"items":{"__proto__":{"value":1}}');
      expect(parseBackup(text), field).toMatchObject({ ok: false, error: { code: 'bad_record', record: 0, field } });
    }
  });

  it('keeps known fields only: ids, index keys and anything else the file carries are dropped', () => {
    const b = JSON.parse(serializeBackup(good()));
    Object.assign(b.reports[0], { id: 9007199254740992, region: '别处', kind: 'other', script: '<x>' });
    b.reports[1].id = 'abc';
    Object.assign(b.reports[0].extraction, { html: '<b>', id: [1] });
    b.reports[1].extraction.limits = [{ limit: 'targets', max: 300, at: 12, why: 'x' }];
    Object.assign(b.reports[0].extraction.targets[0], { onclick: 'x' });
    b.reports[0].corrections = { region: null, extra: 1, items: { 'targets:gdp:地区生产总值': { value: 7, why: 1 } } };
    const r = parseBackup(JSON.stringify(b));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const [first, second] = r.backup.reports;
    expect(Object.keys(first).sort()).toEqual(Object.keys(record('x', 2023)).sort());
    expect(second).not.toHaveProperty('id');
    expect(second.extraction.limits).toEqual([{ limit: 'targets', max: 300, at: 12 }]);
    expect(first.extraction).toEqual(good().reports[0].extraction);
    expect(first.corrections).toEqual({ region: null, items: { 'targets:gdp:地区生产总值': { value: 7 } } });
    // Optional fields stay absent when absent, and the parsed file shares no object with the result.
    expect('relative_to' in first.extraction.targets[0]).toBe(false);
  });

  it('accepts what extraction writes for every corpus report', () => {
    const dir = join(import.meta.dirname, '../../fixtures/corpus/reports');
    const records = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => {
        const text = readFileSync(join(dir, f), 'utf8');
        return record('x', 2023, { text, extraction: extractReport({ text }) });
      });
    const r = parseBackup(serializeBackup(makeBackup(records, new Date(0))));
    expect(r.ok && r.backup.reports).toEqual(records);
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
    const existing = new Map([['url:' + addressKey(b.url), 7]]);
    const plan = planImport([a, mirror, b], existing);
    expect(plan.merges.get(7)).toEqual([b]);
    expect(plan.adds).toHaveLength(1);
    expect(plan.adds[0].urls).toEqual([a.url, 'http://mirror/x']);
    expect(plan.adds[0].updatedAt).toBe(2000);
  });

  it('folds 16,000 copies of one report, each at its own address, into one record with every address', () => {
    const n = 16_000;
    const copies = Array.from({ length: n }, (_, i) =>
      record('天门市', 2023, {
        url: `http://m${i}.gov.cn/`,
        urls: [`http://m${i}.gov.cn/`],
        savedAt: 5000 - i,
        updatedAt: 1000 + i,
        corrections: { items: { [`targets:gdp:${i}`]: { value: i } } },
      }),
    );
    const plan = planImport(copies, new Map());
    expect(plan.adds).toHaveLength(1);
    const [one] = plan.adds;
    expect(one.urls).toHaveLength(n);
    expect(one.url).toBe('http://m0.gov.cn/');
    expect([one.savedAt, one.updatedAt]).toEqual([5000 - n + 1, 1000 + n - 1]);
    expect(Object.keys(one.corrections.items!)).toHaveLength(n);
    // Copies of a record the library has are listed for it, once each.
    const existing = new Map([['report:天门市|2023|gwr', 1]]);
    expect(planImport(copies, existing).merges.get(1)).toHaveLength(n);
  });

  it('takes each correction from the newest copy that states it', () => {
    const a = record('天门市', 2023, { updatedAt: 1, corrections: { region: 'A' } });
    const b = record('天门市', 2023, { updatedAt: 10, corrections: {} });
    const c = record('天门市', 2023, { updatedAt: 5, corrections: { region: 'C', kind: 'progress' } });
    expect(new ReportMerge(a).add(b).add(c).result().corrections).toEqual({ region: 'C', kind: 'progress' });
    expect(new ReportMerge(c).add(b).add(a).result().corrections).toEqual({ region: 'C', kind: 'progress' });
    expect(new ReportMerge(a).add(b).add(c).result().updatedAt).toBe(10);
  });

  it('keeps corrections from both copies', () => {
    const a = record('天门市', 2023, { corrections: { items: { 'targets:gdp:地区生产总值': { value: 7 } } } });
    const b = record('天门市', 2023, { updatedAt: 5000, corrections: { region: '天门市' } });
    const plan = planImport([a, b], new Map());
    expect(plan.adds[0].corrections).toEqual({ region: '天门市', items: { 'targets:gdp:地区生产总值': { value: 7 } } });
  });
});
