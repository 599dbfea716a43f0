import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { loginDemo, newShopper, nextIp, orderBody } from './support/shoppers';
import { adminAgent, applicationBody, newAccount, pngOf, type Agent } from './support/portal';
import { e2eState } from './support/state';

/**
 * Object-level authorization as a generated matrix: every endpoint of the cooperative portal,
 * the admin console, onboarding and the consumer's orders × six callers → the expected answer.
 * Roles run in this order so that the callers expected to be refused go before the one who may
 * write: a refused request must change nothing, and the allowed one then still succeeds.
 */
const ROLES = ['anonymous', 'consumerA', 'consumerB', 'memberB', 'memberA', 'admin'] as const;
type Role = (typeof ROLES)[number];
type Expect = Record<Role, number>;

interface Ctx {
  coopA: string;
  coopB: string;
  productA: string;
  variantA: string;
  imageA: string;
  submissionA: string;
  fulfilmentA: string;
  orderA: string;
  orderNumberA: string;
  refundOrder: string;
  refundLine: string;
  unpaidOrder: string;
  unpaidTotal: number;
  pendingCoop1: string;
  pendingCoop2: string;
  queueProduct1: string;
  queueProduct2: string;
  queueSub1: string;
  queueSub2: string;
  certInForce: string;
  invitationA: string;
  consumerC: string;
}

interface Endpoint {
  name: string;
  method: 'get' | 'post' | 'patch' | 'delete';
  path: (c: Ctx) => string;
  body?: (c: Ctx) => object;
  /** a multipart upload of a small PNG instead of JSON */
  upload?: boolean;
  expect: Expect;
  /** text that must not appear in a successful answer to these roles (another party's data) */
  hidden?: Partial<Record<Role, (c: Ctx) => string>>;
}

/** A cooperative's endpoint: its own member gets `own`, the other cooperative's member `other`. */
const co = (own: number, other = 404): Expect => ({ anonymous: 401, consumerA: 403, consumerB: 403, memberB: other, memberA: own, admin: 403 });
const admin = (ok: number): Expect => ({ anonymous: 401, consumerA: 403, consumerB: 403, memberB: 403, memberA: 403, admin: ok });
const certBody = () => ({ number: `MATRIX-${randomUUID().slice(0, 8)}`, issuer: '黄平县农业农村局', validFrom: '2026-01-01', validTo: '2027-06-30' });

const ENDPOINTS: Endpoint[] = [
  // onboarding
  { name: 'apply', method: 'post', path: () => '/api/cooperative-applications', body: () => applicationBody(), expect: { ...admin(403), consumerA: 201, consumerB: 201 } },
  {
    name: 'apply setting its own status',
    method: 'post',
    path: () => '/api/cooperative-applications',
    body: () => applicationBody({ status: 'approved' }),
    expect: { ...admin(403), consumerA: 400, consumerB: 400 },
  },
  { name: 'my applications', method: 'get', path: () => '/api/cooperative-applications/mine', expect: { anonymous: 401, consumerA: 200, consumerB: 200, memberB: 200, memberA: 200, admin: 403 } },
  { name: 'application queue', method: 'get', path: () => '/api/admin/cooperatives?status=pending', expect: admin(200) },
  { name: 'a cooperative in the console', method: 'get', path: (c) => `/api/admin/cooperatives/${c.coopA}`, expect: admin(200) },
  { name: 'approve an application', method: 'post', path: (c) => `/api/admin/cooperatives/${c.pendingCoop1}/approve`, expect: admin(200) },
  { name: 'reject an application', method: 'post', path: (c) => `/api/admin/cooperatives/${c.pendingCoop2}/reject`, body: () => ({ reason: 'matrix: incomplete' }), expect: admin(200) },
  { name: 'suspend a cooperative', method: 'post', path: (c) => `/api/admin/cooperatives/${c.pendingCoop1}/suspend`, body: () => ({ reason: 'matrix: check' }), expect: admin(200) },
  { name: 'reinstate a cooperative', method: 'post', path: (c) => `/api/admin/cooperatives/${c.pendingCoop1}/reinstate`, expect: admin(200) },
  { name: 'set commission', method: 'post', path: (c) => `/api/admin/cooperatives/${c.coopB}/commission`, body: () => ({ commissionBps: 500 }), expect: admin(200) },
  { name: 'a cooperative’s members (console)', method: 'get', path: (c) => `/api/admin/cooperatives/${c.coopA}/members`, expect: admin(200) },
  { name: 'invite for a cooperative (console)', method: 'post', path: (c) => `/api/admin/cooperatives/${c.coopA}/invitations`, body: () => ({ email: `m-${randomUUID().slice(0, 8)}@example.com` }), expect: admin(201) },
  { name: 'users', method: 'get', path: () => '/api/admin/users', expect: admin(200) },
  { name: 'change a role', method: 'post', path: (c) => `/api/admin/users/${c.consumerC}/role`, body: () => ({ role: 'consumer' }), expect: admin(200) },
  { name: 'audit log', method: 'get', path: () => '/api/admin/audit', expect: admin(200) },
  // members and invitations
  { name: 'my members', method: 'get', path: () => '/api/co/members', expect: co(200, 200), hidden: { memberB: () => 'langdong-fungi-park@demo.shanhai.test' } },
  { name: 'invite a member', method: 'post', path: () => '/api/co/invitations', body: () => ({ email: `m-${randomUUID().slice(0, 8)}@example.com` }), expect: co(201, 201) },
  { name: 'withdraw an invitation', method: 'delete', path: (c) => `/api/co/invitations/${c.invitationA}`, expect: co(204) },
  {
    name: 'accept an unknown invitation',
    method: 'post',
    path: () => '/api/invitations/accept',
    body: () => ({ token: 'x'.repeat(43) }),
    expect: { anonymous: 404, consumerA: 404, consumerB: 404, memberB: 404, memberA: 404, admin: 404 },
  },
  // products and stock
  { name: 'my products', method: 'get', path: () => '/api/co/products', expect: co(200, 200), hidden: { memberB: (c) => c.productA } },
  { name: 'create a product', method: 'post', path: () => '/api/co/products', body: () => ({ categorySlug: 'fungi', villageSlug: 'hekou', nameZh: '矩阵', nameEn: `Matrix ${randomUUID().slice(0, 6)}`, variants: [{ labelZh: '一份', priceFen: 100 }] }), expect: co(201, 201) },
  { name: 'a product', method: 'get', path: (c) => `/api/co/products/${c.productA}`, expect: co(200) },
  { name: 'edit a product', method: 'patch', path: (c) => `/api/co/products/${c.productA}`, body: () => ({ descriptionEn: 'edited by the matrix' }), expect: co(200) },
  { name: 'edit a product’s review state', method: 'patch', path: (c) => `/api/co/products/${c.productA}`, body: () => ({ reviewStatus: 'approved' }), expect: co(400, 400) },
  { name: 'list a product', method: 'post', path: (c) => `/api/co/products/${c.productA}/status`, body: () => ({ status: 'active' }), expect: co(200) },
  { name: 'add a variant', method: 'post', path: (c) => `/api/co/products/${c.productA}/variants`, body: () => ({ labelZh: '矩阵装', priceFen: 900 }), expect: co(201) },
  { name: 'edit a variant', method: 'patch', path: (c) => `/api/co/variants/${c.variantA}`, body: () => ({ priceFen: 5100 }), expect: co(200) },
  { name: 'set a variant’s stock directly', method: 'patch', path: (c) => `/api/co/variants/${c.variantA}`, body: () => ({ available: 1000 }), expect: co(400, 400) },
  { name: 'change stock', method: 'post', path: (c) => `/api/co/variants/${c.variantA}/stock`, body: () => ({ delta: 1, reason: 'stocktake' }), expect: co(201) },
  { name: 'stock history of a variant', method: 'get', path: (c) => `/api/co/stock-movements?variant=${c.variantA}`, expect: co(200) },
  { name: 'upload a photo', method: 'post', path: (c) => `/api/co/products/${c.productA}/images`, upload: true, expect: co(201) },
  { name: 'remove a photo', method: 'delete', path: (c) => `/api/co/products/${c.productA}/images/${c.imageA}`, expect: co(204) },
  { name: 'my certificates', method: 'get', path: () => '/api/co/certificates', expect: co(200, 200), hidden: { memberB: (c) => c.submissionA } },
  { name: 'submit a certificate', method: 'post', path: (c) => `/api/co/products/${c.productA}/certificates`, body: certBody, expect: co(201) },
  { name: 'attach a scan', method: 'post', path: (c) => `/api/co/certificates/${c.submissionA}/scan`, upload: true, expect: co(200) },
  // orders and money
  { name: 'portal home', method: 'get', path: () => '/api/co/home', expect: co(200, 200) },
  { name: 'orders to fulfil', method: 'get', path: () => '/api/co/orders?pageSize=100', expect: co(200, 200), hidden: { memberB: (c) => c.orderNumberA } },
  { name: 'a shipment', method: 'get', path: (c) => `/api/co/orders/${c.fulfilmentA}`, expect: co(200) },
  { name: 'pick list', method: 'get', path: () => '/api/co/orders/pick-list', expect: co(200, 200), hidden: { memberB: (c) => c.orderNumberA } },
  { name: 'orders CSV', method: 'get', path: () => '/api/co/orders/export.csv', expect: co(200, 200), hidden: { memberB: (c) => c.orderNumberA } },
  { name: 'payouts', method: 'get', path: () => '/api/co/payouts', expect: co(200, 200) },
  { name: 'ship', method: 'post', path: (c) => `/api/fulfilments/${c.fulfilmentA}/ship`, body: () => ({ carrier: 'EMS', trackingNumber: 'EMS123456789' }), expect: co(200) },
  {
    name: 'a consumer’s order',
    method: 'get',
    path: (c) => `/api/orders/${c.orderA}`,
    expect: { anonymous: 401, consumerA: 200, consumerB: 404, memberB: 404, memberA: 404, admin: 404 },
  },
  {
    name: 'my orders',
    method: 'get',
    path: () => '/api/orders',
    expect: { anonymous: 401, consumerA: 200, consumerB: 200, memberB: 200, memberA: 200, admin: 200 },
    hidden: { consumerB: (c) => c.orderA, memberA: (c) => c.orderA, memberB: (c) => c.orderA, admin: (c) => c.orderA },
  },
  // review queues
  { name: 'product queue', method: 'get', path: () => '/api/admin/products', expect: admin(200) },
  { name: 'approve a product', method: 'post', path: (c) => `/api/admin/products/${c.queueProduct1}/approve`, expect: admin(200) },
  { name: 'reject a product', method: 'post', path: (c) => `/api/admin/products/${c.queueProduct2}/reject`, body: () => ({ reason: 'matrix: blurry photos' }), expect: admin(200) },
  { name: 'certificate queue', method: 'get', path: () => '/api/admin/certificates?status=pending', expect: admin(200) },
  { name: 'expiring certificates', method: 'get', path: () => '/api/admin/certificates?status=expiring', expect: admin(200) },
  { name: 'approve a certificate', method: 'post', path: (c) => `/api/admin/certificates/${c.queueSub1}/approve`, expect: admin(200) },
  { name: 'reject a certificate', method: 'post', path: (c) => `/api/admin/certificates/${c.queueSub2}/reject`, body: () => ({ reason: 'matrix: wrong issuer' }), expect: admin(200) },
  { name: 'revoke a certificate', method: 'post', path: (c) => `/api/admin/aid-certificates/${c.certInForce}/revoke`, body: () => ({ reason: 'matrix: withdrawn' }), expect: admin(200) },
  // orders in the console
  { name: 'order search', method: 'get', path: (c) => `/api/admin/orders?number=${c.orderNumberA}`, expect: admin(200) },
  { name: 'order detail', method: 'get', path: (c) => `/api/admin/orders/${c.orderA}`, expect: admin(200) },
  { name: 'record an offline payment', method: 'post', path: (c) => `/api/admin/orders/${c.unpaidOrder}/payments`, body: (c) => ({ reference: 'MATRIX', amountFen: c.unpaidTotal }), expect: admin(200) },
  { name: 'refund a line', method: 'post', path: (c) => `/api/admin/orders/${c.refundOrder}/lines/${c.refundLine}/refunds`, body: () => ({ amountFen: 100, reason: 'matrix' }), expect: admin(200) },
  { name: 'refund an order', method: 'post', path: (c) => `/api/admin/orders/${c.refundOrder}/refund`, body: () => ({ reason: 'matrix: returned' }), expect: admin(200) },
];

describe('access matrix: endpoint × caller → answer', () => {
  const agents = {} as Record<Role, Agent>;
  const ctx = {} as Ctx;
  let png: Buffer;

  beforeAll(async () => {
    const api = e2eState().apiUrl;
    agents.anonymous = request.agent(api).set('x-forwarded-for', nextIp());
    const shopperA = await newShopper(api, 'matrix-a');
    const shopperB = await newShopper(api, 'matrix-b');
    agents.consumerA = shopperA.agent;
    agents.consumerB = shopperB.agent;
    agents.memberA = await loginDemo('langdong-fungi-park@demo.shanhai.test');
    agents.memberB = await loginDemo('lebainian-health@demo.shanhai.test');
    agents.admin = await adminAgent();
    const { memberA, admin: adm } = agents;
    png = await pngOf(64, 48);

    const coops = (await adm.get('/api/admin/cooperatives?status=approved').expect(200)).body as { id: string; slug: string }[];
    ctx.coopA = coops.find((c) => c.slug === 'langdong-fungi-park')!.id;
    ctx.coopB = coops.find((c) => c.slug === 'lebainian-health')!.id;

    const draft = async () =>
      (
        await memberA
          .post('/api/co/products')
          .send({ categorySlug: 'fungi', villageSlug: 'hekou', nameZh: '矩阵测试', nameEn: `Matrix fixture ${randomUUID().slice(0, 6)}`, variants: [{ labelZh: '一袋', priceFen: 5000 }] })
          .expect(201)
      ).body as { id: string; variants: { id: string; sku: string }[] };
    const p = await draft();
    ctx.productA = p.id;
    ctx.variantA = p.variants[0].id;
    await adm.post(`/api/admin/products/${p.id}/approve`).expect(200);
    await memberA.post(`/api/co/products/${p.id}/images`).attach('file', png, 'cover.png').expect(201);
    ctx.imageA = (await memberA.post(`/api/co/products/${p.id}/images`).attach('file', png, 'p.png').expect(201)).body.id;
    await memberA.post(`/api/co/products/${p.id}/status`).send({ status: 'active' }).expect(200);
    await memberA.post(`/api/co/variants/${ctx.variantA}/stock`).send({ delta: 30, reason: 'restock' }).expect(201);
    ctx.submissionA = (await memberA.post(`/api/co/products/${p.id}/certificates`).send(certBody()).expect(201)).body.submissionId;
    ctx.queueSub1 = (await memberA.post(`/api/co/products/${p.id}/certificates`).send(certBody()).expect(201)).body.submissionId;
    ctx.queueSub2 = (await memberA.post(`/api/co/products/${p.id}/certificates`).send(certBody()).expect(201)).body.submissionId;
    const sub3 = (await memberA.post(`/api/co/products/${p.id}/certificates`).send(certBody()).expect(201)).body.submissionId;
    ctx.certInForce = (await adm.post(`/api/admin/certificates/${sub3}/approve`).expect(200)).body.certificateId;
    ctx.queueProduct1 = (await draft()).id;
    ctx.queueProduct2 = (await draft()).id;
    ctx.invitationA = (await memberA.post('/api/co/invitations').send({ email: `inv-${randomUUID().slice(0, 8)}@example.com` }).expect(201)).body.id;

    const place = async (paid: boolean) => {
      const o = (
        await shopperA.agent
          .post('/api/orders')
          .set('idempotency-key', `matrix-${randomUUID()}`)
          .send(orderBody(shopperA.addressId, [{ sku: p.variants[0].sku, quantity: 1 }]))
          .expect(201)
      ).body as { id: string; number: string; totalFen: number };
      if (paid) await adm.post(`/api/admin/orders/${o.id}/payments`).send({ reference: `M-${o.number}`, amountFen: o.totalFen }).expect(200);
      return o;
    };
    const oa = await place(true);
    ctx.orderA = oa.id;
    ctx.orderNumberA = oa.number;
    const detail = (await adm.get(`/api/admin/orders/${oa.id}`).expect(200)).body;
    ctx.fulfilmentA = detail.order.fulfilments[0].id;
    const or = await place(true);
    ctx.refundOrder = or.id;
    ctx.refundLine = (await adm.get(`/api/admin/orders/${or.id}`).expect(200)).body.order.fulfilments[0].lines[0].id;
    const op = await place(false);
    ctx.unpaidOrder = op.id;
    ctx.unpaidTotal = op.totalFen;

    const applicant = async () => {
      const acct = await newAccount('matrix-applicant');
      return (await acct.agent.post('/api/cooperative-applications').send(applicationBody()).expect(201)).body.id as string;
    };
    ctx.pendingCoop1 = await applicant();
    ctx.pendingCoop2 = await applicant();
    ctx.consumerC = (await newAccount('matrix-role')).id;
  });

  it('covers every caller for every endpoint', () => {
    for (const e of ENDPOINTS) expect(Object.keys(e.expect).sort()).toEqual([...ROLES].sort());
    expect(ENDPOINTS.length).toBeGreaterThanOrEqual(55);
  });

  describe.each(ENDPOINTS.map((e) => [`${e.method.toUpperCase()} ${e.name}`, e] as const))('%s', (_label, e) => {
    it.each(ROLES.map((r) => [r, e.expect[r]] as const))('%s → %i', async (role, status) => {
      let req = agents[role][e.method](e.path(ctx));
      if (e.upload) req = req.attach('file', png, 'upload.png');
      else if (e.body) req = req.send(e.body(ctx));
      const res = await req;
      if (res.status !== status) throw new Error(`${e.method.toUpperCase()} ${e.path(ctx)} as ${role}: expected ${status}, got ${res.status} ${res.text.slice(0, 300)}`);
      const secret = e.hidden?.[role]?.(ctx);
      if (secret) expect(res.text).not.toContain(secret);
    });
  });
});
