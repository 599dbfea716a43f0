import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ProductListQuerySchema,
  SlugParamSchema,
  type ProductDetailDto,
  type ProductListQuery,
  type ProductListResponse,
} from '@shanhai/shared/contracts';
import { ProductsService } from './products.service';

@ApiTags('catalogue')
@Controller('api/products')
export class ProductsController {
  constructor(private readonly products: ProductsService) {}

  @Get()
  @ApiOperation({ summary: 'Search and filter listed products, a page at a time' })
  @ApiOkResponse({ description: '{ items, total, page, pageSize }' })
  list(@Query({ schema: ProductListQuerySchema }) query: ProductListQuery): Promise<ProductListResponse> {
    return this.products.list(query);
  }

  @Get(':slug')
  @ApiOperation({ summary: 'A product with its variants, cooperative and certificate' })
  @ApiNotFoundResponse({ description: 'PRODUCT_NOT_FOUND' })
  get(@Param({ schema: SlugParamSchema }) params: { slug: string }): Promise<ProductDetailDto> {
    return this.products.get(params.slug);
  }
}
