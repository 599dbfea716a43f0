import request from 'supertest';
import { loginDemo } from './support/shoppers';
import { adminAgent, audits, paidOrder, pngOf, type Agent } from './support/portal';
import { e2eState, sql } from './support/state';

const A = 'langdong-fungi-park';
const B = 'lebainian-health';

const today = async () => (await sql<{ d: string }>(`SELECT (now() AT TIME ZONE 'Asia/Shanghai')::date::text AS d`))[0].d;
const plusDays = async (n: number) =>
  (await sql<{ d: string }>(`SELECT ((now() AT TIME ZONE 'Asia/Shanghai')::date + $1::int)::text AS d`, [n]))[0].d;

async function draftProduct(member: Agent, tag: string) {
  const res = await member
    .post('/api/co/products')
    .send({
      categorySlug: 'fungi',
      villageSlug: 'hekou',
      nameZh: `审核测试 ${tag}`,
      nameEn: `Review test ${tag} ${Date.now()}`,
      variants: [{ labelZh: '一袋', labelEn: 'one bag', priceFen: 5000, shippingWeightGrams: 500 }],
    })
    .expect(201);
  return res.body as { id: string; slug: string; variants: { id: string; sku: string }[] };
}

/** Every listed product shows a photo. */
const addPhoto = async (member: Agent, productId: string) =>
  member.post(`/api/co/products/${productId}/images`).attach('file', await pngOf(120, 120), 'cover.png').expect(201);

describe('the admin console', () => {
  let admin: Agent;
  let a: Agent;
  let b: Agent;

  beforeAll(async () => {
    admin = await adminAgent();
    a = await loginDemo(`${A}@demo.shanhai.test`);
    b = await loginDemo(`${B}@demo.shanhai.test`);
  });

  it('reviews products: reject with a reason, resubmit by editing, approve, and take a listed product down', async () => {
    const p = await draftProduct(a, 'queue');
    const queue = await admin.get('/api/admin/products').expect(200);
    expect(queue.body.find((x: { id: string }) => x.id === p.id)).toMatchObject({ reviewStatus: 'pending', cooperative: { slug: A } });
    await a.get('/api/admin/products').expect(403);
    await a.post(`/api/admin/products/${p.id}/approve`).expect(403);

    await admin.post(`/api/admin/products/${p.id}/reject`).send({ reason: '' }).expect(400);
    const rejected = await admin.post(`/api/admin/products/${p.id}/reject`).send({ reason: 'photos missing' }).expect(200);
    expect(rejected.body).toMatchObject({ reviewStatus: 'rejected', reviewReason: 'photos missing' });
    expect((await a.get(`/api/co/products/${p.id}`).expect(200)).body).toMatchObject({ reviewStatus: 'rejected', reviewReason: 'photos missing' });

    // editing a rejected product sends it back to the queue
    const edited = await a.patch(`/api/co/products/${p.id}`).send({ descriptionZh: '补充了说明' }).expect(200);
    expect(edited.body.reviewStatus).toBe('pending');
    await admin.post(`/api/admin/products/${p.id}/approve`).expect(200);
    await admin.post(`/api/admin/products/${p.id}/approve`).expect(409);
    await addPhoto(a, p.id);
    await a.post(`/api/co/products/${p.id}/status`).send({ status: 'active' }).expect(200);
    await request(e2eState().apiUrl).get(`/api/products/${p.slug}`).expect(200);

    const down = await admin.post(`/api/admin/products/${p.id}/reject`).send({ reason: 'misleading label' }).expect(200);
    expect(down.body).toMatchObject({ reviewStatus: 'rejected', status: 'hidden' });
    await request(e2eState().apiUrl).get(`/api/products/${p.slug}`).expect(404);
    const decisions = await sql<{ action: string; after: { reviewStatus: string; status: string } }>(
      `SELECT action, after FROM audit_log WHERE entity = 'product' AND entity_id = $1 AND action IN ('product.approve','product.reject') ORDER BY id`,
      [p.id],
    );
    expect(decisions.map((d) => [d.action, d.after.reviewStatus, d.after.status])).toEqual([
      ['product.reject', 'rejected', 'draft'],
      ['product.approve', 'approved', 'draft'],
      ['product.reject', 'rejected', 'hidden'],
    ]);
  });

  it('puts an approved certificate in force (the sale is aid-linked), lists it as expiring, and revokes it', async () => {
    const p = await draftProduct(a, 'certified');
    await admin.post(`/api/admin/products/${p.id}/approve`).expect(200);
    await addPhoto(a, p.id);
    await a.post(`/api/co/products/${p.id}/status`).send({ status: 'active' }).expect(200);
    await a.post(`/api/co/variants/${p.variants[0].id}/stock`).send({ delta: 20, reason: 'restock' }).expect(201);
    const number = `黔扶认-ADM-${Date.now()}`;
    const validTo = await plusDays(10);
    const sub = (
      await a.post(`/api/co/products/${p.id}/certificates`).send({ number, issuer: '黄平县农业农村局', validFrom: '2026-01-01', validTo }).expect(201)
    ).body;

    // pending: the sale is not aid-linked
    const before = await paidOrder(p.variants[0].sku, 1);
    const [line0] = await sql<{ aid_eligible: boolean; certificate_number: string | null }>(
      'SELECT aid_eligible, certificate_number FROM order_lines WHERE order_id = $1',
      [before.id],
    );
    expect(line0).toEqual({ aid_eligible: false, certificate_number: null });

    const pending = await admin.get('/api/admin/certificates').expect(200);
    expect(pending.body.map((c: { submissionId: string }) => c.submissionId)).toContain(sub.submissionId);
    await b.post(`/api/admin/certificates/${sub.submissionId}/approve`).expect(403);
    const approved = await admin.post(`/api/admin/certificates/${sub.submissionId}/approve`).expect(200);
    expect(approved.body).toMatchObject({ status: 'approved', certificateId: expect.any(String), number });
    await admin.post(`/api/admin/certificates/${sub.submissionId}/approve`).expect(409);
    const page = await request(e2eState().apiUrl).get(`/api/products/${p.slug}`).expect(200);
    expect(page.body).toMatchObject({ aidCertified: true, certificate: expect.objectContaining({ number, validToday: true }) });

    // approved and in window: checkout's snapshot makes the line aid-linked
    const after = await paidOrder(p.variants[0].sku, 1);
    const [line1] = await sql<{ aid_eligible: boolean; certificate_number: string }>(
      'SELECT aid_eligible, certificate_number FROM order_lines WHERE order_id = $1',
      [after.id],
    );
    expect(line1).toEqual({ aid_eligible: true, certificate_number: number });

    const expiring = await admin.get('/api/admin/certificates?status=expiring').expect(200);
    expect(expiring.body.find((c: { number: string }) => c.number === number)).toMatchObject({ validTo, status: 'approved' });
    const home = await a.get('/api/co/home').expect(200);
    expect(home.body.expiringCertificates.map((c: { number: string }) => c.number)).toContain(number);

    await admin.post(`/api/admin/aid-certificates/${approved.body.certificateId}/revoke`).send({}).expect(400);
    const revoked = await admin.post(`/api/admin/aid-certificates/${approved.body.certificateId}/revoke`).send({ reason: 'issuer withdrew it' }).expect(200);
    expect(revoked.body).toMatchObject({ status: 'revoked', reason: 'issuer withdrew it' });
    const [cert] = await sql<{ revoked: boolean; revoked_on: string }>('SELECT revoked, revoked_on::text FROM aid_certificates WHERE id = $1', [
      approved.body.certificateId,
    ]);
    expect(cert).toEqual({ revoked: true, revoked_on: await today() });
    const later = await request(e2eState().apiUrl).get(`/api/products/${p.slug}`).expect(200);
    expect(later.body.aidCertified).toBe(false);
    expect(await audits('certificate.approve', sub.submissionId)).toHaveLength(1);
    expect(await audits('certificate.revoke', approved.body.certificateId)).toHaveLength(1);

    // a rejected submission keeps its reason, and never reaches aid_certificates
    const other = (
      await a.post(`/api/co/products/${p.id}/certificates`).send({ number: `${number}-B`, issuer: '某机构', validFrom: '2026-01-01', validTo: '2026-12-31' }).expect(201)
    ).body;
    await admin.post(`/api/admin/certificates/${other.submissionId}/reject`).send({ reason: 'issuer is not a county office' }).expect(200);
    const mine = await a.get('/api/co/certificates').expect(200);
    expect(mine.body.find((c: { submissionId: string }) => c.submissionId === other.submissionId)).toMatchObject({
      status: 'rejected',
      reason: 'issuer is not a county office',
    });
    expect((await sql('SELECT 1 FROM aid_certificates WHERE number = $1', [`${number}-B`])).length).toBe(0);
  });

  it('finds orders by number, phone, status, cooperative and date, and shows one with history and customer', async () => {
    const p = await draftProduct(a, 'search');
    await admin.post(`/api/admin/products/${p.id}/approve`).expect(200);
    await addPhoto(a, p.id);
    await a.post(`/api/co/products/${p.id}/status`).send({ status: 'active' }).expect(200);
    await a.post(`/api/co/variants/${p.variants[0].id}/stock`).send({ delta: 10, reason: 'restock' }).expect(201);
    const o = await paidOrder(p.variants[0].sku, 2);
    const d = await today();

    const byNumber = await admin.get(`/api/admin/orders?number=${o.number}`).expect(200);
    expect(byNumber.body.items.map((x: { id: string }) => x.id)).toEqual([o.id]);
    expect(byNumber.body.items[0]).toMatchObject({ status: 'paid', cooperatives: [A], mobile: '+8613800138000', totalFen: o.totalFen });
    const byPhone = await admin.get(`/api/admin/orders?phone=13800138000&status=paid&cooperative=${A}&from=${d}&to=${d}&pageSize=100`).expect(200);
    expect(byPhone.body.items.map((x: { id: string }) => x.id)).toContain(o.id);
    const otherCoop = await admin.get(`/api/admin/orders?number=${o.number}&cooperative=${B}`).expect(200);
    expect(otherCoop.body.items).toEqual([]);
    const wrongStatus = await admin.get(`/api/admin/orders?number=${o.number}&status=shipped`).expect(200);
    expect(wrongStatus.body.total).toBe(0);
    await admin.get('/api/admin/orders?status=lost').expect(400);
    await a.get(`/api/admin/orders?number=${o.number}`).expect(403);

    const detail = await admin.get(`/api/admin/orders/${o.id}`).expect(200);
    expect(detail.body.order.history.map((h: { to: string }) => h.to)).toEqual(['awaiting_payment', 'paid']);
    expect(detail.body.customer.email).toMatch(/^buyer-/);
    expect(detail.body.refunds).toEqual([]);
    await admin.get('/api/admin/orders/00000000-0000-4000-8000-000000000000').expect(404);
    const [paidAudit] = await audits('order.payment.record', o.id);
    expect(paidAudit).toMatchObject({ before: { status: 'awaiting_payment', paidFen: 0 }, after: { status: 'paid', paidFen: o.totalFen } });
  });

  it('refunds a line, then the rest of the order, each with a reason and audited, and the payout counts them', async () => {
    const p = await draftProduct(a, 'refund');
    await admin.post(`/api/admin/products/${p.id}/approve`).expect(200);
    await addPhoto(a, p.id);
    await a.post(`/api/co/products/${p.id}/status`).send({ status: 'active' }).expect(200);
    await a.post(`/api/co/variants/${p.variants[0].id}/stock`).send({ delta: 10, reason: 'restock' }).expect(201);
    const payoutsBefore = (await a.get('/api/co/payouts').expect(200)).body;
    const o = await paidOrder(p.variants[0].sku, 2);
    const detail = (await admin.get(`/api/admin/orders/${o.id}`).expect(200)).body;
    const lineId = detail.order.fulfilments[0].lines[0].id;

    await admin.post(`/api/admin/orders/${o.id}/lines/${lineId}/refunds`).send({ amountFen: 3000, reason: 'one bag arrived crushed' }).expect(200);
    const [lineAudit] = await audits('order.refund.line', lineId);
    expect(lineAudit).toMatchObject({ before: { refundedFen: 0 }, after: { refundedFen: 3000, reason: 'one bag arrived crushed' } });

    await admin.post(`/api/admin/orders/${o.id}/refund`).send({}).expect(400);
    await a.post(`/api/admin/orders/${o.id}/refund`).send({ reason: 'a cooperative may not refund' }).expect(403);
    const full = await admin.post(`/api/admin/orders/${o.id}/refund`).send({ reason: 'customer returned everything' }).expect(200);
    expect(full.body.order).toMatchObject({ status: 'refunded', paymentStatus: 'refunded', refundedFen: o.totalFen });
    expect(full.body.refunds.map((r: { amountFen: number; orderLineId: string | null }) => [r.amountFen, r.orderLineId])).toEqual([
      [3000, lineId],
      [o.totalFen - 3000, null],
    ]);
    await admin.post(`/api/admin/orders/${o.id}/refund`).send({ reason: 'again' }).expect(409);
    const [fullAudit] = await audits('order.refund.full', o.id);
    expect(fullAudit).toMatchObject({
      before: { status: 'paid', refundedFen: 3000 },
      after: { status: 'refunded', refundedFen: o.totalFen, amountFen: o.totalFen - 3000 },
    });

    // the cooperative's month: the sale and its refunds (all of this order is theirs)
    const payouts = (await a.get('/api/co/payouts').expect(200)).body;
    const month = (await today()).slice(0, 7);
    const now = payouts.months.find((m: { month: string }) => m.month === month);
    const was = payoutsBefore.months.find((m: { month: string }) => m.month === month) ?? { salesFen: 0, refundsFen: 0, shippingFen: 0 };
    expect(now.salesFen - was.salesFen).toBe(10000);
    expect((now.salesFen + now.shippingFen) - (was.salesFen + was.shippingFen)).toBe(o.totalFen);
    expect(now.refundsFen - was.refundsFen).toBe(o.totalFen);
  });
});
