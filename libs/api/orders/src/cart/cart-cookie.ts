import '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';

export const CART_COOKIE = 'shanhai_cart';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function guestCartId(req: FastifyRequest): string | null {
  const v = req.cookies?.[CART_COOKIE];
  return v && UUID.test(v) ? v : null;
}

export function setGuestCart(reply: FastifyReply, id: string, secure: boolean): void {
  void reply.setCookie(CART_COOKIE, id, { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: 60 * 24 * 3600 });
}

export function clearGuestCart(reply: FastifyReply, secure: boolean): void {
  void reply.clearCookie(CART_COOKIE, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
}
