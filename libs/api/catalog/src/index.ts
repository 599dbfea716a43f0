export * from './catalog.module';
export * from './entities';
export * from './products/product-list.sql';
export * from './products/product-detail.sql';
export * from './products/product-row.mapper';
