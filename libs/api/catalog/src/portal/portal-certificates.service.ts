import { Injectable } from '@nestjs/common';
import { ApiException, q, recordAudit } from '@shanhai/api/platform';
import { PortalErrorCode, type CertificateQueueStatus, type CertificateSubmissionDto, type CertificateSubmissionRequest } from '@shanhai/shared/contracts';
import { chinaDate } from '@shanhai/shared/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { assertSelling, lockOwnProduct } from './portal-access';
import type { Actor } from './portal-products.service';

interface Row {
  submission_id: string | null;
  certificate_id: string | null;
  product_id: string;
  name_zh: string;
  name_en: string;
  coop_slug: string;
  number: string;
  issuer: string;
  valid_from: string;
  valid_to: string;
  scan_media_id: string | null;
  status: CertificateSubmissionDto['status'];
  reason: string | null;
  submitted_at: Date;
  reviewed_at: Date | null;
}

// Submissions, and the certificates in force that came without one (the seeded ones): one list.
const UNION = `
  SELECT s.id AS submission_id, s.certificate_id, s.product_id, s.cooperative_id, s.number, s.issuer, s.valid_from::text AS valid_from,
         s.valid_to::text AS valid_to, s.scan_media_id, s.status, s.reason, s.created_at AS submitted_at, s.reviewed_at
  FROM certificate_submissions s
  UNION ALL
  SELECT NULL, ac.id, ac.product_id, p.cooperative_id, ac.number, ac.issuer, ac.valid_from::text, ac.valid_to::text, ac.scan_media_id,
         CASE WHEN ac.revoked THEN 'revoked' ELSE 'approved' END, NULL, ac.created_at, NULL
  FROM aid_certificates ac JOIN products p ON p.id = ac.product_id
  WHERE NOT EXISTS (SELECT 1 FROM certificate_submissions s2 WHERE s2.certificate_id = ac.id)`;

export interface SubmissionFilter {
  cooperativeId?: string;
  submissionId?: string;
  certificateId?: string;
  status?: CertificateQueueStatus;
}

/** Certificates as members and reviewers see them; `expiring`: approved, in force, ending within 30 days. */
export async function readSubmissions(db: DataSource | EntityManager, f: SubmissionFilter): Promise<CertificateSubmissionDto[]> {
  const expiring = f.status === 'expiring';
  const rows = await q<Row>(
    db,
    `SELECT x.submission_id, x.certificate_id, x.product_id, p.name_zh, p.name_en, co.slug AS coop_slug, x.number, x.issuer, x.valid_from,
            x.valid_to, x.scan_media_id, x.status, x.reason, x.submitted_at, x.reviewed_at
     FROM (${UNION}) x JOIN products p ON p.id = x.product_id JOIN cooperatives co ON co.id = x.cooperative_id
     WHERE ($1::uuid IS NULL OR x.cooperative_id = $1) AND ($2::uuid IS NULL OR x.submission_id = $2)
       AND ($3::uuid IS NULL OR x.certificate_id = $3) AND ($4::text IS NULL OR x.status = $4)
       AND (NOT $5::boolean OR (x.valid_to::date BETWEEN $6::date AND $6::date + 30 AND x.valid_from::date <= $6::date))
     ORDER BY ${expiring ? 'x.valid_to' : 'x.submitted_at DESC'}, x.number LIMIT 500`,
    [f.cooperativeId ?? null, f.submissionId ?? null, f.certificateId ?? null, expiring ? 'approved' : (f.status ?? null), expiring, chinaDate()],
  );
  return rows.map((r) => ({
    submissionId: r.submission_id,
    certificateId: r.certificate_id,
    productId: r.product_id,
    productName: { zh: r.name_zh, en: r.name_en },
    cooperativeSlug: r.coop_slug,
    number: r.number,
    issuer: r.issuer,
    validFrom: r.valid_from,
    validTo: r.valid_to,
    scanUrl: r.scan_media_id ? `/media/${r.scan_media_id}` : null,
    status: r.status,
    reason: r.reason,
    submittedAt: new Date(r.submitted_at).toISOString(),
    reviewedAt: r.reviewed_at ? new Date(r.reviewed_at).toISOString() : null,
  }));
}

/** A cooperative submits its products' aid certificates; they count only once the platform approves them. */
@Injectable()
export class PortalCertificatesService {
  constructor(private readonly db: DataSource) {}

  list(cooperativeId: string): Promise<CertificateSubmissionDto[]> {
    return readSubmissions(this.db, { cooperativeId });
  }

  async submit(actor: Actor, productId: string, input: CertificateSubmissionRequest): Promise<CertificateSubmissionDto> {
    return this.db.transaction(async (em) => {
      await assertSelling(em, actor.cooperativeId);
      await lockOwnProduct(em, productId, actor.cooperativeId);
      const taken = await q(
        em,
        `SELECT 1 FROM aid_certificates WHERE number = $1
         UNION ALL SELECT 1 FROM certificate_submissions WHERE number = $1 AND status = 'pending'`,
        [input.number],
      );
      if (taken.length) {
        throw new ApiException(409, PortalErrorCode.CertificateNumberTaken, `Certificate ${input.number} is already registered or under review.`, {
          number: ['is already registered or under review'],
        });
      }
      const [row] = await q<{ id: string }>(
        em,
        `INSERT INTO certificate_submissions (product_id, cooperative_id, number, issuer, valid_from, valid_to, submitted_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [productId, actor.cooperativeId, input.number, input.issuer, input.validFrom, input.validTo, actor.userId],
      );
      const [dto] = await readSubmissions(em, { cooperativeId: actor.cooperativeId, submissionId: row.id });
      await recordAudit(em, { actorUserId: actor.userId, action: 'certificate.submit', entity: 'certificate_submission', entityId: row.id, before: null, after: dto, ...actor.origin });
      return dto;
    });
  }
}
