import type { Kind } from '../../core/types';
import { t } from '../i18n';
import type { Facets, ListFilter } from './list-model';

export interface FiltersProps {
  facets: Facets;
  filter: ListFilter;
  onChange(patch: Partial<ListFilter>): void;
}

export function Filters({ facets, filter, onChange }: FiltersProps) {
  return (
    <form class="gl-filters" role="search" onSubmit={(e) => e.preventDefault()}>
      <label>
        {t('dashSearch')}{' '}
        <input
          type="search"
          value={filter.query}
          placeholder={t('dashSearchHintFull')}
          onInput={(e) => onChange({ query: (e.target as HTMLInputElement).value })}
        />
      </label>
      <label>
        {t('fieldRegion')}{' '}
        <select
          value={filter.region ?? ''}
          onChange={(e) => onChange({ region: (e.target as HTMLSelectElement).value || null })}
        >
          <option value="">{t('dashAll')}</option>
          {facets.regions.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('fieldYear')}{' '}
        <select
          value={filter.year ?? ''}
          onChange={(e) => {
            const v = (e.target as HTMLSelectElement).value;
            onChange({ year: v ? Number(v) : null });
          }}
        >
          <option value="">{t('dashAll')}</option>
          {facets.years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('fieldKind')}{' '}
        <select
          value={filter.kind ?? ''}
          onChange={(e) => onChange({ kind: ((e.target as HTMLSelectElement).value || null) as Kind | null })}
        >
          <option value="">{t('dashAll')}</option>
          {facets.kinds.map((k) => (
            <option key={k} value={k}>
              {t(`kind_${k}`)}
            </option>
          ))}
        </select>
      </label>
    </form>
  );
}
