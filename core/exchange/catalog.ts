// The locale catalogues as a Lookup for code that has no UI (the CLI): the same headers and words the
// dashboard's export uses, in the language asked for.
import zhCN from '../../public/_locales/zh_CN/messages.json';
import en from '../../public/_locales/en/messages.json';
import type { Lookup } from './columns';

const CATALOGS: Record<'zh' | 'en', Record<string, { message: string }>> = { zh: zhCN, en };

export function catalogLookup(lang: 'zh' | 'en'): Lookup {
  return (key) => CATALOGS[lang][key]?.message ?? CATALOGS.zh[key]?.message ?? key;
}
