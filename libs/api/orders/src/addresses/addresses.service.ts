import { Injectable } from '@nestjs/common';
import { ApiException, q, sqlRows } from '@shanhai/api/platform';
import { ErrorCode, normaliseMobile, type AddressDto, type AddressInput } from '@shanhai/shared/contracts';
import { DataSource, type EntityManager } from 'typeorm';

interface AddressRow {
  id: string;
  recipient: string;
  mobile: string;
  province: string;
  city: string;
  district: string;
  street: string;
  postal_code: string | null;
  is_default: boolean;
}

const COLUMNS = 'id, recipient, mobile, province, city, district, street, postal_code, is_default';

export const toAddressDto = (r: AddressRow): AddressDto => ({
  id: r.id,
  recipient: r.recipient,
  mobile: r.mobile,
  province: r.province,
  city: r.city,
  district: r.district,
  street: r.street,
  postalCode: r.postal_code,
  isDefault: r.is_default,
});

@Injectable()
export class AddressesService {
  constructor(private readonly db: DataSource) {}

  async list(userId: string): Promise<AddressDto[]> {
    const rows: AddressRow[] = await this.db.query(
      `SELECT ${COLUMNS} FROM addresses WHERE user_id = $1 ORDER BY is_default DESC, created_at DESC`,
      [userId],
    );
    return rows.map(toAddressDto);
  }

  /** Someone else's address answers 404, as if it did not exist. */
  async get(userId: string, id: string, em: EntityManager = this.db.manager): Promise<AddressDto> {
    const rows = await q<AddressRow>(em, `SELECT ${COLUMNS} FROM addresses WHERE id = $1 AND user_id = $2`, [id, userId]);
    if (!rows.length) throw new ApiException(404, ErrorCode.AddressNotFound, 'No such address');
    return toAddressDto(rows[0]);
  }

  async create(userId: string, input: AddressInput): Promise<AddressDto> {
    return this.db.transaction(async (em) => {
      const count: { n: number }[] = await em.query('SELECT count(*)::int AS n FROM addresses WHERE user_id = $1', [userId]);
      // the first address is the default
      const isDefault = input.isDefault ?? count[0].n === 0;
      if (isDefault) await em.query('UPDATE addresses SET is_default = false WHERE user_id = $1', [userId]);
      const rows: AddressRow[] = await em.query(
        `INSERT INTO addresses (user_id, recipient, mobile, province, city, district, street, postal_code, is_default)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING ${COLUMNS}`,
        [userId, input.recipient, normaliseMobile(input.mobile), input.province, input.city, input.district, input.street, input.postalCode ?? null, isDefault],
      );
      return toAddressDto(rows[0]);
    });
  }

  async update(userId: string, id: string, patch: Partial<AddressInput>): Promise<AddressDto> {
    return this.db.transaction(async (em) => {
      const current = await this.get(userId, id, em);
      const next = { ...current, ...patch, mobile: patch.mobile ? normaliseMobile(patch.mobile) : current.mobile };
      if (patch.isDefault) await em.query('UPDATE addresses SET is_default = false WHERE user_id = $1', [userId]);
      const rows = await sqlRows<AddressRow>(
        em,
        `UPDATE addresses SET recipient = $3, mobile = $4, province = $5, city = $6, district = $7, street = $8,
           postal_code = $9, is_default = $10 WHERE id = $1 AND user_id = $2 RETURNING ${COLUMNS}`,
        [id, userId, next.recipient, next.mobile, next.province, next.city, next.district, next.street, next.postalCode ?? null, next.isDefault],
      );
      return toAddressDto(rows[0]);
    });
  }

  async remove(userId: string, id: string): Promise<void> {
    const rows = await sqlRows(this.db, 'DELETE FROM addresses WHERE id = $1 AND user_id = $2 RETURNING id', [id, userId]);
    if (!rows.length) throw new ApiException(404, ErrorCode.AddressNotFound, 'No such address');
  }
}
