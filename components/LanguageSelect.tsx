// The UI language, Chinese first. Changing it stores the choice and reloads the page.
import { currentLanguage, languageSetting, t, type LanguageSetting } from './i18n';

export function LanguageSelect({ onChanged = () => location.reload() }: { onChanged?: () => void }) {
  const change = async (e: Event) => {
    await languageSetting.setValue((e.currentTarget as HTMLSelectElement).value as LanguageSetting);
    onChanged();
  };
  return (
    <label class="language-select">
      <span>{t('settingLanguage')} </span>
      <select value={currentLanguage()} onChange={change}>
        <option value="zh_CN">{t('langZh')}</option>
        <option value="en">{t('langEn')}</option>
        <option value="auto">{t('langAuto')}</option>
      </select>
    </label>
  );
}
