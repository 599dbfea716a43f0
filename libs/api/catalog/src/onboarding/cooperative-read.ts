import { q } from '@shanhai/api/platform';
import type { BenefitMechanismType, CooperativeApplicationDto, CooperativeStatus, LegalForm } from '@shanhai/shared/contracts';
import type { DataSource, EntityManager } from 'typeorm';

interface Row {
  id: string;
  slug: string;
  name_zh: string;
  name_en: string;
  legal_form: LegalForm;
  credit_code: string;
  township_slug: string;
  township_name_zh: string;
  township_name_en: string;
  village_slug: string;
  village_name_zh: string;
  village_name_en: string;
  contact_name: string;
  contact_phone: string;
  contact_email: string;
  story_zh: string;
  story_en: string;
  linked_households: number;
  linked_persons: number;
  status: CooperativeStatus;
  status_reason: string | null;
  commission_bps: number;
  applicant_user_id: string | null;
  created_at: Date;
  reviewed_at: Date | null;
  mechanisms: { type: BenefitMechanismType; descriptionZh: string; descriptionEn: string }[];
}

const SQL = `SELECT co.id, co.slug, co.name_zh, co.name_en, co.legal_form, co.credit_code,
    t.slug AS township_slug, t.name_zh AS township_name_zh, t.name_en AS township_name_en,
    v.slug AS village_slug, v.name_zh AS village_name_zh, v.name_en AS village_name_en,
    co.contact_name, co.contact_phone, co.contact_email, co.story_zh, co.story_en, co.linked_households, co.linked_persons,
    co.status, co.status_reason, co.commission_bps, co.applicant_user_id, co.created_at, co.reviewed_at,
    (SELECT coalesce(json_agg(json_build_object('type', b.type, 'descriptionZh', b.description_zh, 'descriptionEn', b.description_en)
       ORDER BY b.sort_order, b.type), '[]'::json) FROM benefit_mechanisms b WHERE b.cooperative_id = co.id) AS mechanisms
  FROM cooperatives co JOIN townships t ON t.id = co.township_id JOIN villages v ON v.id = co.village_id`;

const toDto = (r: Row): CooperativeApplicationDto => ({
  id: r.id,
  slug: r.slug,
  name: { zh: r.name_zh, en: r.name_en },
  legalForm: r.legal_form,
  creditCode: r.credit_code,
  township: { slug: r.township_slug, name: { zh: r.township_name_zh, en: r.township_name_en } },
  village: { slug: r.village_slug, name: { zh: r.village_name_zh, en: r.village_name_en } },
  contactName: r.contact_name,
  contactPhone: r.contact_phone,
  contactEmail: r.contact_email,
  story: { zh: r.story_zh, en: r.story_en },
  benefitMechanisms: r.mechanisms.map((m) => ({ type: m.type, description: { zh: m.descriptionZh, en: m.descriptionEn } })),
  linkedHouseholds: r.linked_households,
  linkedPersons: r.linked_persons,
  status: r.status,
  statusReason: r.status_reason,
  commissionBps: r.commission_bps,
  applicantUserId: r.applicant_user_id,
  createdAt: new Date(r.created_at).toISOString(),
  reviewedAt: r.reviewed_at ? new Date(r.reviewed_at).toISOString() : null,
});

/** A seller with everything an admin reviews (and its applicant sees of their own application). */
export async function readCooperative(db: DataSource | EntityManager, id: string): Promise<CooperativeApplicationDto | null> {
  const rows = await q<Row>(db, `${SQL} WHERE co.id = $1`, [id]);
  return rows[0] ? toDto(rows[0]) : null;
}

export async function listCooperatives(
  db: DataSource | EntityManager,
  where: { status?: CooperativeStatus; applicantUserId?: string },
): Promise<CooperativeApplicationDto[]> {
  const rows = await q<Row>(
    db,
    `${SQL} WHERE ($1::text IS NULL OR co.status = $1) AND ($2::uuid IS NULL OR co.applicant_user_id = $2)
     ORDER BY co.created_at, co.slug LIMIT 500`,
    [where.status ?? null, where.applicantUserId ?? null],
  );
  return rows.map(toDto);
}
