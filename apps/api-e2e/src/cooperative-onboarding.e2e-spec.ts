import request from 'supertest';
import { loginDemo, nextIp } from './support/shoppers';
import { adminAgent, applicationBody, audits, invitationToken, newAccount } from './support/portal';
import { e2eState, sql } from './support/state';

const coopCount = async () => (await sql<{ n: number }>('SELECT count(*)::int AS n FROM cooperatives'))[0].n;

describe('a cooperative applies, is reviewed and adds members by invitation', () => {
  it('refuses a wrong credit code, fields the applicant does not own, and an unknown village — writing nothing', async () => {
    const { agent } = await newAccount('applicant');
    const before = await coopCount();
    const good = applicationBody();
    // the 18th character is the check character: change it
    const wrongCheck = good.creditCode.slice(0, 17) + (good.creditCode[17] === '0' ? '1' : '0');
    const bad = await agent.post('/api/cooperative-applications').send({ ...good, creditCode: wrongCheck }).expect(400);
    expect(bad.body).toMatchObject({ code: 'CREDIT_CODE_INVALID', fields: { creditCode: [expect.stringContaining('check character')] } });

    for (const extra of [{ status: 'approved' }, { commissionBps: 0 }, { slug: 'mine' }]) {
      const r = await agent.post('/api/cooperative-applications').send({ ...applicationBody(), ...extra }).expect(400);
      expect(r.body.code).toBe('VALIDATION_FAILED');
      expect(r.body.message).toMatch(/unrecognized|Unrecognized/);
    }
    const r = await agent.post('/api/cooperative-applications').send(applicationBody({ linkedHouseholds: 10, linkedPersons: 3 })).expect(400);
    expect(r.body.fields).toHaveProperty('linkedPersons');
    const village = await agent.post('/api/cooperative-applications').send(applicationBody({ villageSlug: 'pingxiba' })).expect(400);
    expect(village.body.fields).toHaveProperty('villageSlug');
    expect(await coopCount()).toBe(before);
  });

  it('goes pending → approved with the applicant as first member, then suspended and reinstated, each audited', async () => {
    const applicant = await newAccount('applicant');
    const body = applicationBody();
    const created = await applicant.agent.post('/api/cooperative-applications').send(body).expect(201);
    expect(created.body).toMatchObject({
      status: 'pending',
      creditCode: body.creditCode,
      linkedHouseholds: 12,
      linkedPersons: 40,
      commissionBps: 500,
      applicantUserId: applicant.id,
      benefitMechanisms: [{ type: 'day_wage', description: { zh: '雇用登记户务工', en: 'Registered households work for day wages' } }],
    });
    const id: string = created.body.id;
    const slug: string = created.body.slug;
    // one open application at a time
    await applicant.agent.post('/api/cooperative-applications').send(applicationBody()).expect(409);
    // not public while pending
    await request(e2eState().apiUrl).get(`/api/cooperatives/${slug}`).expect(404);
    // the same credit code cannot register twice
    const other = await newAccount('applicant');
    const dup = await other.agent.post('/api/cooperative-applications').send(applicationBody({ creditCode: body.creditCode })).expect(409);
    expect(dup.body.code).toBe('CREDIT_CODE_TAKEN');

    const mine = await applicant.agent.get('/api/cooperative-applications/mine').expect(200);
    expect(mine.body.map((a: { id: string }) => a.id)).toEqual([id]);

    const admin = await adminAgent();
    const queue = await admin.get('/api/admin/cooperatives?status=pending').expect(200);
    expect(queue.body.map((c: { id: string }) => c.id)).toContain(id);
    // a member cannot approve (their own or any) cooperative
    const member = await applicant.agent.post(`/api/admin/cooperatives/${id}/approve`).expect(403);
    expect(member.body.code).toBe('FORBIDDEN');

    const approved = await admin.post(`/api/admin/cooperatives/${id}/approve`).expect(200);
    expect(approved.body.status).toBe('approved');
    await admin.post(`/api/admin/cooperatives/${id}/approve`).expect(409);
    const me = await applicant.agent.get('/api/auth/me').expect(200);
    expect(me.body.user).toMatchObject({ role: 'cooperative', cooperativeSlug: slug });
    await request(e2eState().apiUrl).get(`/api/cooperatives/${slug}`).expect(200);

    await admin.post(`/api/admin/cooperatives/${id}/suspend`).send({}).expect(400);
    const suspended = await admin.post(`/api/admin/cooperatives/${id}/suspend`).send({ reason: 'certificate fraud under review' }).expect(200);
    expect(suspended.body).toMatchObject({ status: 'suspended', statusReason: 'certificate fraud under review' });
    await request(e2eState().apiUrl).get(`/api/cooperatives/${slug}`).expect(404);
    await admin.post(`/api/admin/cooperatives/${id}/reinstate`).expect(200);

    const [applied] = await audits('cooperative.apply', id);
    expect(applied).toMatchObject({ actor_user_id: applicant.id, before: null, after: expect.objectContaining({ status: 'pending' }) });
    const [approval] = await audits('cooperative.approve', id);
    expect(approval.before).toEqual({ status: 'pending', statusReason: null });
    expect(approval.after).toEqual({ status: 'approved', statusReason: null, memberAdded: applicant.id });
    const [suspension] = await audits('cooperative.suspend', id);
    expect(suspension.after).toEqual({ status: 'suspended', statusReason: 'certificate fraud under review' });
    expect(await audits('cooperative.reinstate', id)).toHaveLength(1);
  });

  it('rejects with a reason the applicant reads', async () => {
    const applicant = await newAccount('applicant');
    const { body } = await applicant.agent.post('/api/cooperative-applications').send(applicationBody()).expect(201);
    const admin = await adminAgent();
    await admin.post(`/api/admin/cooperatives/${body.id}/reject`).send({ reason: 'no' }).expect(400);
    await admin.post(`/api/admin/cooperatives/${body.id}/reject`).send({ reason: 'the licence scan is unreadable' }).expect(200);
    const mine = await applicant.agent.get('/api/cooperative-applications/mine').expect(200);
    expect(mine.body[0]).toMatchObject({ status: 'rejected', statusReason: 'the licence scan is unreadable' });
    const me = await applicant.agent.get('/api/auth/me').expect(200);
    expect(me.body.user.role).toBe('consumer');
  });

  it('adds members by invitation: a new account, a signed-in account, never the wrong one, never twice', async () => {
    const member = await loginDemo('langdong-fungi-park@demo.shanhai.test');
    const newcomer = `newcomer-${Date.now()}@example.com`;
    const inv = await member.post('/api/co/invitations').send({ email: newcomer.toUpperCase() }).expect(201);
    expect(inv.body).toMatchObject({ email: newcomer, acceptedAt: null });
    const token = await invitationToken(newcomer);

    // a stranger signed in with another email cannot take it
    const stranger = await newAccount('stranger');
    const wrong = await stranger.agent.post('/api/invitations/accept').send({ token }).expect(403);
    expect(wrong.body.code).toBe('INVITATION_WRONG_ACCOUNT');

    const anon = request.agent(e2eState().apiUrl).set('x-forwarded-for', nextIp());
    await anon.post('/api/invitations/accept').send({ token }).expect(400);
    const joined = await anon.post('/api/invitations/accept').send({ token, password: 'a long enough passphrase' }).expect(200);
    expect(joined.body.user).toMatchObject({ email: newcomer, role: 'cooperative', cooperativeSlug: 'langdong-fungi-park' });
    const me = await anon.get('/api/auth/me').expect(200);
    expect(me.body.user.cooperativeSlug).toBe('langdong-fungi-park');
    await anon.post('/api/invitations/accept').send({ token, password: 'a long enough passphrase' }).expect(404);

    // an existing consumer accepts while signed in as the invited email
    const existing = await newAccount('joiner');
    await member.post('/api/co/invitations').send({ email: existing.email }).expect(201);
    const t2 = await invitationToken(existing.email);
    await request(e2eState().apiUrl).post('/api/invitations/accept').set('x-forwarded-for', nextIp()).send({ token: t2, password: 'whatever-long' }).expect(409);
    await existing.agent.post('/api/invitations/accept').send({ token: t2 }).expect(200);

    const members = await member.get('/api/co/members').expect(200);
    const emails = members.body.members.map((m: { email: string }) => m.email);
    expect(emails).toEqual(expect.arrayContaining(['langdong-fungi-park@demo.shanhai.test', newcomer, existing.email]));
    await member.post('/api/co/invitations').send({ email: newcomer }).expect(409);

    // a withdrawn invitation no longer works; another cooperative's invitation answers 404
    const third = `third-${Date.now()}@example.com`;
    const { body: i3 } = await member.post('/api/co/invitations').send({ email: third }).expect(201);
    const otherCoop = await loginDemo('lebainian-health@demo.shanhai.test');
    await otherCoop.delete(`/api/co/invitations/${i3.id}`).expect(404);
    await member.delete(`/api/co/invitations/${i3.id}`).expect(204);
    const t3 = await invitationToken(third);
    await request(e2eState().apiUrl).post('/api/invitations/accept').set('x-forwarded-for', nextIp()).send({ token: t3, password: 'a long enough passphrase' }).expect(404);
    expect(await audits('cooperative.invitation.revoke', i3.id)).toHaveLength(1);
  });

  it('lets admins set commission (kept as history) and roles, never their own', async () => {
    const admin = await adminAgent();
    // a cooperative of its own, so the rate history holds only what this test writes
    const applicant = await newAccount('commission');
    const { body: coop } = await applicant.agent.post('/api/cooperative-applications').send(applicationBody()).expect(201);
    await admin.post(`/api/admin/cooperatives/${coop.id}/approve`).expect(200);
    const member = applicant.agent;
    await member.post(`/api/admin/cooperatives/${coop.id}/commission`).send({ commissionBps: 0 }).expect(403);
    await admin.post(`/api/admin/cooperatives/${coop.id}/commission`).send({ commissionBps: 9000 }).expect(400);
    const set = await admin.post(`/api/admin/cooperatives/${coop.id}/commission`).send({ commissionBps: 800 }).expect(200);
    expect(set.body.commissionBps).toBe(800);
    const rates = await sql<{ commission_bps: number }>('SELECT commission_bps FROM commission_rates WHERE cooperative_id = $1 ORDER BY effective_from', [coop.id]);
    expect(rates.map((r) => r.commission_bps)).toEqual([500, 800]);
    const [audit] = await audits('cooperative.commission.set', coop.id);
    expect(audit).toMatchObject({ before: { commissionBps: 500 }, after: { commissionBps: 800 } });
    await admin.post(`/api/admin/cooperatives/${coop.id}/commission`).send({ commissionBps: 500 }).expect(200);

    const target = await newAccount('promoted');
    const found = await admin.get(`/api/admin/users?q=${encodeURIComponent(target.email)}`).expect(200);
    expect(found.body).toEqual([expect.objectContaining({ id: target.id, role: 'consumer' })]);
    await admin.post(`/api/admin/users/${target.id}/role`).send({ role: 'cooperative' }).expect(400);
    const made = await admin.post(`/api/admin/users/${target.id}/role`).send({ role: 'cooperative', cooperativeSlug: 'lebainian-health' }).expect(200);
    expect(made.body).toMatchObject({ role: 'cooperative', cooperativeSlug: 'lebainian-health' });
    expect((await target.agent.get('/api/auth/me').expect(200)).body.user.role).toBe('cooperative');
    const [change] = await audits('user.role.change', target.id);
    expect(change).toMatchObject({ before: { role: 'consumer', cooperativeSlug: null }, after: { role: 'cooperative', cooperativeSlug: 'lebainian-health' } });
    const [adminRow] = await sql<{ id: string }>(`SELECT id FROM users WHERE email = 'admin@demo.shanhai.test'`);
    await admin.post(`/api/admin/users/${adminRow.id}/role`).send({ role: 'consumer' }).expect(409);
  });
});
