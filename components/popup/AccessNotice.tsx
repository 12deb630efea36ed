// Outside gov.cn the extension reads a page only on the user's click (activeTab) or with the optional permission.
import { t } from '../i18n';

export function AccessNotice({ onGrant }: { onGrant: () => void }) {
  return (
    <section class="notice">
      <p>{t('noAccess')}</p>
      <button type="button" onClick={onGrant}>
        {t('grantAll')}
      </button>
    </section>
  );
}
