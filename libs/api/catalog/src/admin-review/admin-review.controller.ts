import { Body, Controller, Get, HttpCode, Param, Post, Query, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthGuard, CurrentUser, Origin, Roles, type AuthUser } from '@shanhai/api/identity';
import type { AuditOrigin } from '@shanhai/api/platform';
import {
  CertificateQueueQuerySchema,
  IdParamSchema,
  ProductQueueQuerySchema,
  ReasonSchema,
  type CertificateQueueQuery,
  type CertificateSubmissionDto,
  type ProductQueueItemDto,
  type ProductQueueQuery,
  type ReasonRequest,
} from '@shanhai/shared/contracts';
import { AdminReviewService } from './admin-review.service';

type Id = { id: string };

@ApiTags('admin')
@Controller('api/admin')
@UseGuards(AuthGuard)
@Roles('admin')
export class AdminReviewController {
  constructor(private readonly review: AdminReviewService) {}

  @Get('products')
  @ApiOperation({ summary: 'The product review queue (?review=pending by default)' })
  products(@Query({ schema: ProductQueueQuerySchema }) query: ProductQueueQuery): Promise<ProductQueueItemDto[]> {
    return this.review.productQueue(query.review);
  }

  @Post('products/:id/approve')
  @HttpCode(200)
  @ApiOperation({ summary: 'Approve a product: its cooperative may list it' })
  approveProduct(@CurrentUser() user: AuthUser, @Param({ schema: IdParamSchema }) params: Id, @Origin() origin: AuditOrigin): Promise<ProductQueueItemDto> {
    return this.review.reviewProduct(params.id, 'approved', null, user.id, origin);
  }

  @Post('products/:id/reject')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reject a product with a reason; a listed one leaves the storefront' })
  rejectProduct(
    @CurrentUser() user: AuthUser,
    @Param({ schema: IdParamSchema }) params: Id,
    @Body({ schema: ReasonSchema }) body: ReasonRequest,
    @Origin() origin: AuditOrigin,
  ): Promise<ProductQueueItemDto> {
    return this.review.reviewProduct(params.id, 'rejected', body.reason, user.id, origin);
  }

  @Get('certificates')
  @ApiOperation({ summary: 'Certificates by review state; ?status=expiring lists those in force ending within 30 days' })
  certificates(@Query({ schema: CertificateQueueQuerySchema }) query: CertificateQueueQuery): Promise<CertificateSubmissionDto[]> {
    return this.review.certificateQueue(query.status);
  }

  @Post('certificates/:id/approve')
  @HttpCode(200)
  @ApiOperation({ summary: 'Approve a submitted certificate (by submission id): it is in force from now' })
  approveCertificate(@CurrentUser() user: AuthUser, @Param({ schema: IdParamSchema }) params: Id, @Origin() origin: AuditOrigin): Promise<CertificateSubmissionDto> {
    return this.review.approveCertificate(params.id, user.id, origin);
  }

  @Post('certificates/:id/reject')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reject a submitted certificate (by submission id) with a reason' })
  rejectCertificate(
    @CurrentUser() user: AuthUser,
    @Param({ schema: IdParamSchema }) params: Id,
    @Body({ schema: ReasonSchema }) body: ReasonRequest,
    @Origin() origin: AuditOrigin,
  ): Promise<CertificateSubmissionDto> {
    return this.review.rejectCertificate(params.id, body.reason, user.id, origin);
  }

  @Post('aid-certificates/:id/revoke')
  @HttpCode(200)
  @ApiOperation({ summary: 'Revoke a certificate in force (by certificate id) from today, with a reason' })
  revokeCertificate(
    @CurrentUser() user: AuthUser,
    @Param({ schema: IdParamSchema }) params: Id,
    @Body({ schema: ReasonSchema }) body: ReasonRequest,
    @Origin() origin: AuditOrigin,
  ): Promise<CertificateSubmissionDto> {
    return this.review.revokeCertificate(params.id, body.reason, user.id, origin);
  }
}
