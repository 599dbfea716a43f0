import { CategoryEntity } from './category.entity';
import { BenefitMechanismEntity, CooperativeEntity } from './cooperative.entity';
import { TownshipEntity, VillageEntity } from './place.entity';
import { AidCertificateEntity, ProductEntity, ProductImageEntity, ProductVariantEntity } from './product.entity';
import { ReportedIndicatorEntity } from './reported-indicator.entity';
import { CertificateSubmissionEntity, CommissionRateEntity, StockMovementEntity } from './portal.entity';

export * from './category.entity';
export * from './cooperative.entity';
export * from './place.entity';
export * from './product.entity';
export * from './reported-indicator.entity';
export * from './portal.entity';

export const CATALOG_ENTITIES = [
  TownshipEntity,
  VillageEntity,
  CategoryEntity,
  CooperativeEntity,
  BenefitMechanismEntity,
  ProductEntity,
  ProductVariantEntity,
  ProductImageEntity,
  AidCertificateEntity,
  ReportedIndicatorEntity,
  StockMovementEntity,
  CertificateSubmissionEntity,
  CommissionRateEntity,
];
