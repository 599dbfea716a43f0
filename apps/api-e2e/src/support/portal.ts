import { withCreditCodeCheck } from '@shanhai/shared/domain';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { loginDemo, newShopper, nextIp, orderBody } from './shoppers';
import { deflateSync } from 'node:zlib';
import { e2eState, sql } from './state';

export type Agent = ReturnType<typeof request.agent>;

/** A valid, unused unified social credit code (Huangping's division code, random body). */
export function freshCreditCode(): string {
  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  let body = '';
  for (let i = 0; i < 9; i++) body += alphabet[Math.floor(Math.random() * alphabet.length)];
  return withCreditCodeCheck(`93522622${body}`);
}

/** A complete application; `over` replaces fields. */
export function applicationBody(over: Record<string, unknown> = {}) {
  const tag = randomUUID().slice(0, 6);
  return {
    nameZh: `黄平测试合作社${tag}`,
    nameEn: `Huangping Test Cooperative ${tag}`,
    legalForm: 'cooperative',
    creditCode: freshCreditCode(),
    townshipSlug: 'langdong',
    villageSlug: 'hekou',
    contactName: '测试联系人',
    contactPhone: '+86 138 0000 0000',
    contactEmail: `contact-${tag}@example.com`,
    storyZh: '用于自动测试的合作社。',
    storyEn: 'A cooperative made by the automated tests.',
    benefitMechanisms: [{ type: 'day_wage', descriptionZh: '雇用登记户务工', descriptionEn: 'Registered households work for day wages' }],
    linkedHouseholds: 12,
    linkedPersons: 40,
    ...over,
  };
}

/** A signed-in agent for a fresh consumer account (no address). */
export async function newAccount(tag = 'acct'): Promise<{ agent: Agent; email: string; id: string }> {
  const agent = request.agent(e2eState().apiUrl).set('x-forwarded-for', nextIp());
  const email = `${tag}-${randomUUID().slice(0, 8)}@example.com`;
  const res = await agent.post('/api/auth/register').send({ email, password: 'a long enough passphrase' }).expect(201);
  return { agent, email, id: res.body.user.id };
}

export const adminAgent = () => loginDemo('admin@demo.shanhai.test');

/** The token of the latest invitation mailed to an address, read from the outbox as the mailer would. */
export async function invitationToken(email: string): Promise<string> {
  const [row] = await sql<{ payload: { link: string } }>(
    `SELECT payload FROM outbox_events WHERE type = 'mail.cooperative_invitation' AND payload->>'to' = $1 ORDER BY id DESC LIMIT 1`,
    [email],
  );
  const token = new URL(row.payload.link).searchParams.get('token');
  if (!token) throw new Error(`no invitation token for ${email}`);
  return token;
}

export const audits = (action: string, entityId: string) =>
  sql<{ actor_user_id: string | null; before: Record<string, unknown> | null; after: Record<string, unknown> | null }>(
    `SELECT actor_user_id, before, after FROM audit_log WHERE action = $1 AND entity_id = $2 ORDER BY id`,
    [action, entityId],
  );

/** A PNG made on the fly, so uploads carry a real image. */
export async function pngOf(width: number, height: number): Promise<Buffer> {
  const sharp = (await import('sharp')).default;
  return sharp({ create: { width, height, channels: 3, background: { r: 200, g: 120, b: 60 } } }).png().toBuffer();
}

/** A tiny PNG whose header declares width × height (a decompression bomb's shape), with valid CRCs. */
export function pngDeclaring(width: number, height: number): Buffer {
  const crc32 = (buf: Buffer) => {
    let c = ~0;
    for (const b of buf) {
      c ^= b;
      for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
    }
    return ~c >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.alloc(1000))), chunk('IEND', Buffer.alloc(0))]);
}

/** Places an order for one SKU as a fresh shopper and has the demo admin record its offline payment. */
export async function paidOrder(sku: string, quantity = 1): Promise<{ id: string; number: string; totalFen: number; shopper: Agent }> {
  const s = await newShopper(e2eState().apiUrl, 'buyer');
  const o = await s.agent
    .post('/api/orders')
    .set('idempotency-key', `e2e-${randomUUID()}`)
    .send(orderBody(s.addressId, [{ sku, quantity }]))
    .expect(201);
  const admin = await adminAgent();
  await admin.post(`/api/admin/orders/${o.body.id}/payments`).send({ reference: `BANK-${o.body.number}`, amountFen: o.body.totalFen }).expect(200);
  return { id: o.body.id, number: o.body.number, totalFen: o.body.totalFen, shopper: s.agent };
}
