export * from './config/app-config';
export * from './database/database-errors';
export * from './database/embedded-database';
export * from './database/fen-column';
export * from './database/read-queries';
export * from './database/sql';
export * from './database/pipeline';
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

export * from './mail/mail.service';
export * from './outbox/outbox-event.entity';
export * from './outbox/outbox';
export * from './outbox/outbox-worker';
export * from './security/rate-limiter';
export * from './security/rate-limit.entity';
export * from './security/cross-site';
export * from './audit/audit-log.entity';
export * from './audit/audit';

import { AuditLogEntity } from './audit/audit-log.entity';
import { MediaEntity } from './media/media.entity';
import { OutboxEventEntity } from './outbox/outbox-event.entity';
import { RateLimitEntity } from './security/rate-limit.entity';
/** Entities owned by the platform, for the one data source. */
export const PLATFORM_ENTITIES = [MediaEntity, OutboxEventEntity, RateLimitEntity, AuditLogEntity];
