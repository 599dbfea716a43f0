import { Module } from '@nestjs/common';
import { CooperativesController } from './cooperatives/cooperatives.controller';
import { CooperativesService } from './cooperatives/cooperatives.service';
import { PlacesController } from './places/places.controller';
import { PlacesService } from './places/places.service';
import { ProductsController } from './products/products.controller';
import { ProductsService } from './products/products.service';
import { StoryController } from './story/story.controller';
import { StoryService } from './story/story.service';
import { AdminCooperativesController } from './onboarding/admin-cooperatives.controller';
import { AdminCooperativesService } from './onboarding/admin-cooperatives.service';
import { CooperativeApplicationsController } from './onboarding/cooperative-applications.controller';
import { CooperativeApplicationsService } from './onboarding/cooperative-applications.service';
import { AdminReviewController } from './admin-review/admin-review.controller';
import { AdminReviewService } from './admin-review/admin-review.service';
import { PortalCertificatesService } from './portal/portal-certificates.service';
import { PortalMediaService } from './portal/portal-media.service';
import { PortalProductsController } from './portal/portal-products.controller';
import { PortalProductsService } from './portal/portal-products.service';

/**
 * The catalogue: the public reads (products, cooperatives, categories, places, the reported
 * story), sellers applying and being reviewed, and the cooperative portal's goods.
 */
@Module({
  controllers: [
    ProductsController,
    CooperativesController,
    PlacesController,
    StoryController,
    CooperativeApplicationsController,
    AdminCooperativesController,
    PortalProductsController,
    AdminReviewController,
  ],
  providers: [
    ProductsService,
    CooperativesService,
    PlacesService,
    StoryService,
    CooperativeApplicationsService,
    AdminCooperativesService,
    PortalProductsService,
    PortalMediaService,
    PortalCertificatesService,
    AdminReviewService,
  ],
})
export class CatalogModule {}
