import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { certifiedSku, newShopper, nextIp, orderBody, waitFor } from './support/shoppers';
import { e2eState, sql } from './support/state';

// A month no other spec writes into; the e2e database is fresh for each run.
const CLOSED = '2025-02';

async function admin() {
  const ip = nextIp();
  const agent = request.agent(e2eState().apiUrl).set('x-forwarded-for', ip).set('user-agent', 'e2e-periods');
  await agent
    .post('/api/auth/login')
    .send({ email: 'admin@demo.shanhai.test', password: 'shanhai-demo-2026' })
    .expect(200);
  const [{ id }] = await sql<{ id: string }>(`SELECT id FROM users WHERE email = 'admin@demo.shanhai.test'`);
  return { agent, ip, id };
}

const today = async () =>
  (await sql<{ today: string }>(`SELECT (now() AT TIME ZONE 'Asia/Shanghai')::date::text AS today`))[0].today;
const counts = async () =>
  (
    await sql<{ entries: number; audits: number }>(
      'SELECT (SELECT count(*)::int FROM aid_ledger_entries) AS entries, (SELECT count(*)::int FROM audit_log) AS audits',
    )
  )[0];

/** Inserts one ledger entry straight into the database, as an import or psql would. */
const insertEntry = (day: string, ref: string) =>
  sql(
    `INSERT INTO aid_ledger_entries (kind, occurred_on, period, channel, quantity, amount_fen, source_ref, reason)
     VALUES ('offline_sale', $1::date, to_char($1::date, 'YYYY-MM'), 'exhibition_centre', 1, 100, $2, 'e2e direct insert')`,
    [day, ref],
  );

describe('aid periods, adjustments and the audit log', () => {
  it('closes a month that has ended once, audited, and the ledger refuses entries into it', async () => {
    const a = await admin();
    // the month takes entries while open
    await insertEntry(`${CLOSED}-14`, `e2e:periods:open:${Date.now()}`);

    const closed = await a.agent.post(`/api/aid/periods/${CLOSED}/close`).expect(200);
    expect(closed.body).toEqual({ period: CLOSED, closedAt: expect.any(String), closedBy: a.id });

    const [audit] = await sql<{
      actor_user_id: string;
      action: string;
      entity: string;
      entity_id: string;
      before: unknown;
      after: Record<string, unknown>;
      ip: string;
      user_agent: string;
    }>(
      `SELECT actor_user_id, action, entity, entity_id, before, after, ip, user_agent FROM audit_log WHERE action = 'aid.period.close' AND entity_id = $1`,
      [CLOSED],
    );
    expect(audit).toEqual({
      actor_user_id: a.id,
      action: 'aid.period.close',
      entity: 'aid_period',
      entity_id: CLOSED,
      before: null,
      after: expect.objectContaining({
        period: CLOSED,
        closedBy: a.id,
        entries: expect.any(Number),
        amountFen: expect.any(Number),
      }),
      ip: a.ip,
      user_agent: 'e2e-periods',
    });
    expect(audit.after['entries']).toBeGreaterThanOrEqual(1);

    const list = await a.agent.get('/api/aid/periods').expect(200);
    expect(list.body).toContainEqual(expect.objectContaining({ period: CLOSED, closedBy: a.id }));

    // again: already closed
    const again = await a.agent.post(`/api/aid/periods/${CLOSED}/close`).expect(409);
    expect(again.body.code).toBe('PERIOD_ALREADY_CLOSED');

    // nothing is written into it any more, whoever writes
    await expect(insertEntry(`${CLOSED}-20`, `e2e:periods:closed:${Date.now()}`)).rejects.toThrow(/closed/);
    // and closing is final
    await expect(sql('DELETE FROM aid_periods WHERE period = $1', [CLOSED])).rejects.toThrow(/append-only/);
    await expect(sql('UPDATE aid_periods SET closed_at = now() WHERE period = $1', [CLOSED])).rejects.toThrow(
      /append-only/,
    );
  });

  it('dates an outbox sale whose month was closed meanwhile into the open period, keeping its day in the reason', async () => {
    // runs after the close above: a payment reported late, on a day of the closed month
    const s = await newShopper(e2eState().apiUrl, 'periods-late');
    const o = (
      await s.agent
        .post('/api/orders')
        .set('idempotency-key', `e2e-${randomUUID()}`)
        .send(orderBody(s.addressId, [{ sku: await certifiedSku(), quantity: 1 }]))
        .expect(201)
    ).body;
    await sql(
      `INSERT INTO outbox_events (type, aggregate_id, payload, created_at) VALUES ('payment.succeeded', $1, '{}'::jsonb, $2::timestamptz)`,
      [o.id, `${CLOSED}-10T12:00:00+08:00`],
    );
    const [entry] = await waitFor(async () => {
      const rows = await sql<{ kind: string; occurred_on: string; period: string; reason: string }>(
        `SELECT e.kind, e.occurred_on::text, e.period, e.reason FROM aid_ledger_entries e JOIN order_lines l ON l.id = e.order_line_id WHERE l.order_id = $1`,
        [o.id],
      );
      return rows.length ? rows : null;
    });
    const day = await today();
    expect(entry).toEqual({
      kind: 'sale',
      occurred_on: day,
      period: day.slice(0, 7),
      reason: `late: paid ${CLOSED}-10`,
    });
  });

  it('refuses to close the current or a future month, or a malformed one', async () => {
    const a = await admin();
    const current = (await today()).slice(0, 7);
    const res = await a.agent.post(`/api/aid/periods/${current}/close`).expect(409);
    expect(res.body.code).toBe('PERIOD_NOT_CLOSABLE');
    const future = `${Number(current.slice(0, 4)) + 1}-01`;
    expect((await a.agent.post(`/api/aid/periods/${future}/close`).expect(409)).body.code).toBe(
      'PERIOD_NOT_CLOSABLE',
    );
    const bad = await a.agent.post('/api/aid/periods/2025-13/close').expect(400);
    expect(bad.body.fields).toHaveProperty('period');
    expect(await sql('SELECT 1 FROM aid_periods WHERE period = $1', [current])).toHaveLength(0);
  });

  it('records an adjustment in the open period with its reason, moves recordedFen by its amount, and audits it', async () => {
    const a = await admin();
    const day = await today();
    const before = (await a.agent.get('/api/aid/summary').expect(200)).body.recordedFen as number;
    const reason = 'late correction: exhibition sale of 2025-02 not entered';
    const res = await a.agent
      .post('/api/aid/adjustments')
      .send({
        amountFen: -12345,
        reason,
        channel: 'exhibition_centre',
        categorySlug: 'fungi',
        cooperativeSlug: 'langdong-fungi-park',
      })
      .expect(201);
    expect(res.body).toEqual(
      expect.objectContaining({
        kind: 'adjustment',
        occurredOn: day,
        period: day.slice(0, 7),
        channel: 'exhibition_centre',
        amountFen: -12345,
        reason,
        categorySlug: 'fungi',
      }),
    );
    expect(res.body.sourceRef).toMatch(/^adjustment:[0-9a-f-]{36}$/);
    expect(res.body.cooperativeId).toEqual(expect.any(String));

    const [entry] = await sql<{ kind: string; period: string; amount_fen: string; reason: string }>(
      'SELECT kind, period, amount_fen, reason FROM aid_ledger_entries WHERE source_ref = $1',
      [res.body.sourceRef],
    );
    expect(entry).toEqual({ kind: 'adjustment', period: day.slice(0, 7), amount_fen: '-12345', reason });

    const after = (await a.agent.get('/api/aid/summary').expect(200)).body.recordedFen as number;
    expect(after - before).toBe(-12345);

    const [audit] = await sql<{ actor_user_id: string; entity: string; after: unknown; ip: string }>(
      `SELECT actor_user_id, entity, after, ip FROM audit_log WHERE action = 'aid.adjustment.create' AND entity_id = $1`,
      [res.body.id],
    );
    expect(audit).toEqual({ actor_user_id: a.id, entity: 'aid_ledger_entry', after: res.body, ip: a.ip });

    // the admin reads it back through the audit endpoint, filtered
    const log = await a.agent
      .get('/api/admin/audit')
      .query({ action: 'aid.adjustment.create', actor: a.id })
      .expect(200);
    expect(log.body[0]).toEqual(
      expect.objectContaining({ entityId: res.body.id, after: res.body, ip: a.ip, userAgent: 'e2e-periods' }),
    );
    expect(log.body.every((r: { action: string }) => r.action === 'aid.adjustment.create')).toBe(true);
    const none = await a.agent
      .get('/api/admin/audit')
      .query({ entity: 'aid_period', to: '2000-01-01T00:00:00Z' })
      .expect(200);
    expect(none.body).toEqual([]);
    expect(
      (await a.agent.get('/api/admin/audit').query({ from: 'yesterday' }).expect(400)).body.fields,
    ).toHaveProperty('from');
  });

  it('refuses bad adjustments with 400 and the fields, writing nothing', async () => {
    const a = await admin();
    const start = await counts();
    const ok = { amountFen: 500, reason: 'a proper reason', channel: 'online' };
    const cases: [Record<string, unknown>, string][] = [
      [{ ...ok, amountFen: 0 }, 'amountFen'],
      [{ ...ok, amountFen: 1.5 }, 'amountFen'],
      [{ amountFen: 500, channel: 'online' }, 'reason'],
      [{ ...ok, reason: 'abc' }, 'reason'],
      [{ ...ok, channel: 'reported' }, 'channel'],
      [{ ...ok, kind: 'sale' }, ''],
      [{ ...ok, categorySlug: 'no-such-category' }, 'categorySlug'],
    ];
    for (const [body, field] of cases) {
      const res = await a.agent.post('/api/aid/adjustments').send(body).expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.fields).toBeDefined();
      if (field) expect(res.body.fields).toHaveProperty(field);
    }
    expect(await counts()).toEqual(start);
  });

  it('answers 401 to anonymous callers and 403 to consumers on every new endpoint', async () => {
    const s = await newShopper(e2eState().apiUrl, 'periods');
    const body = { amountFen: 100, reason: 'should not land', channel: 'online' };
    const start = await counts();
    await request(e2eState().apiUrl).get('/api/aid/periods').set('x-forwarded-for', nextIp()).expect(401);
    await request(e2eState().apiUrl)
      .post('/api/aid/periods/2025-01/close')
      .set('x-forwarded-for', nextIp())
      .expect(401);
    await request(e2eState().apiUrl)
      .post('/api/aid/adjustments')
      .set('x-forwarded-for', nextIp())
      .send(body)
      .expect(401);
    await request(e2eState().apiUrl).get('/api/admin/audit').set('x-forwarded-for', nextIp()).expect(401);
    await s.agent.get('/api/aid/periods').expect(403);
    await s.agent.post('/api/aid/periods/2025-01/close').expect(403);
    await s.agent.post('/api/aid/adjustments').send(body).expect(403);
    await s.agent.get('/api/admin/audit').expect(403);
    expect(await counts()).toEqual(start);
    expect(await sql('SELECT 1 FROM aid_periods WHERE period = $1', ['2025-01'])).toHaveLength(0);
  });

  it('keeps the audit log append-only', async () => {
    const [row] = await sql<{ id: string }>('SELECT id FROM audit_log ORDER BY id LIMIT 1');
    expect(row).toBeDefined();
    await expect(sql(`UPDATE audit_log SET action = 'tampered' WHERE id = $1`, [row.id])).rejects.toThrow(
      /append-only/,
    );
    await expect(sql('DELETE FROM audit_log WHERE id = $1', [row.id])).rejects.toThrow(/append-only/);
    await expect(sql('TRUNCATE audit_log')).rejects.toThrow(/append-only/);
  });
});
