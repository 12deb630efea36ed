import { describe, expect, it } from 'vitest';
import { createBackupStore } from '../../components/dashboard/backup-store';
import type { LoadedReport } from '../../components/dashboard/source';
import { extraction, item, memorySource } from './fixtures';

function setup(n: number) {
  const reports = new Map<number, LoadedReport>();
  for (let id = 1; id <= n; id++) {
    reports.set(id, {
      id,
      title: `=报告${id}`,
      url: `http://x/${id}`,
      savedAt: id,
      extraction: extraction('天门市', 2000 + id, { targets: [item('gdp', '地区生产总值', 7)] }),
    });
  }
  const mem = memorySource([], reports);
  const files: { name: string; mime: string; content: string | Uint8Array }[] = [];
  const store = createBackupStore({
    source: mem.source,
    exportJson: async () => '{"format":"gwr-lens-backup"}',
    importJson: async (text) =>
      text === 'good'
        ? { ok: true, added: 1, merged: 0, unchanged: 0 }
        : { ok: false, error: { code: 'invalid_json', message: 'bad' } },
    download: (name, mime, content) => files.push({ name, mime, content }),
    now: () => new Date('2024-03-05T10:00:00Z'),
  });
  return { store, files, calls: mem.calls };
}

describe('backup store', () => {
  it('exports the chosen reports as the panel workbook, in chunks, named .xlsx', async () => {
    const { store, files, calls } = setup(250);
    await store.exportXlsx(Array.from({ length: 250 }, (_, i) => i + 1));
    expect(calls.load).toBe(2);
    expect(files).toHaveLength(1);
    expect(files[0].name).toBe('gwr-lens-panel-2024-03-05.xlsx');
    const bytes = files[0].content as Uint8Array;
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]); // a zip: PK
  });

  it('exports the chosen reports as one CSV, reading them in chunks', async () => {
    const { store, files, calls } = setup(450);
    await store.exportCsv(Array.from({ length: 450 }, (_, i) => i + 1));
    expect(calls.load).toBe(3); // 200 + 200 + 50
    expect(files).toHaveLength(1);
    expect(files[0]).toMatchObject({ name: 'gwr-lens-2024-03-05.csv', mime: 'text/csv;charset=utf-8' });
    const lines = String(files[0].content).split('\r\n');
    expect(lines[0].startsWith('\uFEFFregion,')).toBe(true);
    expect(lines).toHaveLength(1 + 450 + 1); // header, one target each, final CRLF
    expect(lines[1]).toContain("'=报告1"); // the title is guarded against formula injection
    expect(store.store.get().busy).toBe(false);
  });

  it('downloads the JSON backup under a dated name', async () => {
    const { store, files } = setup(0);
    await store.exportJson();
    expect(files[0]).toMatchObject({ name: 'gwr-lens-backup-2024-03-05.json', mime: 'application/json' });
  });

  it('keeps the answer of an import, good or bad', async () => {
    const { store } = setup(0);
    expect(await store.importJson('good')).toBe(true);
    expect(store.store.get().result).toMatchObject({ ok: true, added: 1 });
    expect(await store.importJson('bad')).toBe(false);
    expect(store.store.get().result).toMatchObject({ ok: false, error: { code: 'invalid_json' } });
  });

  it('shows an export that throws as an error, not a stuck spinner', async () => {
    const { store } = setup(1);
    const s = createBackupStore({
      source: {
        load: async () => {
          throw new Error('quota');
        },
      } as never,
      exportJson: async () => '',
      importJson: async () => ({ ok: true, added: 0, merged: 0, unchanged: 0 }),
      download: () => {},
      now: () => new Date(),
    });
    await s.exportCsv([1]);
    expect(s.store.get()).toMatchObject({ busy: false, error: 'quota' });
    expect(store.store.get().error).toBeNull();
  });
});
