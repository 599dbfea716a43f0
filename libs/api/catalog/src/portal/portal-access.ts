import { ApiException, q } from '@shanhai/api/platform';
import { ErrorCode, PortalErrorCode } from '@shanhai/shared/contracts';
import type { DataSource, EntityManager } from 'typeorm';

/** A member may change goods only while their cooperative is approved (not pending, rejected or suspended). */
export async function assertSelling(em: DataSource | EntityManager, cooperativeId: string): Promise<void> {
  const [row] = await q<{ status: string }>(em, 'SELECT status FROM cooperatives WHERE id = $1', [cooperativeId]);
  if (row?.status !== 'approved') {
    throw new ApiException(403, PortalErrorCode.CooperativeNotActive, `Your cooperative is ${row?.status ?? 'unknown'}: its goods cannot be changed now.`);
  }
}

export const productNotFound = () => new ApiException(404, ErrorCode.ProductNotFound, 'No such product');
export const variantNotFound = () => new ApiException(404, PortalErrorCode.VariantNotFound, 'No such variant');

/** Locks a product of the cooperative; another cooperative's product is simply not found. */
export async function lockOwnProduct(em: EntityManager, productId: string, cooperativeId: string): Promise<void> {
  const rows = await q<{ id: string }>(em, 'SELECT id FROM products WHERE id = $1 AND cooperative_id = $2 FOR UPDATE', [productId, cooperativeId]);
  if (!rows.length) throw productNotFound();
}
