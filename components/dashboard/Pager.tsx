import { t } from '../i18n';

export interface PagerProps {
  page: number; // 0-based
  pages: number;
  total: number;
  onPage(page: number): void;
}

export function Pager({ page, pages, total, onPage }: PagerProps) {
  return (
    <nav class="gl-pager" aria-label={t('dashPages')}>
      <button type="button" disabled={page === 0} onClick={() => onPage(page - 1)}>
        {t('dashPrev')}
      </button>
      <span>{t('dashPageOf', page + 1, pages, total)}</span>
      <button type="button" disabled={page >= pages - 1} onClick={() => onPage(page + 1)}>
        {t('dashNext')}
      </button>
    </nav>
  );
}
