// When two addresses show the same page: the key the library files a page's addresses under, so that the
// toolbar badge and the popup answer "saved?" alike (storage/library.ts). Pure; one rule per line:
//   fragment   - never sent to the server (#top, #p3); except `#report-N`, one report of a compilation
//                (core/shapes/identity.ts gives each its own address that way);
//   tracking   - query parameters that say how a reader came (a WeChat share, a campaign), not which page;
//   scheme     - http and https serve the same page on government sites;
//   port       - another port of the same host is the same site;
//   www        - www.x.gov.cn and x.gov.cn are one site (its known mirror);
//   order      - the remaining parameters, sorted.
// An address that does not parse is its own key, without its fragment.

/** Parameters that only track: by name, or by name and value (`from` is a real parameter on some sites). */
const TRACKING: Array<[RegExp, RegExp | null]> = [
  [/^utm_/i, null], // utm_source, utm_medium, utm_campaign ...: campaign tags
  [/^spm$/i, null], // Alibaba's position tag
  [/^isappinstalled$/i, null], // WeChat
  [/^from$/i, /^(?:singlemessage|groupmessage|timeline|message)$/i], // WeChat: how the link was shared
  [/^(?:scene|subscene|clicktime|enterid|sessionid|ascene)$/i, null], // WeChat share parameters
];

const tracks = (name: string, value: string) =>
  TRACKING.some(([n, v]) => n.test(name) && (v === null || v.test(value)));

const REPORT_PIECE = /^#report-\d+$/;

/** The key of an address: equal keys are the same page (see the rules above). */
export function addressKey(url: string): string {
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
