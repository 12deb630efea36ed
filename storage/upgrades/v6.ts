// Schema v6: `reports` created anew (a fresh key generator, after v5 set every id right) and the records copied
// back from `rebuild`, each with the keys of its addresses: the `addresses` index by which the badge and the
// popup find a page at any of its address's variants (core/shapes/address.ts). The key function is copied
// here as it was at v6: a later change to core's is a later version that recomputes the keys. Never edit.
import type { Transaction } from 'dexie';
import { UPGRADE_BATCH } from './v3';

const TRACKING: Array<[RegExp, RegExp | null]> = [
  [/^utm_/i, null],
  [/^spm$/i, null],
  [/^isappinstalled$/i, null],
  [/^from$/i, /^(?:singlemessage|groupmessage|timeline|message)$/i],
  [/^(?:scene|subscene|clicktime|enterid|sessionid|ascene)$/i, null],
];
const tracks = (name: string, value: string) =>
  TRACKING.some(([n, v]) => n.test(name) && (v === null || v.test(value)));
const REPORT_PIECE = /^#report-\d+$/;

/** core/shapes/address.ts `addressKey` at v6. */
export function addressKeyV6(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    const hash = url.indexOf('#');
    return hash < 0 ? url : url.slice(0, hash);
  }
  const web = u.protocol === 'http:' || u.protocol === 'https:';
  const host = web ? u.hostname.replace(/^www\./, '') : u.host;
  const params = [...u.searchParams].filter(([name, value]) => !tracks(name, value));
  params.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  const piece = REPORT_PIECE.test(u.hash) ? u.hash : '';
  return `${web ? '' : u.protocol}//${host}${u.pathname}${query}${piece}`;
}

export async function upgradeV6(tx: Transaction): Promise<void> {
  const from = tx.table('rebuild');
  const keys = await from.toCollection().primaryKeys();
  for (let i = 0; i < keys.length; i += UPGRADE_BATCH) {
    const rows = (await from.bulkGet(keys.slice(i, i + UPGRADE_BATCH))) as Array<{ urls: string[] } | undefined>;
    await tx
      .table('reports')
      .bulkAdd(rows.flatMap((r) => (r ? [{ ...r, addresses: [...new Set(r.urls.map(addressKeyV6))] }] : [])));
  }
}
