import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { loginDemo, nextIp } from './support/shoppers';
import { e2eState, sql } from './support/state';

const PARK = 'langdong-fungi-park';
const DEMO_TARGET_FEN = 6_000_000_000;
const OPENING_FEN = 5_207_390_000;

/** The demo admin from an address and user agent of its own, so audit rows can be matched. */
async function admin() {
  const ip = nextIp();
  const agent = request.agent(e2eState().apiUrl).set('x-forwarded-for', ip).set('user-agent', 'e2e-benefit');
  await agent
    .post('/api/auth/login')
    .send({ email: 'admin@demo.shanhai.test', password: 'shanhai-demo-2026' })
    .expect(200);
  const [{ id }] = await sql<{ id: string }>(`SELECT id FROM users WHERE email = 'admin@demo.shanhai.test'`);
  return { agent, ip, id };
}

/** A fresh pseudonymous code no other run or test uses. */
const code = () => `E2E-${randomUUID().slice(0, 8).toUpperCase()}`;

const counts = async () =>
  (
    await sql<{ households: number; links: number; payouts: number; indicators: number; audits: number }>(
      `SELECT (SELECT count(*)::int FROM aid_households) AS households, (SELECT count(*)::int FROM aid_household_mechanisms) AS links,
              (SELECT count(*)::int FROM aid_benefit_payouts) AS payouts, (SELECT count(*)::int FROM reported_indicators) AS indicators,
              (SELECT count(*)::int FROM audit_log) AS audits`,
    )
  )[0];

interface AuditRow {
  actor_user_id: string;
  action: string;
  entity: string;
  entity_id: string;
  before: unknown;
  after: unknown;
  ip: string;
  user_agent: string;
}

const auditsOf = (entityId: string) =>
  sql<AuditRow>(
    'SELECT actor_user_id, action, entity, entity_id, before, after, ip, user_agent FROM audit_log WHERE entity_id = $1 ORDER BY id',
    [entityId],
  );

const householdId = async (c: string) =>
  (await sql<{ id: string }>('SELECT id FROM aid_households WHERE code = $1', [c]))[0]?.id;

interface UpliftRow {
  cooperativeId: string;
  cooperativeName: { zh: string; en: string };
  type: string;
  year: number;
  households: number;
  persons: number;
  paidFen: number;
  perCapitaFen: number | null;
}

const parkId = async () =>
  (await sql<{ id: string }>('SELECT id FROM cooperatives WHERE slug = $1', [PARK]))[0].id;

describe('households and benefit', () => {
  it('reproduces the article’s 508.74 yuan per person a year from the seeded households and dividend', async () => {
    const a = await admin();
    const res = await a.agent.get('/api/aid/benefit').query({ year: 2020 }).expect(200);
    const [{ households, persons }] = await sql<{ households: number; persons: number }>(
      'SELECT count(*)::int AS households, sum(persons)::int AS persons FROM aid_households',
    );
    expect({ households, persons }).toEqual({ households: 970, persons: 3145 });
    expect(res.body).toEqual({
      householdsLinked: 970,
      personsLinked: 3145,
      rows: [
        {
          cooperativeId: await parkId(),
          cooperativeName: {
            zh: '浪洞镇东西部扶贫协作食用菌产业园',
            en: 'Langdong East–West Cooperation Edible Fungi Park',
          },
          type: 'dividend',
          year: 2020,
          households: 970,
          persons: 3145,
          // 20,000,000 yuan × 8 %
          paidFen: 160_000_000,
          // ÷ 3,145 persons = 508.74 yuan
          perCapitaFen: 50_874,
        },
      ],
    });
    // the households live in villages of 浪洞镇, as codes only
    const places = await sql<{ township: string }>(
      `SELECT DISTINCT t.slug AS township FROM aid_households h JOIN villages v ON v.id = h.village_id JOIN townships t ON t.id = v.township_id`,
    );
    expect(places).toEqual([{ township: 'langdong' }]);

    // another year has no payout: no rows, the same households
    const other = await a.agent.get('/api/aid/benefit').query({ year: 2019 }).expect(200);
    expect(other.body).toEqual({ householdsLinked: 970, personsLinked: 3145, rows: [] });
    expect(
      (await a.agent.get('/api/aid/benefit').query({ year: '20x0' }).expect(400)).body.fields,
    ).toHaveProperty('year');
  });

  it('fills targetFen and the linked counts of the summaries from the seeded data', async () => {
    const a = await admin();
    const summary = (await a.agent.get('/api/aid/summary').expect(200)).body;
    expect(summary).toEqual(
      expect.objectContaining({
        targetFen: DEMO_TARGET_FEN,
        householdsLinked: 970,
        personsLinked: 3145,
        reportedFen: OPENING_FEN,
      }),
    );
    const pub = (
      await request(e2eState().apiUrl)
        .get('/api/aid/public-summary')
        .set('x-forwarded-for', nextIp())
        .expect(200)
    ).body;
    expect(pub).toEqual(expect.objectContaining({ householdsLinked: 970, personsLinked: 3145 }));
  });

  it('creates a household by code (201), updates it (200), changes nothing on a repeat, and audits each change', async () => {
    const a = await admin();
    const c = code();
    const created = await a.agent
      .post('/api/aid/households')
      .send({
        code: c.toLowerCase(),
        cooperativeSlug: PARK,
        villageSlug: 'wenquan',
        persons: 3,
        mechanisms: ['day_wage'],
      })
      .expect(201);
    const park = await parkId();
    const first = {
      code: c,
      cooperativeId: park,
      cooperativeSlug: PARK,
      villageSlug: 'wenquan',
      persons: 3,
      mechanisms: ['day_wage'],
    };
    expect(created.body).toEqual(first);
    const id = await householdId(c);
    expect(await sql('SELECT type FROM aid_household_mechanisms WHERE household_id = $1', [id])).toEqual([
      { type: 'day_wage' },
    ]);

    const updated = await a.agent
      .post('/api/aid/households')
      .send({
        code: c,
        cooperativeSlug: PARK,
        villageSlug: 'hekou',
        persons: 4,
        mechanisms: ['day_wage', 'dividend'],
      })
      .expect(200);
    const second = { ...first, villageSlug: 'hekou', persons: 4, mechanisms: ['dividend', 'day_wage'] };
    expect(updated.body).toEqual(second);
    expect(
      await sql<{ n: number }>('SELECT count(*)::int AS n FROM aid_households WHERE code = $1', [c]),
    ).toEqual([{ n: 1 }]);
    expect(
      await sql('SELECT type FROM aid_household_mechanisms WHERE household_id = $1 ORDER BY type', [id]),
    ).toEqual([{ type: 'day_wage' }, { type: 'dividend' }]);

    // the same again is no change: 200, nothing written, nothing audited
    const start = await counts();
    await a.agent
      .post('/api/aid/households')
      .send({
        code: c,
        cooperativeSlug: PARK,
        villageSlug: 'hekou',
        persons: 4,
        mechanisms: ['dividend', 'day_wage'],
      })
      .expect(200);
    expect(await counts()).toEqual(start);

    expect(await auditsOf(id)).toEqual([
      {
        actor_user_id: a.id,
        action: 'aid.household.create',
        entity: 'aid_household',
        entity_id: id,
        before: null,
        after: first,
        ip: a.ip,
        user_agent: 'e2e-benefit',
      },
      {
        actor_user_id: a.id,
        action: 'aid.household.update',
        entity: 'aid_household',
        entity_id: id,
        before: first,
        after: second,
        ip: a.ip,
        user_agent: 'e2e-benefit',
      },
    ]);

    // the admin's list shows it, by cooperative and village, with the page's totals
    const page = await a.agent
      .get('/api/aid/households')
      .query({ cooperative: PARK, village: 'hekou', pageSize: 200 })
      .expect(200);
    expect(page.body.households).toContainEqual(second);
    const [hekou] = await sql<{ n: number; persons: number }>(
      `SELECT count(*)::int AS n, sum(persons)::int AS persons FROM aid_households h JOIN villages v ON v.id = h.village_id WHERE v.slug = 'hekou'`,
    );
    expect(page.body).toEqual(
      expect.objectContaining({ total: hekou.n, persons: hekou.persons, page: 1, pageSize: 200 }),
    );
  });

  it('pages households by code and filters by cooperative', async () => {
    const a = await admin();
    const first = await a.agent
      .get('/api/aid/households')
      .query({ cooperative: PARK, pageSize: 2 })
      .expect(200);
    const [{ n, persons }] = await sql<{ n: number; persons: number }>(
      `SELECT count(*)::int AS n, sum(persons)::int AS persons FROM aid_households h JOIN cooperatives c ON c.id = h.cooperative_id WHERE c.slug = $1`,
      [PARK],
    );
    expect(first.body.total).toBe(n);
    expect(first.body.persons).toBe(persons);
    const ordered = (
      await sql<{ code: string }>(
        'SELECT h.code FROM aid_households h JOIN cooperatives c ON c.id = h.cooperative_id WHERE c.slug = $1 ORDER BY h.code LIMIT 4',
        [PARK],
      )
    ).map((r) => r.code);
    expect(first.body.households.map((h: { code: string }) => h.code)).toEqual(ordered.slice(0, 2));
    const second = await a.agent
      .get('/api/aid/households')
      .query({ cooperative: PARK, pageSize: 2, page: 2 })
      .expect(200);
    expect(second.body.households.map((h: { code: string }) => h.code)).toEqual(ordered.slice(2, 4));
    expect(second.body.total).toBe(n);

    const none = await a.agent.get('/api/aid/households').query({ cooperative: 'wengping-bees' }).expect(200);
    expect(none.body).toEqual({ households: [], total: 0, persons: 0, page: 1, pageSize: 50 });
    const unknown = await a.agent
      .get('/api/aid/households')
      .query({ cooperative: 'no-such-coop' })
      .expect(400);
    expect(unknown.body.fields).toHaveProperty('cooperative');
    expect(
      (await a.agent.get('/api/aid/households').query({ pageSize: 500 }).expect(400)).body.fields,
    ).toHaveProperty('pageSize');
  });

  it('refuses bad households with 400 and the fields, writing nothing', async () => {
    const a = await admin();
    const ok = {
      code: code(),
      cooperativeSlug: PARK,
      villageSlug: 'wenquan',
      persons: 2,
      mechanisms: ['dividend'],
    };
    const start = await counts();
    const cases: [Record<string, unknown>, string][] = [
      [{ ...ok, cooperativeSlug: 'no-such-coop' }, 'cooperativeSlug'],
      [{ ...ok, villageSlug: 'no-such-village' }, 'villageSlug'],
      // the fungi park declares a dividend and day wages, no land rent
      [{ ...ok, mechanisms: ['dividend', 'land_rent'] }, 'mechanisms'],
      [{ ...ok, mechanisms: [] }, 'mechanisms'],
      [{ ...ok, mechanisms: ['charity'] }, 'mechanisms.0'],
      // a mobile number or a resident ID number is an identity, not a pseudonym
      [{ ...ok, code: '13800138000' }, 'code'],
      [{ ...ok, code: '522622-19800101-123X' }, 'code'],
      [{ ...ok, code: '王小明' }, 'code'],
      [{ ...ok, code: 'ab' }, 'code'],
      [{ ...ok, persons: 0 }, 'persons'],
      [{ ...ok, persons: 2.5 }, 'persons'],
      [{ ...ok, name: '王小明' }, ''],
      [{ ...ok, phone: '13800138000' }, ''],
    ];
    for (const [body, field] of cases) {
      const res = await a.agent.post('/api/aid/households').send(body).expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.fields).toBeDefined();
      if (field) expect(Object.keys(res.body.fields)).toContain(field);
    }
    const undeclared = await a.agent
      .post('/api/aid/households')
      .send({ ...ok, mechanisms: ['land_rent'] })
      .expect(400);
    expect(undeclared.body.fields.mechanisms[0]).toMatch(/land_rent/);
    expect(await counts()).toEqual(start);
    expect(await householdId(ok.code)).toBeUndefined();
  });

  it('records payouts, replaces a year’s figure audited, and computes the uplift per person from the linked households', async () => {
    const a = await admin();
    const year = 2025;
    const codes = [code(), code()];
    for (const [i, c] of codes.entries()) {
      await a.agent
        .post('/api/aid/households')
        .send({
          code: c,
          cooperativeSlug: 'lebainian-health',
          villageSlug: 'pingxiba',
          persons: 3 + i,
          mechanisms: ['land_rent'],
        })
        .expect(201);
    }
    const created = await a.agent
      .post('/api/aid/benefit/payouts')
      .send({ type: 'land_rent', cooperativeSlug: 'lebainian-health', year, amountFen: 100_000 })
      .expect(201);
    const [coop] = await sql<{ id: string }>(`SELECT id FROM cooperatives WHERE slug = 'lebainian-health'`);
    const first = {
      id: expect.any(String),
      cooperativeId: coop.id,
      cooperativeSlug: 'lebainian-health',
      type: 'land_rent',
      year,
      investmentFen: null,
      rateBasisPoints: null,
      paidFen: 100_000,
    };
    expect(created.body).toEqual(first);

    const rowOf = async () =>
      ((await a.agent.get('/api/aid/benefit').query({ year }).expect(200)).body.rows as UpliftRow[]).find(
        (r) => r.cooperativeId === coop.id && r.type === 'land_rent',
      );
    // 1,000.00 yuan ÷ 7 persons = 142.857… yuan → 142.86 yuan, rounded half up
    expect(await rowOf()).toEqual({
      cooperativeId: coop.id,
      cooperativeName: expect.objectContaining({ zh: '贵州乐百年健康产业开发有限公司' }),
      type: 'land_rent',
      year,
      households: 2,
      persons: 7,
      paidFen: 100_000,
      perCapitaFen: 14_286,
    });

    // a corrected figure for the same year replaces it: 200, one row, audited with what it was
    const replaced = await a.agent
      .post('/api/aid/benefit/payouts')
      .send({ type: 'land_rent', cooperativeSlug: 'lebainian-health', year, amountFen: 70_007 })
      .expect(200);
    expect(replaced.body).toEqual({ ...first, id: created.body.id, paidFen: 70_007 });
    // 700.07 yuan ÷ 7 = 100.01 yuan exactly
    expect((await rowOf())?.perCapitaFen).toBe(10_001);
    const audits = await auditsOf(created.body.id);
    expect(audits.map((r) => r.action)).toEqual(['aid.benefit_payout.create', 'aid.benefit_payout.update']);
    expect(audits[1]).toEqual(
      expect.objectContaining({
        actor_user_id: a.id,
        entity: 'aid_benefit_payout',
        before: created.body,
        after: replaced.body,
        ip: a.ip,
      }),
    );

    // a dividend is stored as investment × rate: 1,234,567.89 yuan at 7.25 % = 89,506.17 yuan (half up)
    const dividend = await a.agent
      .post('/api/aid/benefit/payouts')
      .send({
        type: 'dividend',
        cooperativeSlug: 'pingzhai-collective',
        year,
        investmentFen: 123_456_789,
        rateBasisPoints: 725,
      })
      .expect(201);
    expect(dividend.body).toEqual(
      expect.objectContaining({ investmentFen: 123_456_789, rateBasisPoints: 725, paidFen: 8_950_617 }),
    );
    const rows = (await a.agent.get('/api/aid/benefit').query({ year }).expect(200)).body.rows as UpliftRow[];
    // nobody linked to that dividend yet: no per-person figure
    expect(rows.find((r) => r.type === 'dividend')).toEqual(
      expect.objectContaining({ households: 0, persons: 0, paidFen: 8_950_617, perCapitaFen: null }),
    );
  });

  it('follows the households: one more on the park’s dividend changes the 2020 uplift and the summaries', async () => {
    const a = await admin();
    const before = (await a.agent.get('/api/aid/summary').expect(200)).body;
    const c = code();
    await a.agent
      .post('/api/aid/households')
      .send({ code: c, cooperativeSlug: PARK, villageSlug: 'gaojian', persons: 5, mechanisms: ['dividend'] })
      .expect(201);
    const [linked] = await sql<{ households: number; persons: number }>(
      `SELECT count(*)::int AS households, sum(h.persons)::int AS persons FROM aid_households h
       JOIN aid_household_mechanisms m ON m.household_id = h.id WHERE m.type = 'dividend' AND h.cooperative_id = $1`,
      [await parkId()],
    );
    const row = (
      (await a.agent.get('/api/aid/benefit').query({ year: 2020 }).expect(200)).body.rows as UpliftRow[]
    )[0];
    expect(row).toEqual(
      expect.objectContaining({
        households: linked.households,
        persons: linked.persons,
        paidFen: 160_000_000,
      }),
    );
    // 1,600,000 yuan shared by more persons, rounded half up to the fen
    expect(row.perCapitaFen).toBe(Math.floor((160_000_000 * 2 + linked.persons) / (2 * linked.persons)));
    expect(row.perCapitaFen).toBeLessThan(50_874);

    const after = (await a.agent.get('/api/aid/summary').expect(200)).body;
    expect(after.householdsLinked).toBe(before.householdsLinked + 1);
    expect(after.personsLinked).toBe(before.personsLinked + 5);
  });

  it('refuses bad payouts with 400 and the fields, writing nothing', async () => {
    const a = await admin();
    const start = await counts();
    const cases: [Record<string, unknown>, string][] = [
      [{ type: 'day_wage', cooperativeSlug: 'no-such-coop', year: 2024, amountFen: 100 }, 'cooperativeSlug'],
      // the bee farm buys produce; it declares no dividend
      [
        {
          type: 'dividend',
          cooperativeSlug: 'wengping-bees',
          year: 2024,
          investmentFen: 100_000,
          rateBasisPoints: 500,
        },
        'type',
      ],
      [{ type: 'dividend', cooperativeSlug: PARK, year: 2024, amountFen: 100 }, ''],
      [
        {
          type: 'dividend',
          cooperativeSlug: PARK,
          year: 2024,
          investmentFen: 100_000,
          rateBasisPoints: 10_001,
        },
        'rateBasisPoints',
      ],
      [{ type: 'day_wage', cooperativeSlug: PARK, year: 2024, amountFen: 0 }, 'amountFen'],
      [{ type: 'day_wage', cooperativeSlug: PARK, year: 1999, amountFen: 100 }, 'year'],
      [{ type: 'charity', cooperativeSlug: PARK, year: 2024, amountFen: 100 }, 'type'],
    ];
    for (const [body, field] of cases) {
      const res = await a.agent.post('/api/aid/benefit/payouts').send(body).expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      if (field) expect(Object.keys(res.body.fields)).toContain(field);
    }
    expect(await counts()).toEqual(start);
  });
});

describe('indicators: reported figures and targets', () => {
  it('lists every figure with its id and kind, the article’s and the demo target', async () => {
    const a = await admin();
    const res = await a.agent.get('/api/aid/indicators').expect(200);
    const [{ n }] = await sql<{ n: number }>('SELECT count(*)::int AS n FROM reported_indicators');
    expect(res.body).toHaveLength(n);
    const byKey = new Map(res.body.map((i: { key: string }) => [i.key, i]));
    expect(byKey.get('aid_sales_fen')).toEqual(
      expect.objectContaining({
        id: expect.any(String),
        kind: 'reported',
        value: OPENING_FEN,
        unit: 'fen',
        periodEnd: '2020-06-30',
      }),
    );
    expect(byKey.get('aid_sales_target_fen')).toEqual(
      expect.objectContaining({
        kind: 'target',
        value: DEMO_TARGET_FEN,
        unit: 'fen',
        periodEnd: '2026-12-31',
        source: 'demo target',
        label: { zh: expect.stringContaining('演示'), en: expect.stringContaining('demo') },
      }),
    );
  });

  it('adds a later reported figure (audited) that the story shows, and refuses its key again with 409', async () => {
    const a = await admin();
    const key = `e2e_sales_${randomUUID().slice(0, 8)}_fen`;
    const body = {
      key,
      kind: 'reported',
      labelZh: '2021 年帮助销售',
      labelEn: 'Sold with the district’s help in 2021',
      value: 1_234_500,
      unit: 'fen',
      periodStart: '2021-01-01',
      periodEnd: '2021-12-31',
      source: 'a later report (e2e)',
    };
    const res = await a.agent.post('/api/aid/indicators').send(body).expect(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      key,
      kind: 'reported',
      label: { zh: body.labelZh, en: body.labelEn },
      value: 1_234_500,
      unit: 'fen',
      note: null,
      periodStart: '2021-01-01',
      periodEnd: '2021-12-31',
      periodNote: null,
      source: 'a later report (e2e)',
    });
    expect(await auditsOf(res.body.id)).toEqual([
      expect.objectContaining({
        actor_user_id: a.id,
        action: 'aid.indicator.create',
        entity: 'reported_indicator',
        before: null,
        after: res.body,
        ip: a.ip,
      }),
    ]);
    const story = (
      await request(e2eState().apiUrl).get('/api/story').set('x-forwarded-for', nextIp()).expect(200)
    ).body;
    expect(story.indicators.map((i: { key: string }) => i.key)).toContain(key);
    // targets are the office's own, not reported: the story never shows them
    expect(story.indicators.map((i: { key: string }) => i.key)).not.toContain('aid_sales_target_fen');

    const start = await counts();
    const again = await a.agent
      .post('/api/aid/indicators')
      .send({ ...body, value: 1 })
      .expect(409);
    expect(again.body).toEqual(
      expect.objectContaining({ code: 'INDICATOR_KEY_TAKEN', fields: { key: ['is already used'] } }),
    );
    expect(await counts()).toEqual(start);
  });

  it('refuses bad indicators with 400 and the fields, writing nothing', async () => {
    const a = await admin();
    const ok = {
      key: `e2e_bad_${randomUUID().slice(0, 8)}`,
      kind: 'target',
      labelZh: '目标',
      labelEn: 'Target',
      value: 100,
      unit: 'fen',
      periodStart: '2027-01-01',
      periodEnd: '2027-12-31',
      source: 'e2e',
    };
    const start = await counts();
    const cases: [Record<string, unknown>, string][] = [
      [{ ...ok, value: 10.5 }, 'value'],
      [{ ...ok, value: -1 }, 'value'],
      [{ ...ok, kind: 'forecast' }, 'kind'],
      [{ ...ok, key: 'Bad Key' }, 'key'],
      [{ ...ok, periodEnd: '2026-12-31' }, 'periodEnd'],
      [{ ...ok, periodStart: '2027-02-30' }, 'periodStart'],
      [{ ...ok, source: '' }, 'source'],
      [{ ...ok, id: randomUUID() }, ''],
    ];
    for (const [body, field] of cases) {
      const res = await a.agent.post('/api/aid/indicators').send(body).expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      if (field) expect(Object.keys(res.body.fields)).toContain(field);
    }
    expect(await counts()).toEqual(start);
  });

  it('corrects a figure’s value, period and source, audited with before and after', async () => {
    const a = await admin();
    const [row] = await sql<{ id: string }>(
      `SELECT id FROM reported_indicators WHERE key = 'fungi_park_annual_output_fen'`,
    );
    const before = (await a.agent.get('/api/aid/indicators').expect(200)).body.find(
      (i: { id: string }) => i.id === row.id,
    );
    const res = await a.agent
      .patch(`/api/aid/indicators/${row.id}`)
      .send({ value: 2_997_500_100, periodStart: '2020-01-01', source: 'a corrected report (e2e)' })
      .expect(200);
    expect(res.body).toEqual({
      ...before,
      value: 2_997_500_100,
      periodStart: '2020-01-01',
      source: 'a corrected report (e2e)',
    });
    expect(
      await sql('SELECT value::text, period_start::text, source FROM reported_indicators WHERE id = $1', [
        row.id,
      ]),
    ).toEqual([{ value: '2997500100.0000', period_start: '2020-01-01', source: 'a corrected report (e2e)' }]);
    const audits = await auditsOf(row.id);
    expect(audits[audits.length - 1]).toEqual(
      expect.objectContaining({
        actor_user_id: a.id,
        action: 'aid.indicator.update',
        entity: 'reported_indicator',
        before,
        after: res.body,
        ip: a.ip,
      }),
    );
    // and back, so the story keeps the article's figure
    await a.agent
      .patch(`/api/aid/indicators/${row.id}`)
      .send({ value: before.value, periodStart: before.periodStart, source: before.source })
      .expect(200);

    const start = await counts();
    const cases: [string, Record<string, unknown>, number, string][] = [
      [row.id, {}, 400, '_'],
      [row.id, { key: 'renamed' }, 400, ''],
      [row.id, { kind: 'target' }, 400, ''],
      [row.id, { value: 1.5 }, 400, 'value'],
      // a start after the stored end
      [row.id, { periodStart: '2021-01-01' }, 400, 'periodEnd'],
      ['not-a-uuid', { source: 'x y' }, 400, 'id'],
    ];
    for (const [id, body, status, field] of cases) {
      const res2 = await a.agent.patch(`/api/aid/indicators/${id}`).send(body).expect(status);
      if (field) expect(Object.keys(res2.body.fields)).toContain(field);
    }
    const missing = await a.agent
      .patch(`/api/aid/indicators/${randomUUID()}`)
      .send({ source: 'nowhere' })
      .expect(404);
    expect(missing.body.code).toBe('INDICATOR_NOT_FOUND');
    expect(await counts()).toEqual(start);
  });

  it('keeps the value of the figure that opened the ledger, explaining why; its period stays editable', async () => {
    const a = await admin();
    const [row] = await sql<{ id: string }>(`SELECT id FROM reported_indicators WHERE key = 'aid_sales_fen'`);
    const start = await counts();
    const res = await a.agent
      .patch(`/api/aid/indicators/${row.id}`)
      .send({ value: OPENING_FEN + 100 })
      .expect(409);
    expect(res.body.code).toBe('OPENING_BALANCE_FIXED');
    expect(res.body.message).toMatch(/append-only/);
    expect(res.body.message).toMatch(/adjustment/);
    expect(await counts()).toEqual(start);
    // the database refuses it too, whoever writes
    await expect(
      sql(`UPDATE reported_indicators SET value = value + 1 WHERE key = 'aid_sales_fen'`),
    ).rejects.toThrow(/opened the aid ledger/);
    await expect(sql(`DELETE FROM reported_indicators WHERE key = 'aid_sales_fen'`)).rejects.toThrow(
      /opened the aid ledger/,
    );

    // the same value with a corrected period is fine (the period is an inference), and is audited
    const moved = await a.agent
      .patch(`/api/aid/indicators/${row.id}`)
      .send({ value: OPENING_FEN, periodEnd: '2020-07-31' })
      .expect(200);
    expect(moved.body).toEqual(expect.objectContaining({ value: OPENING_FEN, periodEnd: '2020-07-31' }));
    await a.agent.patch(`/api/aid/indicators/${row.id}`).send({ periodEnd: '2020-06-30' }).expect(200);
    expect((await auditsOf(row.id)).map((r) => r.action)).toEqual([
      'aid.indicator.update',
      'aid.indicator.update',
    ]);
    // the ledger's opening entry is untouched
    expect(
      await sql(
        `SELECT amount_fen, period FROM aid_ledger_entries WHERE source_ref = 'opening:reported:aid_sales_fen'`,
      ),
    ).toEqual([{ amount_fen: String(OPENING_FEN), period: '2020-06' }]);
    expect((await a.agent.get('/api/aid/summary').expect(200)).body.reportedFen).toBe(OPENING_FEN);
  });

  it('moves targetFen to the money target with the latest period end', async () => {
    const a = await admin();
    const target = (over: Record<string, unknown>) => ({
      key: `e2e_target_${randomUUID().slice(0, 8)}`,
      kind: 'target',
      labelZh: '目标（测试）',
      labelEn: 'Target (test)',
      unit: 'fen',
      periodStart: '2027-01-01',
      source: 'e2e target',
      ...over,
    });
    const latest = async () => (await a.agent.get('/api/aid/summary').expect(200)).body.targetFen;
    expect(await latest()).toBe(DEMO_TARGET_FEN);
    // an earlier end does not win
    await a.agent
      .post('/api/aid/indicators')
      .send(target({ value: 1_000, periodStart: '2021-01-01', periodEnd: '2025-12-31' }))
      .expect(201);
    expect(await latest()).toBe(DEMO_TARGET_FEN);
    // a later one does
    await a.agent
      .post('/api/aid/indicators')
      .send(target({ value: 9_900_000_000, periodEnd: '2030-12-31' }))
      .expect(201);
    expect(await latest()).toBe(9_900_000_000);
    // a later target that is not money, and a later reported figure, do not
    await a.agent
      .post('/api/aid/indicators')
      .send(target({ value: 2_000, unit: 'count', periodEnd: '2035-12-31' }))
      .expect(201);
    await a.agent
      .post('/api/aid/indicators')
      .send(target({ kind: 'reported', value: 5, periodEnd: '2035-12-31' }))
      .expect(201);
    expect(await latest()).toBe(9_900_000_000);
    // nor does it show on the public pages
    const pub = (
      await request(e2eState().apiUrl)
        .get('/api/aid/public-summary')
        .set('x-forwarded-for', nextIp())
        .expect(200)
    ).body;
    expect(pub.targetFen).toBeUndefined();
  });
});

describe('privacy and access', () => {
  it('never puts a household code on a public page: the public summary and the story carry counts only', async () => {
    const codes = (await sql<{ code: string }>('SELECT code FROM aid_households')).map((r) => r.code);
    expect(codes.length).toBeGreaterThanOrEqual(970);
    for (const path of ['/api/aid/public-summary', '/api/story']) {
      const res = await request(e2eState().apiUrl).get(path).set('x-forwarded-for', nextIp()).expect(200);
      const text = res.text;
      expect(text.length).toBeGreaterThan(50);
      const leaked = codes.filter((c) => text.includes(c));
      expect(leaked).toEqual([]);
      expect(text).not.toMatch(/LD-\d{4}/);
      expect(text).not.toMatch(/E2E-[0-9A-F]{8}/);
    }
    const pub = (
      await request(e2eState().apiUrl)
        .get('/api/aid/public-summary')
        .set('x-forwarded-for', nextIp())
        .expect(200)
    ).body;
    expect(pub.householdsLinked).toBe(codes.length);
  });

  it('lets admins only: 401 anonymous, 403 consumers and cooperative members, on every endpoint, writing nothing', async () => {
    const [{ id: indicatorId }] = await sql<{ id: string }>(
      `SELECT id FROM reported_indicators WHERE key = 'households_lifted'`,
    );
    const household = {
      code: code(),
      cooperativeSlug: PARK,
      villageSlug: 'wenquan',
      persons: 2,
      mechanisms: ['dividend'],
    };
    const payout = { type: 'day_wage', cooperativeSlug: PARK, year: 2023, amountFen: 100 };
    const indicator = {
      key: `e2e_denied_${randomUUID().slice(0, 8)}`,
      kind: 'target',
      labelZh: '目标',
      labelEn: 'Target',
      value: 1,
      unit: 'fen',
      periodStart: '2027-01-01',
      periodEnd: '2027-12-31',
      source: 'should not land',
    };
    type Agent = ReturnType<typeof request.agent>;
    const calls: [string, (agent: Agent) => request.Test][] = [
      ['GET /api/aid/households', (ag) => ag.get('/api/aid/households').query({ cooperative: PARK })],
      ['POST /api/aid/households', (ag) => ag.post('/api/aid/households').send(household)],
      ['GET /api/aid/benefit', (ag) => ag.get('/api/aid/benefit').query({ year: 2020 })],
      ['POST /api/aid/benefit/payouts', (ag) => ag.post('/api/aid/benefit/payouts').send(payout)],
      ['GET /api/aid/indicators', (ag) => ag.get('/api/aid/indicators')],
      ['POST /api/aid/indicators', (ag) => ag.post('/api/aid/indicators').send(indicator)],
      [
        'PATCH /api/aid/indicators/:id',
        (ag) => ag.patch(`/api/aid/indicators/${indicatorId}`).send({ value: 1 }),
      ],
      ['GET /api/aid/summary', (ag) => ag.get('/api/aid/summary')],
    ];
    const start = await counts();
    const anonymous = request.agent(e2eState().apiUrl).set('x-forwarded-for', nextIp());
    const consumer = await loginDemo('shopper@demo.shanhai.test');
    const member = await loginDemo(`${PARK}@demo.shanhai.test`);
    for (const [name, call] of calls) {
      expect([name, (await call(anonymous)).status]).toEqual([name, 401]);
      expect([name, (await call(consumer)).status]).toEqual([name, 403]);
      expect([name, (await call(member)).status]).toEqual([name, 403]);
    }
    expect(await counts()).toEqual(start);
    expect(await householdId(household.code)).toBeUndefined();

    // and the admin may read each
    const a = await admin();
    for (const [name, call] of calls.filter(([n]) => n.startsWith('GET'))) {
      expect([name, (await call(a.agent)).status]).toEqual([name, 200]);
    }
  });
});
