import { hashPassword, verifyAgainstDummy, verifyPassword } from './password';
import { newToken, tokenHash } from './tokens';

describe('passwords', () => {
  it('hash with argon2id at 19 MiB, two passes, one lane', async () => {
    const h = await hashPassword('correct horse battery staple');
    expect(h).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('verify the right password and refuse a wrong one', async () => {
    const h = await hashPassword('correct horse battery staple');
    await expect(verifyPassword(h, 'correct horse battery staple')).resolves.toBe(true);
    await expect(verifyPassword(h, 'Correct horse battery staple')).resolves.toBe(false);
  });

  it('salt every hash', async () => {
    expect(await hashPassword('same words')).not.toBe(await hashPassword('same words'));
  });

  it('treat a damaged hash as a wrong password, not an error', async () => {
    await expect(verifyPassword('not-a-hash', 'anything')).resolves.toBe(false);
  });

  it('spend the same work for an unknown account and still refuse', async () => {
    await expect(verifyAgainstDummy('whatever')).resolves.toBe(false);
  });
});

describe('tokens', () => {
  it('are 256 random bits, URL-safe, and stored only as a SHA-256', () => {
    const a = newToken();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newToken()).not.toBe(a);
    expect(tokenHash(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(tokenHash(a)).toBe(tokenHash(a));
    expect(tokenHash(a)).not.toContain(a);
  });
});
