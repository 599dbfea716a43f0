import { Injectable } from '@nestjs/common';
import { q, recordAudit, type AuditOrigin } from '@shanhai/api/platform';
import {
  BenefitMechanismTypes,
  type BenefitMechanismType,
  type HouseholdDto,
  type HouseholdListQuery,
  type HouseholdRequest,
  type HouseholdsPageDto,
} from '@shanhai/shared/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { invalidFields } from '../aid-errors';

interface HouseholdRow {
  id: string;
  code: string;
  cooperative_id: string;
  cooperative_slug: string;
  village_slug: string;
  persons: number;
  mechanisms: BenefitMechanismType[];
}

const byDeclaredOrder = (a: BenefitMechanismType, b: BenefitMechanismType) => BenefitMechanismTypes.indexOf(a) - BenefitMechanismTypes.indexOf(b);

const toDto = (r: HouseholdRow): HouseholdDto => ({
  code: r.code,
  cooperativeId: r.cooperative_id,
  cooperativeSlug: r.cooperative_slug,
  villageSlug: r.village_slug,
  persons: r.persons,
  mechanisms: [...r.mechanisms].sort(byDeclaredOrder),
});

const SELECT_HOUSEHOLDS = `SELECT h.id, h.code, h.cooperative_id, c.slug AS cooperative_slug, v.slug AS village_slug, h.persons,
    coalesce((SELECT array_agg(m.type) FROM aid_household_mechanisms m WHERE m.household_id = h.id), '{}') AS mechanisms
  FROM aid_households h JOIN cooperatives c ON c.id = h.cooperative_id JOIN villages v ON v.id = h.village_id`;

/** Same code, cooperative, village, size and mechanisms: posting it again changes nothing. */
const sameHousehold = (a: HouseholdDto, b: HouseholdDto) =>
  a.cooperativeId === b.cooperativeId && a.villageSlug === b.villageSlug && a.persons === b.persons && a.mechanisms.join() === b.mechanisms.join();

/**
 * Households linked to cooperatives' benefit mechanisms (联农带农), kept as pseudonymous codes
 * only (DOMAIN.md "Households and privacy"). Created or updated by code; a household may only
 * be linked to mechanism types its cooperative has declared. Every change is audited.
 */
@Injectable()
export class HouseholdsService {
  constructor(private readonly db: DataSource) {}

  /** Creates the household with this code, or updates it; `created` tells which. */
  async upsert(body: HouseholdRequest, actorUserId: string, origin: AuditOrigin): Promise<{ created: boolean; household: HouseholdDto }> {
    return this.db.transaction(async (em) => {
      const { cooperativeId, villageId } = await this.resolve(em, body);
      // one writer per code at a time, so "before" in the audit row is what the write replaced
      await q(em, `SELECT pg_advisory_xact_lock(hashtext('aid-household:' || $1))`, [body.code]);
      const [existing] = await q<HouseholdRow>(em, `${SELECT_HOUSEHOLDS} WHERE h.code = $1`, [body.code]);
      const before = existing ? toDto(existing) : null;
      const wanted: HouseholdDto = {
        code: body.code,
        cooperativeId,
        cooperativeSlug: body.cooperativeSlug,
        villageSlug: body.villageSlug,
        persons: body.persons,
        mechanisms: [...body.mechanisms].sort(byDeclaredOrder),
      };
      if (before && sameHousehold(before, wanted)) return { created: false, household: before };

      const [row] = await q<{ id: string }>(
        em,
        `INSERT INTO aid_households (code, cooperative_id, village_id, persons) VALUES ($1, $2, $3, $4)
         ON CONFLICT (code) DO UPDATE SET cooperative_id = EXCLUDED.cooperative_id, village_id = EXCLUDED.village_id,
           persons = EXCLUDED.persons, updated_at = now()
         RETURNING id`,
        [body.code, cooperativeId, villageId, body.persons],
      );
      await q(em, 'DELETE FROM aid_household_mechanisms WHERE household_id = $1', [row.id]);
      await q(em, 'INSERT INTO aid_household_mechanisms (household_id, type) SELECT $1, unnest($2::text[])', [row.id, wanted.mechanisms]);
      await recordAudit(em, {
        actorUserId,
        action: before ? 'aid.household.update' : 'aid.household.create',
        entity: 'aid_household',
        entityId: row.id,
        before,
        after: wanted,
        ...origin,
      });
      return { created: !before, household: wanted };
    });
  }

  async list(query: HouseholdListQuery): Promise<HouseholdsPageDto> {
    const fields: Record<string, string[]> = {};
    const [known] = await q<{ cooperative: boolean; village: boolean }>(
      this.db,
      `SELECT ($1::text IS NULL OR EXISTS (SELECT 1 FROM cooperatives WHERE slug = $1)) AS cooperative,
              ($2::text IS NULL OR EXISTS (SELECT 1 FROM villages WHERE slug = $2)) AS village`,
      [query.cooperative ?? null, query.village ?? null],
    );
    if (!known.cooperative) fields['cooperative'] = ['is not a known cooperative'];
    if (!known.village) fields['village'] = ['is not a known village'];
    if (Object.keys(fields).length) throw invalidFields(fields);

    const filter = `WHERE ($1::text IS NULL OR c.slug = $1) AND ($2::text IS NULL OR v.slug = $2)`;
    const args = [query.cooperative ?? null, query.village ?? null];
    const [rows, [totals]] = await Promise.all([
      q<HouseholdRow>(this.db, `${SELECT_HOUSEHOLDS} ${filter} ORDER BY h.code LIMIT $3 OFFSET $4`, [
        ...args,
        query.pageSize,
        (query.page - 1) * query.pageSize,
      ]),
      q<{ households: number; persons: string | null }>(
        this.db,
        `SELECT count(*)::int AS households, sum(h.persons) AS persons
         FROM aid_households h JOIN cooperatives c ON c.id = h.cooperative_id JOIN villages v ON v.id = h.village_id ${filter}`,
        args,
      ),
    ]);
    return {
      households: rows.map(toDto),
      total: totals.households,
      persons: Number(totals.persons ?? 0),
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  /** The cooperative and village ids; field problems for unknown ones and undeclared mechanisms. */
  private async resolve(em: EntityManager, body: HouseholdRequest): Promise<{ cooperativeId: string; villageId: string }> {
    const [found] = await q<{ cooperative_id: string | null; village_id: string | null; declared: BenefitMechanismType[] | null }>(
      em,
      `SELECT c.id AS cooperative_id, (SELECT id FROM villages WHERE slug = $2) AS village_id,
              (SELECT array_agg(DISTINCT b.type) FROM benefit_mechanisms b WHERE b.cooperative_id = c.id) AS declared
       FROM (SELECT 1) one LEFT JOIN cooperatives c ON c.slug = $1`,
      [body.cooperativeSlug, body.villageSlug],
    );
    const fields: Record<string, string[]> = {};
    if (!found.cooperative_id) fields['cooperativeSlug'] = ['is not a known cooperative'];
    if (!found.village_id) fields['villageSlug'] = ['is not a known village'];
    if (found.cooperative_id) {
      const declared = new Set(found.declared ?? []);
      const undeclared = body.mechanisms.filter((m) => !declared.has(m));
      if (undeclared.length) {
        fields['mechanisms'] = [`the cooperative has not declared ${undeclared.join(', ')}; it declares ${[...declared].sort(byDeclaredOrder).join(', ') || 'none'}`];
      }
    }
    if (Object.keys(fields).length || !found.cooperative_id || !found.village_id) throw invalidFields(fields);
    return { cooperativeId: found.cooperative_id, villageId: found.village_id };
  }
}
