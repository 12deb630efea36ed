// Corrections made in the popup before saving are applied to the record the save makes, value, unit and
// qualifier alike; the popup then shows the saved record with them.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { LibraryDB } from '../../storage/db';
import { itemKey } from '../../storage/corrections';
import { createService } from '../../entrypoints/background/service';
import { capture, extraction, list } from '../storage/make';

const db = new LibraryDB('service-save-corrections-test');
afterEach(async () => {
  await db.delete();
});

describe('saveTab with corrections made before saving', () => {
  it('saves the page with them applied', async () => {
    const gdp = {
      indicator: 'gdp',
      label: '地区生产总值',
      measure: 'growth' as const,
      value: 6,
      value_max: null,
      unit: '%',
      qualifier: '左右',
      text: '地区生产总值增长6%左右',
      start: 26,
      end: 37,
    };
    const page = capture({ extraction: extraction({ targets: [gdp] }) });
    const service = createService({
      db,
      readTab: async () => page,
      setBadge: async () => {},
      tabUrl: async () => null,
    });
    const key = itemKey('targets', gdp);
    const { result, state } = await service.handlers.saveTab(
      {
        tabId: 1,
        corrections: [{ region: '仙桃市' }, { item: { key, value: 6.5, unit: '%', qualifier: '以上' } }],
      },
      {},
    );
    expect(result.status).toBe('created');
    const [saved] = await list(db);
    expect(saved.corrections).toEqual({
      region: '仙桃市',
      items: { [key]: { value: 6.5, unit: '%', qualifier: '以上' } },
    });
    if (state.status !== 'ready') throw new Error(state.status);
    expect(state.extraction.region).toBe('仙桃市');
    expect(state.extraction.targets[0]).toMatchObject({ value: 6.5, qualifier: '以上' });
  });
});
