// User-facing text comes from public/_locales (zh_CN first, en second).
//
// The language is the user's choice, Chinese by default, not the browser's UI language: the people
// reading these reports often run an English browser, and a report tool that switches language with
// the browser surprises them. `browser.i18n` only ever follows the browser, so the catalogues are
// read here directly; the manifest's own strings (name, command) still go through `__MSG_…__`.
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import zhCN from '../public/_locales/zh_CN/messages.json';
import en from '../public/_locales/en/messages.json';

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
type Catalog = Record<string, Message>;

export type MessageKey = keyof typeof zhCN;
export type Language = 'zh_CN' | 'en';
export type LanguageSetting = Language | 'auto';

const catalogs: Record<Language, Catalog> = { zh_CN: zhCN as Catalog, en: en as Catalog };

export const languageSetting = storage.defineItem<LanguageSetting>('local:uiLanguage', { fallback: 'zh_CN' });

let current: Language = 'zh_CN';

export function resolveLanguage(setting: LanguageSetting, browserLanguage: string): Language {
  if (setting !== 'auto') return setting;
  return browserLanguage.toLowerCase().startsWith('zh') ? 'zh_CN' : 'en';
}

/** Reads the user's choice; call once before the first render. */
export async function initI18n(): Promise<Language> {
  let setting: LanguageSetting = 'zh_CN';
  try {
    setting = await languageSetting.getValue();
  } catch {
    // No storage (a test page): keep the default.
  }
  current = resolveLanguage(setting, browser.i18n?.getUILanguage?.() ?? 'zh-CN');
  return current;
}

/** @internal Exported for its tests. */
export function setLanguage(lang: Language): void {
  current = lang;
}

export function currentLanguage(): Language {
  return current;
}

/** chrome.i18n's format: named placeholders ($PCT$ -> "$1") then positional $1..$9; $$ is a dollar. */
export function format(m: Message, subs: string[]): string {
  let s = m.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const p = m.placeholders?.[name.toLowerCase()] ?? m.placeholders?.[name];
    return p ? p.content : whole;
  });
  s = s.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
  return s;
}

export function t(key: MessageKey, ...subs: Array<string | number>): string {
  const m = catalogs[current][key] ?? catalogs.zh_CN[key];
  // A missing key shows itself rather than nothing.
  return m ? format(m, subs.map(String)) : key;
}
