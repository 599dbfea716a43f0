import { describe, expect, it } from 'vitest';
import { loginPath } from './login-path';

describe('loginPath', () => {
  it('sends to the sign-in page with the way back, filters included', () => {
    expect(loginPath('/admin/aid')).toBe('/login?next=/admin/aid');
    expect(loginPath('/admin/aid?channel=online&from=2026-01')).toBe(
      '/login?next=/admin/aid%3Fchannel%3Donline%26from%3D2026-01',
    );
  });
});
