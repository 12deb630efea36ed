import { describe, expect, it } from 'vitest';
import { safeHref } from '../../components/safe-url';

describe('safeHref', () => {
  it('links web addresses only', () => {
    expect(safeHref('http://www.tianmen.gov.cn/a.html')).toBe('http://www.tianmen.gov.cn/a.html');
    expect(safeHref('https://example.org/')).toBe('https://example.org/');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref(' JavaScript:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,<script>alert(1)</script>')).toBeNull();
    expect(safeHref('file:///etc/passwd')).toBeNull();
    expect(safeHref('not a url')).toBeNull();
    expect(safeHref(null)).toBeNull();
  });
});
