import { Injectable } from '@nestjs/common';
import { ApiException, q, recordAudit, type AuditOrigin } from '@shanhai/api/platform';
import {
  ErrorCode,
  PortalErrorCode,
  type CooperativeApplicationDto,
  type CooperativeApplicationRequest,
  type CooperativeApplicationSchema,
} from '@shanhai/shared/contracts';
import { creditCodeProblem, slugify } from '@shanhai/shared/domain';
import { randomBytes } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import type { z } from 'zod';
import { listCooperatives, readCooperative } from './cooperative-read';

type Application = z.output<typeof CooperativeApplicationSchema>;

const CREDIT_CODE_MESSAGES = {
  length: 'must be 18 characters',
  characters: 'may hold only digits and the letters the standard allows (no I, O, S, V, Z)',
  check: 'has a wrong check character (the 18th): look at the licence again',
} as const;

/** Someone signed in applies for their cooperative to sell here; an admin then decides. */
@Injectable()
export class CooperativeApplicationsService {
  constructor(private readonly db: DataSource) {}

  async apply(userId: string, input: CooperativeApplicationRequest | Application, origin: AuditOrigin): Promise<CooperativeApplicationDto> {
    const a = input as Application;
    const problem = creditCodeProblem(a.creditCode);
    if (problem) {
      throw new ApiException(400, PortalErrorCode.CreditCodeInvalid, `The unified social credit code ${CREDIT_CODE_MESSAGES[problem]}.`, {
        creditCode: [CREDIT_CODE_MESSAGES[problem]],
      });
    }
    return this.db.transaction(async (em) => {
      // one open application per person: the row lock on the user serialises two quick submits
      await em.query('SELECT id FROM users WHERE id = $1 FOR UPDATE', [userId]);
      const open = await q<{ id: string }>(em, `SELECT id FROM cooperatives WHERE applicant_user_id = $1 AND status = 'pending'`, [userId]);
      if (open.length) throw new ApiException(409, PortalErrorCode.ApplicationPending, 'You have an application waiting for review.');
      const taken = await q<{ id: string }>(em, 'SELECT id FROM cooperatives WHERE credit_code = $1', [a.creditCode]);
      if (taken.length) {
        throw new ApiException(409, PortalErrorCode.CreditCodeTaken, 'A seller with this credit code is already registered.', {
          creditCode: ['is already registered'],
        });
      }
      const [place] = await q<{ township_id: string; village_id: string }>(
        em,
        `SELECT t.id AS township_id, v.id AS village_id FROM villages v JOIN townships t ON t.id = v.township_id
         WHERE t.slug = $1 AND v.slug = $2`,
        [a.townshipSlug, a.villageSlug],
      );
      if (!place) {
        throw new ApiException(400, ErrorCode.ValidationFailed, 'The village is not one of that township’s.', {
          villageSlug: ['must be a village of the chosen township'],
        });
      }
      const slug = await this.freeSlug(em, slugify(a.nameEn) || 'cooperative');
      const [row] = await q<{ id: string }>(
        em,
        `INSERT INTO cooperatives (slug, name_zh, name_en, legal_form, credit_code, township_id, village_id, story_zh, story_en, status,
           contact_name, contact_phone, contact_email, linked_households, linked_persons, applicant_user_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'pending', $10, $11, $12, $13, $14, $15) RETURNING id`,
        [
          slug, a.nameZh, a.nameEn, a.legalForm, a.creditCode, place.township_id, place.village_id, a.storyZh, a.storyEn,
          a.contactName, a.contactPhone, a.contactEmail, a.linkedHouseholds, a.linkedPersons, userId,
        ],
      );
      for (const [i, m] of a.benefitMechanisms.entries()) {
        await em.query(
          'INSERT INTO benefit_mechanisms (cooperative_id, type, description_zh, description_en, sort_order) VALUES ($1, $2, $3, $4, $5)',
          [row.id, m.type, m.descriptionZh, m.descriptionEn, i],
        );
      }
      const dto = await readCooperative(em, row.id);
      if (!dto) throw new Error('the new application is not readable');
      await recordAudit(em, { actorUserId: userId, action: 'cooperative.apply', entity: 'cooperative', entityId: row.id, before: null, after: dto, ...origin });
      return dto;
    });
  }

  /** The applications a person made, newest last, with their status and any reason given. */
  mine(userId: string): Promise<CooperativeApplicationDto[]> {
    return listCooperatives(this.db, { applicantUserId: userId });
  }

  /** The slug from the English name, with a short suffix when it is taken. */
  private async freeSlug(em: EntityManager, base: string): Promise<string> {
    const trimmed = base.slice(0, 70).replace(/-+$/g, '');
    const taken = await q<{ slug: string }>(em, 'SELECT slug FROM cooperatives WHERE slug = $1', [trimmed]);
    return taken.length ? `${trimmed}-${randomBytes(3).toString('hex')}` : trimmed;
  }
}
