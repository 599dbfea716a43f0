import { withCreditCodeCheck } from '@shanhai/shared/domain';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { loginDemo, nextIp } from './shoppers';
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
