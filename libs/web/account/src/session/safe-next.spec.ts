import { describe, expect, it } from 'vitest';
import { loginPath, safeNext } from './safe-next';

describe('safeNext', () => {
  it('keeps a path on this site', () => {
    expect(safeNext('/checkout')).toBe('/checkout');
    expect(safeNext('/orders/3f2a?x=1')).toBe('/orders/3f2a?x=1');
  });

  it('refuses anything that could leave the site, and falls back', () => {
    for (const next of [
      '//evil.example',
      'https://evil.example',
      '/\\evil.example',
      'javascript:alert(1)',
      '',
      null,
    ]) {
      expect(safeNext(next)).toBe('/');
    }
    expect(safeNext(undefined, '/orders')).toBe('/orders');
  });
});

describe('loginPath', () => {
  it('writes the way back into the query, slashes readable', () => {
    expect(loginPath('/checkout')).toBe('/login?next=/checkout');
    expect(loginPath('/orders/1?a=b&c', 'register')).toBe('/register?next=/orders/1%3Fa%3Db%26c');
  });
});
