import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SlugParamSchema, type CooperativeDetailDto, type CooperativeListItemDto } from '@shanhai/shared/contracts';
import { CooperativesService } from './cooperatives.service';

@ApiTags('catalogue')
@Controller('api/cooperatives')
export class CooperativesController {
  constructor(private readonly cooperatives: CooperativesService) {}

  @Get()
  @ApiOperation({ summary: 'Approved cooperatives and companies that sell here' })
  list(): Promise<CooperativeListItemDto[]> {
    return this.cooperatives.list();
  }

  @Get(':slug')
  @ApiOperation({ summary: 'A cooperative with its story, benefit mechanisms and products' })
  @ApiNotFoundResponse({ description: 'COOPERATIVE_NOT_FOUND' })
  get(@Param({ schema: SlugParamSchema }) params: { slug: string }): Promise<CooperativeDetailDto> {
    return this.cooperatives.get(params.slug);
  }
}
