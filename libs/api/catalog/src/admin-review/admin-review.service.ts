import { Injectable } from '@nestjs/common';
import { ApiException, q, recordAudit, type AuditOrigin } from '@shanhai/api/platform';
import {
  ErrorCode,
  PortalErrorCode,
  type CertificateQueueStatus,
  type CertificateSubmissionDto,
  type ProductQueueItemDto,
  type ProductReviewStatus,
} from '@shanhai/shared/contracts';
import { chinaDate } from '@shanhai/shared/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { readSubmissions } from '../portal/portal-certificates.service';

interface ProductRow {
  id: string;
  slug: string;
  name_zh: string;
  name_en: string;
  description_zh: string;
  description_en: string;
  coop_slug: string;
  coop_name_zh: string;
  coop_name_en: string;
  category_slug: string;
  status: string;
  review_status: ProductReviewStatus;
  review_reason: string | null;
  updated_at: Date;
  variants: { sku: string; labelZh: string; labelEn: string; priceFen: number }[];
  images: string[];
}

const PRODUCT_SQL = `SELECT p.id, p.slug, p.name_zh, p.name_en, p.description_zh, p.description_en, co.slug AS coop_slug,
    co.name_zh AS coop_name_zh, co.name_en AS coop_name_en, c.slug AS category_slug, p.status, p.review_status, p.review_reason, p.updated_at,
    (SELECT coalesce(json_agg(json_build_object('sku', v.sku, 'labelZh', v.label_zh, 'labelEn', v.label_en, 'priceFen', v.price_fen)
       ORDER BY v.sort_order, v.sku), '[]'::json) FROM product_variants v WHERE v.product_id = p.id) AS variants,
    ARRAY(SELECT '/media/' || coalesce(pi.thumb_media_id, pi.media_id) FROM product_images pi WHERE pi.product_id = p.id ORDER BY pi.position) AS images
  FROM products p JOIN cooperatives co ON co.id = p.cooperative_id JOIN categories c ON c.id = p.category_id`;

const toProduct = (r: ProductRow): ProductQueueItemDto => ({
  id: r.id,
  slug: r.slug,
  name: { zh: r.name_zh, en: r.name_en },
  description: { zh: r.description_zh, en: r.description_en },
  cooperative: { slug: r.coop_slug, name: { zh: r.coop_name_zh, en: r.coop_name_en } },
  categorySlug: r.category_slug,
  status: r.status,
  reviewStatus: r.review_status,
  reviewReason: r.review_reason,
  variants: r.variants.map((v) => ({ sku: v.sku, label: { zh: v.labelZh, en: v.labelEn }, priceFen: Number(v.priceFen) })),
  imageUrls: r.images,
  updatedAt: new Date(r.updated_at).toISOString(),
});

const certificateNotFound = () => new ApiException(404, PortalErrorCode.CertificateNotFound, 'No such certificate');

/** The console's review queues: products and aid certificates, each decision audited. */
@Injectable()
export class AdminReviewService {
  constructor(private readonly db: DataSource) {}

  async productQueue(review: ProductReviewStatus): Promise<ProductQueueItemDto[]> {
    const rows = await q<ProductRow>(this.db, `${PRODUCT_SQL} WHERE p.review_status = $1 ORDER BY p.updated_at, p.id LIMIT 500`, [review]);
    return rows.map(toProduct);
  }

  /**
   * Approves or rejects a product. Approval lets its cooperative list it; a rejection (with the
   * reason the cooperative reads) takes a listed product off the storefront.
   */
  async reviewProduct(productId: string, decision: 'approved' | 'rejected', reason: string | null, actorUserId: string, origin: AuditOrigin): Promise<ProductQueueItemDto> {
    return this.db.transaction(async (em) => {
      const [before] = await q<ProductRow>(em, `${PRODUCT_SQL} WHERE p.id = $1 FOR UPDATE OF p`, [productId]);
      if (!before) throw new ApiException(404, ErrorCode.ProductNotFound, 'No such product');
      if (before.review_status === decision) throw new ApiException(409, ErrorCode.InvalidTransition, `This product is already ${decision}.`);
      await em.query(
        `UPDATE products SET review_status = $2::varchar, review_reason = $3, reviewed_at = now(), updated_at = now(),
           status = CASE WHEN $2::varchar = 'rejected' AND status = 'active' THEN 'hidden' ELSE status END
         WHERE id = $1`,
        [productId, decision, reason],
      );
      const [after] = await q<ProductRow>(em, `${PRODUCT_SQL} WHERE p.id = $1`, [productId]);
      await recordAudit(em, {
        actorUserId,
        action: decision === 'approved' ? 'product.approve' : 'product.reject',
        entity: 'product',
        entityId: productId,
        before: { reviewStatus: before.review_status, reviewReason: before.review_reason, status: before.status },
        after: { reviewStatus: after.review_status, reviewReason: after.review_reason, status: after.status },
        ...origin,
      });
      return toProduct(after);
    });
  }

  certificateQueue(status: CertificateQueueStatus): Promise<CertificateSubmissionDto[]> {
    return readSubmissions(this.db, { status });
  }

  /** Approval puts the certificate in force: it is copied into aid_certificates, which sales read. */
  async approveCertificate(submissionId: string, actorUserId: string, origin: AuditOrigin): Promise<CertificateSubmissionDto> {
    return this.db.transaction(async (em) => {
      const s = await this.lockPending(em, submissionId);
      const taken = await q(em, 'SELECT 1 FROM aid_certificates WHERE number = $1', [s.number]);
      if (taken.length) throw new ApiException(409, PortalErrorCode.CertificateNumberTaken, `Certificate ${s.number} is already in force.`);
      const [cert] = await q<{ id: string }>(
        em,
        `INSERT INTO aid_certificates (product_id, number, issuer, valid_from, valid_to, scan_media_id)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [s.product_id, s.number, s.issuer, s.valid_from, s.valid_to, s.scan_media_id],
      );
      await em.query(`UPDATE certificate_submissions SET status = 'approved', certificate_id = $2, reviewed_by = $3, reviewed_at = now() WHERE id = $1`, [
        submissionId,
        cert.id,
        actorUserId,
      ]);
      const [dto] = await readSubmissions(em, { submissionId });
      await recordAudit(em, {
        actorUserId,
        action: 'certificate.approve',
        entity: 'certificate_submission',
        entityId: submissionId,
        before: { status: 'pending' },
        after: { status: 'approved', certificateId: cert.id, number: s.number, validFrom: s.valid_from, validTo: s.valid_to },
        ...origin,
      });
      return dto;
    });
  }

  async rejectCertificate(submissionId: string, reason: string, actorUserId: string, origin: AuditOrigin): Promise<CertificateSubmissionDto> {
    return this.db.transaction(async (em) => {
      await this.lockPending(em, submissionId);
      await em.query(`UPDATE certificate_submissions SET status = 'rejected', reason = $2, reviewed_by = $3, reviewed_at = now() WHERE id = $1`, [
        submissionId,
        reason,
        actorUserId,
      ]);
      const [dto] = await readSubmissions(em, { submissionId });
      await recordAudit(em, {
        actorUserId,
        action: 'certificate.reject',
        entity: 'certificate_submission',
        entityId: submissionId,
        before: { status: 'pending' },
        after: { status: 'rejected', reason },
        ...origin,
      });
      return dto;
    });
  }

  /**
   * Revokes a certificate in force from today: sales from today on are not aid-linked, earlier
   * sales keep the eligibility their lines recorded (the rule reads revoked_on).
   */
  async revokeCertificate(certificateId: string, reason: string, actorUserId: string, origin: AuditOrigin): Promise<CertificateSubmissionDto> {
    return this.db.transaction(async (em) => {
      const [c] = await q<{ revoked: boolean; revoked_on: string | null }>(
        em,
        'SELECT revoked, revoked_on::text FROM aid_certificates WHERE id = $1 FOR UPDATE',
        [certificateId],
      );
      if (!c) throw certificateNotFound();
      if (c.revoked) throw new ApiException(409, ErrorCode.InvalidTransition, 'This certificate is already revoked.');
      const today = chinaDate();
      await em.query('UPDATE aid_certificates SET revoked = true, revoked_on = $2 WHERE id = $1', [certificateId, today]);
      await em.query(`UPDATE certificate_submissions SET status = 'revoked', reason = $2, reviewed_by = $3, reviewed_at = now() WHERE certificate_id = $1`, [
        certificateId,
        reason,
        actorUserId,
      ]);
      await recordAudit(em, {
        actorUserId,
        action: 'certificate.revoke',
        entity: 'aid_certificate',
        entityId: certificateId,
        before: { revoked: false, revokedOn: c.revoked_on },
        after: { revoked: true, revokedOn: today, reason },
        ...origin,
      });
      const [dto] = await readSubmissions(em, { certificateId });
      return dto;
    });
  }

  private async lockPending(em: EntityManager, submissionId: string) {
    const [s] = await q<{
      status: string;
      product_id: string;
      number: string;
      issuer: string;
      valid_from: string;
      valid_to: string;
      scan_media_id: string | null;
    }>(
      em,
      `SELECT status, product_id, number, issuer, valid_from::text, valid_to::text, scan_media_id FROM certificate_submissions WHERE id = $1 FOR UPDATE`,
      [submissionId],
    );
    if (!s) throw certificateNotFound();
    if (s.status !== 'pending') throw new ApiException(409, ErrorCode.InvalidTransition, `This certificate is already ${s.status}.`);
    return s;
  }
}
