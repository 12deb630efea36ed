import { describe, expect, it } from 'vitest';
import { format, resolveLanguage, setLanguage, t } from '../../components/i18n';

describe('UI language', () => {
  it('is Chinese unless the user chose otherwise', () => {
    expect(resolveLanguage('zh_CN', 'en-US')).toBe('zh_CN');
    expect(resolveLanguage('en', 'zh-CN')).toBe('en');
    expect(resolveLanguage('auto', 'en-US')).toBe('en');
    expect(resolveLanguage('auto', 'zh-TW')).toBe('zh_CN');
  });

  it('formats named and positional placeholders like chrome.i18n', () => {
    const m = { message: '保存于 $DATE$ ($1) $$', placeholders: { date: { content: '$1' } } };
    expect(format(m, ['2026-01-02'])).toBe('保存于 2026-01-02 (2026-01-02) $');
  });

  it('reads both catalogues and shows a missing key as itself', () => {
    setLanguage('zh_CN');
    const zh = t('extName');
    setLanguage('en');
    const en = t('extName');
    expect(zh).not.toBe(en);
    expect(t('nope' as never)).toBe('nope');
    setLanguage('zh_CN');
  });
});
