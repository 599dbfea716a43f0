import { Controller, Get, Header, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ProductListQuerySchema,
  SlugParamSchema,
  type ProductDetailDto,
  type ProductListQuery,
} from '@shanhai/shared/contracts';
import { ProductsService } from './products.service';

@ApiTags('catalogue')
@Controller('api/products')
export class ProductsController {
  constructor(private readonly products: ProductsService) {}

  @Get()
  @ApiOperation({ summary: 'Search and filter listed products, a page at a time' })
  @ApiOkResponse({ description: 'ProductListResponse: { items, total, page, pageSize }' })
  @Header('content-type', 'application/json; charset=utf-8')
  list(@Query({ schema: ProductListQuerySchema }) query: ProductListQuery): Promise<string> {
    return this.products.listJson(query);
  }

  @Get(':slug')
  @ApiOperation({ summary: 'A product with its variants, cooperative and certificate' })
  @ApiNotFoundResponse({ description: 'PRODUCT_NOT_FOUND' })
  get(@Param({ schema: SlugParamSchema }) params: { slug: string }): Promise<ProductDetailDto> {
    return this.products.get(params.slug);
  }
}
