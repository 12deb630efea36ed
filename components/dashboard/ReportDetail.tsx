// One report opened from the list: its comparison with the rest of the library.
import { safeHref } from '../safe-url';
import { ComparisonView } from '../compare';
import { t } from '../i18n';
import type { Loadable, ReportView } from './views-store';

export interface ReportDetailProps {
  view: Loadable<number, ReportView>;
  onClose(): void;
}

export function ReportDetail({ view, onClose }: ReportDetailProps) {
  if (view.status === 'idle') return null;
  return (
    <section class="gl-detail" aria-live="polite">
      <button type="button" class="gl-close" onClick={onClose}>
        {t('dashClose')}
      </button>
      {view.status === 'loading' && <p>{t('loading')}</p>}
      {view.status === 'error' && <p class="gl-error">{view.error}</p>}
      {view.value && (
        <>
          <h2>{view.value.report.title}</h2>
          <p class="gl-note">
            {safeHref(view.value.report.url) ? (
              <a href={safeHref(view.value.report.url)!} target="_blank" rel="noreferrer noopener">
                {view.value.report.url}
              </a>
            ) : (
              <span>{view.value.report.url}</span>
            )}
          </p>
          <ComparisonView comparison={view.value.comparison} />
        </>
      )}
    </section>
  );
}
