// A page's URL becomes a link only when it is a web address: a saved `javascript:` or `data:` URL
// (a hostile page, or an imported backup) is shown as text and never followed.
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
