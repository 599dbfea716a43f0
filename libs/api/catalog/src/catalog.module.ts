import { Module } from '@nestjs/common';
import { CooperativesController } from './cooperatives/cooperatives.controller';
import { CooperativesService } from './cooperatives/cooperatives.service';
import { PlacesController } from './places/places.controller';
import { PlacesService } from './places/places.service';
import { ProductsController } from './products/products.controller';
import { ProductsService } from './products/products.service';
import { StoryController } from './story/story.controller';
import { StoryService } from './story/story.service';

/** The public catalogue: products, cooperatives, categories, places and the reported story. */
@Module({
  controllers: [ProductsController, CooperativesController, PlacesController, StoryController],
  providers: [ProductsService, CooperativesService, PlacesService, StoryService],
})
export class CatalogModule {}
