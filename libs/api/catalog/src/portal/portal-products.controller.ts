import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, Req, UseGuards } from '@nestjs/common';
import { ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthGuard, CurrentUser, memberCooperativeId, Origin, Roles, type AuthUser } from '@shanhai/api/identity';
import type { AuditOrigin } from '@shanhai/api/platform';
import {
  CertificateSubmissionSchema,
  IdParamSchema,
  ProductCreateSchema,
  ProductStatusSchema,
  ProductUpdateSchema,
  StockChangeSchema,
  VariantInputSchema,
  VariantUpdateSchema,
  type CertificateSubmissionDto,
  type CertificateSubmissionRequest,
  type PortalImageDto,
  type PortalProductDto,
  type ProductStatusRequest,
  type StockChangeRequest,
  type StockMovementDto,
} from '@shanhai/shared/contracts';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { readUploadedFile } from './image-upload';
import { PortalCertificatesService } from './portal-certificates.service';
import { PortalMediaService } from './portal-media.service';
import { PortalProductsService, type Actor } from './portal-products.service';

type Id = { id: string };
const uuid = z.string().uuid('must be a UUID');
const ImageParamSchema = z.strictObject({ id: uuid, imageId: uuid });
const MovementQuerySchema = z.strictObject({ variant: uuid.optional() });

const actor = (user: AuthUser, origin: AuditOrigin): Actor => ({ cooperativeId: memberCooperativeId(user), userId: user.id, origin });

/** The cooperative portal's goods (/co): a member sees and changes only their own cooperative's. */
@ApiTags('cooperative portal')
@Controller('api/co')
@UseGuards(AuthGuard)
@Roles('cooperative')
export class PortalProductsController {
  constructor(
    private readonly products: PortalProductsService,
    private readonly media: PortalMediaService,
    private readonly certificates: PortalCertificatesService,
  ) {}

  @Get('products')
  @ApiOperation({ summary: 'My cooperative’s products in every state, with variants, stock and review' })
  list(@CurrentUser() user: AuthUser): Promise<PortalProductDto[]> {
    return this.products.list(memberCooperativeId(user));
  }

  @Post('products')
  @ApiOperation({ summary: 'Create a product (a draft waiting for review) with its variants' })
  create(@CurrentUser() user: AuthUser, @Body({ schema: ProductCreateSchema }) body: z.output<typeof ProductCreateSchema>, @Origin() origin: AuditOrigin): Promise<PortalProductDto> {
    return this.products.create(actor(user, origin), body);
  }

  @Get('products/:id')
  @ApiOperation({ summary: 'One of my products' })
  get(@CurrentUser() user: AuthUser, @Param({ schema: IdParamSchema }) params: Id): Promise<PortalProductDto> {
    return this.products.get(memberCooperativeId(user), params.id);
  }

  @Patch('products/:id')
  @ApiOperation({ summary: 'Edit names, description, category or village (a rejected product returns to review)' })
  update(
    @CurrentUser() user: AuthUser,
    @Param({ schema: IdParamSchema }) params: Id,
    @Body({ schema: ProductUpdateSchema }) body: z.output<typeof ProductUpdateSchema>,
    @Origin() origin: AuditOrigin,
  ): Promise<PortalProductDto> {
    return this.products.update(actor(user, origin), params.id, body);
  }

  @Post('products/:id/status')
  @HttpCode(200)
  @ApiOperation({ summary: 'List (active, once approved), hide, or shelve as a draft' })
  setStatus(
    @CurrentUser() user: AuthUser,
    @Param({ schema: IdParamSchema }) params: Id,
    @Body({ schema: ProductStatusSchema }) body: ProductStatusRequest,
    @Origin() origin: AuditOrigin,
  ): Promise<PortalProductDto> {
    return this.products.setStatus(actor(user, origin), params.id, body.status);
  }

  @Post('products/:id/variants')
  @ApiOperation({ summary: 'Add a variant (stock starts at 0; add it as a movement)' })
  addVariant(
    @CurrentUser() user: AuthUser,
    @Param({ schema: IdParamSchema }) params: Id,
    @Body({ schema: VariantInputSchema }) body: z.output<typeof VariantInputSchema>,
    @Origin() origin: AuditOrigin,
  ): Promise<PortalProductDto> {
    return this.products.addVariant(actor(user, origin), params.id, body);
  }

  @Patch('variants/:id')
  @ApiOperation({ summary: 'Edit a variant’s label, price, weight or order (not its stock)' })
  updateVariant(
    @CurrentUser() user: AuthUser,
    @Param({ schema: IdParamSchema }) params: Id,
    @Body({ schema: VariantUpdateSchema }) body: z.output<typeof VariantUpdateSchema>,
    @Origin() origin: AuditOrigin,
  ): Promise<PortalProductDto> {
    return this.products.updateVariant(actor(user, origin), params.id, body);
  }

  @Post('variants/:id/stock')
  @ApiOperation({ summary: 'Add or remove stock with a reason; kept as a movement' })
  changeStock(
    @CurrentUser() user: AuthUser,
    @Param({ schema: IdParamSchema }) params: Id,
    @Body({ schema: StockChangeSchema }) body: StockChangeRequest,
    @Origin() origin: AuditOrigin,
  ): Promise<StockMovementDto> {
    return this.products.changeStock(actor(user, origin), params.id, body);
  }

  @Get('stock-movements')
  @ApiOperation({ summary: 'The stock movement history, newest first (?variant= for one variant)' })
  movements(@CurrentUser() user: AuthUser, @Query({ schema: MovementQuerySchema }) query: { variant?: string }): Promise<StockMovementDto[]> {
    return this.products.movements(memberCooperativeId(user), query.variant ?? null);
  }

  @Post('products/:id/images')
  @ApiConsumes('multipart/form-data')
  @ApiOperation({ summary: 'Upload a photo (JPEG, PNG or WebP, ≤ 8 MiB, ≤ 40 megapixels); stored as WebP with a thumbnail' })
  async addImage(@CurrentUser() user: AuthUser, @Param({ schema: IdParamSchema }) params: Id, @Req() req: FastifyRequest, @Origin() origin: AuditOrigin): Promise<PortalImageDto> {
    const a = actor(user, origin);
    const bytes = await readUploadedFile(req);
    return this.media.addProductImage(a, params.id, bytes);
  }

  @Delete('products/:id/images/:imageId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a photo' })
  removeImage(@CurrentUser() user: AuthUser, @Param({ schema: ImageParamSchema }) params: { id: string; imageId: string }, @Origin() origin: AuditOrigin): Promise<void> {
    return this.media.removeProductImage(actor(user, origin), params.id, params.imageId);
  }

  @Get('certificates')
  @ApiOperation({ summary: 'My cooperative’s certificates: submitted, approved, rejected (with reason), revoked' })
  listCertificates(@CurrentUser() user: AuthUser): Promise<CertificateSubmissionDto[]> {
    return this.certificates.list(memberCooperativeId(user));
  }

  @Post('products/:id/certificates')
  @ApiOperation({ summary: 'Submit an aid certificate (number, issuer, validity) for review' })
  submitCertificate(
    @CurrentUser() user: AuthUser,
    @Param({ schema: IdParamSchema }) params: Id,
    @Body({ schema: CertificateSubmissionSchema }) body: CertificateSubmissionRequest,
    @Origin() origin: AuditOrigin,
  ): Promise<CertificateSubmissionDto> {
    return this.certificates.submit(actor(user, origin), params.id, body);
  }

  @Post('certificates/:id/scan')
  @HttpCode(200)
  @ApiConsumes('multipart/form-data')
  @ApiOperation({ summary: 'Attach the certificate’s scan (an image) while it waits for review' })
  async attachScan(@CurrentUser() user: AuthUser, @Param({ schema: IdParamSchema }) params: Id, @Req() req: FastifyRequest, @Origin() origin: AuditOrigin): Promise<CertificateSubmissionDto> {
    const a = actor(user, origin);
    const bytes = await readUploadedFile(req);
    return this.media.attachScan(a, params.id, bytes);
  }
}
