export * from './config/app-config';
export * from './database/database-errors';
export * from './database/embedded-database';
export * from './database/fen-column';
export * from './database/read-queries';
export * from './http/api-exception';
export * from './http/validation';
export * from './http/issues-to-fields';
export * from './http/all-exceptions.filter';
export * from './http/spa-fallback';
export * from './http/security-headers';
export * from './http/read-cache';
export * from './media/media.entity';
export * from './media/media.service';
export * from './platform.module';

import { MediaEntity } from './media/media.entity';
/** Entities owned by the platform, for the one data source. */
export const PLATFORM_ENTITIES = [MediaEntity];
