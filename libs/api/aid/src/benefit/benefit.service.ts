import { Injectable } from '@nestjs/common';
import { q, recordAudit, type AuditOrigin } from '@shanhai/api/platform';
import type { BenefitMechanismType, BenefitPayoutDto, BenefitPayoutRequest, BenefitSummaryDto, BenefitUpliftRow } from '@shanhai/shared/contracts';
import { dividendFen, dividendPerPersonFen, perCapitaFen } from '@shanhai/shared/domain';
import { DataSource } from 'typeorm';
import { invalidFields } from '../aid-errors';

interface PayoutRow {
  id: string;
  cooperative_id: string;
  cooperative_slug: string;
  type: BenefitMechanismType;
  year: number;
  investment_fen: string | null;
  rate_basis_points: number | null;
  amount_fen: string;
}

interface UpliftRow {
  cooperative_id: string;
  name_zh: string;
  name_en: string;
  type: BenefitMechanismType;
  year: number;
  investment_fen: string | null;
  rate_basis_points: number | null;
  amount_fen: string;
  households: number;
  persons: number;
}

const toPayout = (r: PayoutRow): BenefitPayoutDto => ({
  id: r.id,
  cooperativeId: r.cooperative_id,
  cooperativeSlug: r.cooperative_slug,
  type: r.type,
  year: r.year,
  investmentFen: r.investment_fen === null ? null : Number(r.investment_fen),
  rateBasisPoints: r.rate_basis_points,
  paidFen: Number(r.amount_fen),
});

const PAYOUT_COLUMNS = `p.id, p.cooperative_id, c.slug AS cooperative_slug, p.type, p.year, p.investment_fen, p.rate_basis_points, p.amount_fen`;

/** Per person: a dividend from its investment and rate in one rounding, anything else from the amount paid. */
function upliftPerPerson(r: UpliftRow): number | null {
  if (r.persons === 0) return null;
  if (r.type === 'dividend' && r.investment_fen !== null && r.rate_basis_points !== null) {
    return dividendPerPersonFen(Number(r.investment_fen), r.rate_basis_points, r.persons);
  }
  return perCapitaFen(Number(r.amount_fen), r.persons);
}

/**
 * Benefit mechanisms as figures (DOMAIN.md: households and persons linked, per-capita income
 * uplift): what each cooperative's mechanism paid in a year, shared by the persons of the
 * households linked to it. The fungi park's dividend reproduces the article's 508.74 yuan.
 */
@Injectable()
export class BenefitService {
  constructor(private readonly db: DataSource) {}

  /** Records what a mechanism paid in a year, or replaces the figure recorded before; `created` tells which. */
  async recordPayout(body: BenefitPayoutRequest, actorUserId: string, origin: AuditOrigin): Promise<{ created: boolean; payout: BenefitPayoutDto }> {
    return this.db.transaction(async (em) => {
      const [coop] = await q<{ id: string; declared: boolean }>(
        em,
        'SELECT c.id, EXISTS (SELECT 1 FROM benefit_mechanisms b WHERE b.cooperative_id = c.id AND b.type = $2) AS declared FROM cooperatives c WHERE c.slug = $1',
        [body.cooperativeSlug, body.type],
      );
      if (!coop) throw invalidFields({ cooperativeSlug: ['is not a known cooperative'] });
      if (!coop.declared) throw invalidFields({ type: [`is not a mechanism ${body.cooperativeSlug} has declared`] });

      const dividend = body.type === 'dividend' ? body : null;
      const amountFen = body.type === 'dividend' ? dividendFen(body.investmentFen, body.rateBasisPoints) : body.amountFen;
      const [existing] = await q<PayoutRow>(
        em,
        `SELECT ${PAYOUT_COLUMNS} FROM aid_benefit_payouts p JOIN cooperatives c ON c.id = p.cooperative_id
         WHERE p.cooperative_id = $1 AND p.type = $2 AND p.year = $3 FOR UPDATE OF p`,
        [coop.id, body.type, body.year],
      );
      const [row] = await q<{ id: string }>(
        em,
        `INSERT INTO aid_benefit_payouts (cooperative_id, type, year, investment_fen, rate_basis_points, amount_fen) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (cooperative_id, type, year) DO UPDATE SET investment_fen = EXCLUDED.investment_fen,
           rate_basis_points = EXCLUDED.rate_basis_points, amount_fen = EXCLUDED.amount_fen, updated_at = now()
         RETURNING id`,
        [coop.id, body.type, body.year, dividend?.investmentFen ?? null, dividend?.rateBasisPoints ?? null, amountFen],
      );
      const payout: BenefitPayoutDto = {
        id: row.id,
        cooperativeId: coop.id,
        cooperativeSlug: body.cooperativeSlug,
        type: body.type,
        year: body.year,
        investmentFen: dividend?.investmentFen ?? null,
        rateBasisPoints: dividend?.rateBasisPoints ?? null,
        paidFen: amountFen,
      };
      await recordAudit(em, {
        actorUserId,
        action: existing ? 'aid.benefit_payout.update' : 'aid.benefit_payout.create',
        entity: 'aid_benefit_payout',
        entityId: row.id,
        before: existing ? toPayout(existing) : null,
        after: payout,
        ...origin,
      });
      return { created: !existing, payout };
    });
  }

  /** Households and persons linked, and one row per payout (of `year`, or of every year). */
  async summary(year: number | undefined): Promise<BenefitSummaryDto> {
    const [[linked], rows] = await Promise.all([
      q<{ households: number; persons: string | null }>(
        this.db,
        `SELECT count(*)::int AS households, sum(persons) AS persons FROM aid_households h
         WHERE EXISTS (SELECT 1 FROM aid_household_mechanisms m WHERE m.household_id = h.id)`,
      ),
      q<UpliftRow>(
        this.db,
        `WITH linked AS (
           SELECT h.cooperative_id, m.type, count(*)::int AS households, sum(h.persons)::int AS persons
           FROM aid_household_mechanisms m JOIN aid_households h ON h.id = m.household_id GROUP BY 1, 2)
         SELECT p.cooperative_id, c.name_zh, c.name_en, p.type, p.year, p.investment_fen, p.rate_basis_points, p.amount_fen,
                coalesce(l.households, 0) AS households, coalesce(l.persons, 0) AS persons
         FROM aid_benefit_payouts p JOIN cooperatives c ON c.id = p.cooperative_id
         LEFT JOIN linked l ON l.cooperative_id = p.cooperative_id AND l.type = p.type
         WHERE ($1::int IS NULL OR p.year = $1)
         ORDER BY p.year DESC, c.slug, p.type`,
        [year ?? null],
      ),
    ]);
    return {
      householdsLinked: linked.households,
      personsLinked: Number(linked.persons ?? 0),
      rows: rows.map(
        (r): BenefitUpliftRow => ({
          cooperativeId: r.cooperative_id,
          cooperativeName: { zh: r.name_zh, en: r.name_en },
          type: r.type,
          year: r.year,
          households: r.households,
          persons: r.persons,
          paidFen: Number(r.amount_fen),
          perCapitaFen: upliftPerPerson(r),
        }),
      ),
    };
  }
}
