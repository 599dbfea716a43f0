import { Injectable } from '@nestjs/common';
import { ApiException, q, recordAudit } from '@shanhai/api/platform';
import { ErrorCode, PortalErrorCode, type CertificateSubmissionDto, type PortalImageDto } from '@shanhai/shared/contracts';
import { DataSource } from 'typeorm';
import { assertSelling, lockOwnProduct } from './portal-access';
import { checkedImage, storeMedia } from './image-upload';
import type { Actor } from './portal-products.service';
import { readSubmissions } from './portal-certificates.service';

const MAX_IMAGES = 10;
const SCAN_EDGE = 2400;

/** Product photos and certificate scans: checked, re-encoded with thumbnails, stored in the media table. */
@Injectable()
export class PortalMediaService {
  constructor(private readonly db: DataSource) {}

  async addProductImage(actor: Actor, productId: string, bytes: Buffer): Promise<PortalImageDto> {
    // decode and re-encode before the transaction: sharp's work holds no row lock
    const image = await checkedImage(bytes);
    return this.db.transaction(async (em) => {
      await assertSelling(em, actor.cooperativeId);
      await lockOwnProduct(em, productId, actor.cooperativeId);
      const [{ n, next }] = await q<{ n: number; next: number }>(
        em,
        'SELECT count(*)::int AS n, coalesce(max(position) + 1, 0)::int AS next FROM product_images WHERE product_id = $1',
        [productId],
      );
      if (n >= MAX_IMAGES) throw new ApiException(409, ErrorCode.ValidationFailed, `A product has at most ${MAX_IMAGES} photos.`);
      const mediaId = await storeMedia(em, 'image/webp', image.display);
      const thumbId = await storeMedia(em, 'image/webp', image.thumb);
      const [row] = await q<{ id: string }>(
        em,
        `INSERT INTO product_images (product_id, media_id, thumb_media_id, position) VALUES ($1, $2, $3, $4) RETURNING id`,
        [productId, mediaId, thumbId, next],
      );
      const dto: PortalImageDto = { id: row.id, url: `/media/${mediaId}`, thumbUrl: `/media/${thumbId}`, position: next };
      await recordAudit(em, {
        actorUserId: actor.userId,
        action: 'product.image.add',
        entity: 'product_image',
        entityId: row.id,
        before: null,
        after: { productId, ...dto, width: image.width, height: image.height, bytes: bytes.length },
        ...actor.origin,
      });
      return dto;
    });
  }

  async removeProductImage(actor: Actor, productId: string, imageId: string): Promise<void> {
    await this.db.transaction(async (em) => {
      await assertSelling(em, actor.cooperativeId);
      await lockOwnProduct(em, productId, actor.cooperativeId);
      const [state] = await q<{ status: string; images: number }>(
        em,
        'SELECT p.status, (SELECT count(*)::int FROM product_images pi WHERE pi.product_id = p.id) AS images FROM products p WHERE p.id = $1',
        [productId],
      );
      if (state.status === 'active' && state.images <= 1) {
        const own = await q(em, 'SELECT 1 FROM product_images WHERE id = $1 AND product_id = $2', [imageId, productId]);
        if (own.length) throw new ApiException(409, PortalErrorCode.ProductNeedsPhoto, 'A listed product keeps at least one photo: add another first, or hide the product.');
      }
      const rows = await q<{ media_id: string; thumb_media_id: string | null; position: number }>(
        em,
        'DELETE FROM product_images WHERE id = $1 AND product_id = $2 RETURNING media_id, thumb_media_id, position',
        [imageId, productId],
      );
      if (!rows.length) throw new ApiException(404, PortalErrorCode.ImageNotFound, 'No such photo');
      await recordAudit(em, {
        actorUserId: actor.userId,
        action: 'product.image.remove',
        entity: 'product_image',
        entityId: imageId,
        before: { productId, mediaId: rows[0].media_id, thumbMediaId: rows[0].thumb_media_id, position: rows[0].position },
        after: null,
        ...actor.origin,
      });
    });
  }

  /** Attaches the scan of a certificate while it waits for review. */
  async attachScan(actor: Actor, submissionId: string, bytes: Buffer): Promise<CertificateSubmissionDto> {
    const image = await checkedImage(bytes, SCAN_EDGE);
    return this.db.transaction(async (em) => {
      const rows = await q<{ status: string; scan_media_id: string | null }>(
        em,
        'SELECT status, scan_media_id FROM certificate_submissions WHERE id = $1 AND cooperative_id = $2 FOR UPDATE',
        [submissionId, actor.cooperativeId],
      );
      if (!rows.length) throw new ApiException(404, PortalErrorCode.CertificateNotFound, 'No such certificate');
      if (rows[0].status !== 'pending') {
        throw new ApiException(409, ErrorCode.InvalidTransition, 'A scan can be changed only while the certificate waits for review.');
      }
      const mediaId = await storeMedia(em, 'image/webp', image.display);
      await em.query('UPDATE certificate_submissions SET scan_media_id = $2 WHERE id = $1', [submissionId, mediaId]);
      await recordAudit(em, {
        actorUserId: actor.userId,
        action: 'certificate.scan',
        entity: 'certificate_submission',
        entityId: submissionId,
        before: { scanMediaId: rows[0].scan_media_id },
        after: { scanMediaId: mediaId },
        ...actor.origin,
      });
      const [dto] = await readSubmissions(em, { cooperativeId: actor.cooperativeId, submissionId });
      return dto;
    });
  }
}
