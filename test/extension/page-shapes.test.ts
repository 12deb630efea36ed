// The page path on every corpus report as a government site serves it (cli/page-html.ts: the site's
// chrome with some 200 links, and the text pasted from Word, a span per run of digits): Readability
// must hand core the whole report and nothing of the chrome, so that the page gives exactly what the
// text gives. The benchmarks time these same pages.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extractFromDocument, readDocument } from '../../core/shapes/page';
import { extractReport } from '../../core/extract';
import { PAGE_SHAPES, reportTitle } from '../../cli/read-vs-core';
import type { Extraction } from '../../core/types';

const dir = join(import.meta.dirname, '../fixtures/corpus/reports');
const reports = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const load = (html: string) => parseHTML(html).document as unknown as Document;

/** What a comparison of two extractions should agree on: metadata and every item's reading. */
function reading(e: Extraction) {
  const items = (xs: Array<{ indicator?: string; label: string; value: number | null; unit: string | null }>) =>
    xs.map((x) => `${x.indicator ?? ''}|${x.label}|${x.value}|${x.unit}`).sort();
  return {
    kind: e.kind,
    region: e.region,
    level: e.level,
    report_year: e.report_year,
    targets: items(e.targets),
    actuals: items(e.actuals),
    tasks: items(e.tasks),
    rows: e.rows.map((r) => `${r.no}|${r.status}`),
  };
}

describe('report pages shaped as government sites serve them', () => {
  for (const shape of Object.keys(PAGE_SHAPES)) {
    it(`${shape}: the page gives what the text gives, for all ${reports.length} corpus reports`, () => {
      const differ: string[] = [];
      for (const file of reports) {
        const text = readFileSync(join(dir, file), 'utf8');
        const title = reportTitle(file, text);
        const fromText = extractReport({ text, url: null, title });
        const fromPage = extractFromDocument(
          load(PAGE_SHAPES[shape](title, text)),
          'http://www.example.gov.cn/zwgk/a.html',
        );
        if (JSON.stringify(reading(fromPage)) !== JSON.stringify(reading(fromText))) differ.push(file);
      }
      expect(differ).toEqual([]);
    });
  }

  it('the site chrome stays out of the text', () => {
    const text = readFileSync(join(dir, 'hubei-2026-gwr.txt'), 'utf8');
    for (const shape of ['gov site', 'gov site, Word markup']) {
      const page = readDocument(load(PAGE_SHAPES[shape](reportTitle('hubei', text), text)));
      for (const chrome of ['热门搜索', '国家发展和改革委员会', '网站标识码', '相关阅读', '打印本页'])
        expect(page.text, `${shape}: ${chrome}`).not.toContain(chrome);
      expect(page.site).toBe('人民政府');
    }
  });
});
