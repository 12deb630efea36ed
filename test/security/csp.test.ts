// The extension pages' policy is set explicitly, and it forbids the network: connect-src 'none'.
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';

type Env = { browser: string; manifestVersion: 2 | 3; mode: string; command: 'build' };
const manifest = async (env: Env) => {
  const m = (config as { manifest?: unknown }).manifest as (e: Env) => Record<string, unknown>;
  return m(env);
};

describe('content security policy', () => {
  for (const [browser, manifestVersion] of [
    ['chrome', 3],
    ['firefox', 2],
  ] as const) {
    it(`${browser}: no remote code, no plugins, no outgoing connections`, async () => {
      const m = await manifest({ browser, manifestVersion, mode: 'production', command: 'build' });
      const csp = m.content_security_policy as string | { extension_pages: string };
      const policy = typeof csp === 'string' ? csp : csp.extension_pages;
      expect(policy).toContain("script-src 'self'");
      expect(policy).toContain("object-src 'none'");
      expect(policy).toContain("connect-src 'none'");
      expect(policy).not.toMatch(/unsafe-eval|unsafe-inline|https?:/);
    });
  }
});
