// Content identity of a page: the same article served at two addresses (mirrors, reposts with another
// path) hashes the same. Whitespace is dropped because sites re-wrap the same text differently.
export async function contentHash(text: string): Promise<string> {
  const bytes = new TextEncoder().encode(text.replace(/\s+/g, ''));
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
