// Counted phrases: English says "1 region" and "2 regions"; a key with the suffix _one holds the singular.
import { t, type MessageKey } from '../i18n';

export function counted(key: MessageKey, n: number): string {
  const one = `${key}_one` as MessageKey;
  if (n === 1) {
    const s = t(one, n);
    if (s !== one) return s;
  }
  return t(key, n);
}
