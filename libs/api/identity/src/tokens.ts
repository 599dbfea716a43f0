import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe. */
export const newToken = (): string => randomBytes(32).toString('base64url');
export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');
/** A cookie value that could be a token at all (anything else is not looked up). */
export const plausibleToken = (token: string | undefined): token is string => !!token && token.length <= 100;
