import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CategoryDto, TownshipDto } from '@shanhai/shared/contracts';
import { PlacesService } from './places.service';

@ApiTags('catalogue')
@Controller('api')
export class PlacesController {
  constructor(private readonly places: PlacesService) {}

  @Get('categories')
  @ApiOperation({ summary: 'Product categories with the number of listed products' })
  categories(): Promise<CategoryDto[]> {
    return this.places.categories();
  }

  @Get('townships')
  @ApiOperation({ summary: 'Townships of the county and their villages' })
  townships(): Promise<TownshipDto[]> {
    return this.places.townships();
  }
}
