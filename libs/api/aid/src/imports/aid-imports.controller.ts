import { Controller, Delete, Get, Header, HttpCode, Param, Post, Query, Req, StreamableFile, UseGuards } from '@nestjs/common';
import { ApiConsumes, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { AuthGuard, CurrentUser, Roles, type AuthUser } from '@shanhai/api/identity';
import {
  AidImportParamSchema,
  AidImportTemplateQuerySchema,
  type AidImportDto,
  type AidImportListItemDto,
  type AidImportTemplateQuery,
} from '@shanhai/shared/contracts';
import type { FastifyRequest } from 'fastify';
import { auditOrigin } from '../periods/aid-periods.controller';
import { AidImportsService } from './aid-imports.service';
import { readImportUpload } from './import-upload';

/** Offline sales imports, for the cooperation office's admins. */
@ApiTags('aid')
@Controller('api/aid/imports')
@UseGuards(AuthGuard)
@Roles('admin')
export class AidImportsController {
  constructor(private readonly imports: AidImportsService) {}

  @Get('template')
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOperation({ summary: 'The import template: the header row and one example row, as CSV (UTF-8 with BOM) or XLSX' })
  @Header('cache-control', 'no-store')
  async template(@Query({ schema: AidImportTemplateQuerySchema }) query: AidImportTemplateQuery): Promise<StreamableFile> {
    const file = await this.imports.template(query.format);
    return new StreamableFile(file.bytes, { type: file.contentType, disposition: file.disposition, length: file.bytes.length });
  }

  @Post()
  @HttpCode(202)
  @ApiConsumes('multipart/form-data')
  @ApiOperation({ summary: 'Upload a file of offline sales (a "file" part and a "channel" field); it is checked in the background (audited)' })
  async upload(@CurrentUser() user: AuthUser, @Req() req: FastifyRequest): Promise<AidImportDto> {
    return this.imports.upload(await readImportUpload(req), user.id, auditOrigin(req));
  }

  @Get()
  @ApiOperation({ summary: 'The latest 200 imports, newest first' })
  list(): Promise<AidImportListItemDto[]> {
    return this.imports.list();
  }

  @Get(':id')
  @ApiOperation({ summary: 'One import: its progress, problems (first 500) and the first 50 valid rows' })
  get(@Param({ schema: AidImportParamSchema }) params: { id: string }): Promise<AidImportDto> {
    return this.imports.get(params.id);
  }

  @Post(':id/commit')
  @HttpCode(200)
  @ApiOperation({ summary: 'Write every row of a ready import into the ledger, all or nothing (audited)' })
  commit(@CurrentUser() user: AuthUser, @Param({ schema: AidImportParamSchema }) params: { id: string }, @Req() req: FastifyRequest): Promise<AidImportDto> {
    return this.imports.commit(params.id, user.id, auditOrigin(req));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Discard an import that was not committed, so a corrected file can be uploaded (audited)' })
  discard(@CurrentUser() user: AuthUser, @Param({ schema: AidImportParamSchema }) params: { id: string }, @Req() req: FastifyRequest): Promise<void> {
    return this.imports.discard(params.id, user.id, auditOrigin(req));
  }
}
