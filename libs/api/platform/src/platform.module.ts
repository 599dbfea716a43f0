import { Global, Module, type DynamicModule } from '@nestjs/common';
import { HealthController } from './health/health.controller';
import { HealthService } from './health/health.service';
import { MediaController } from './media/media.controller';
import { MediaService } from './media/media.service';
import { APP_CONFIG, type AppConfig } from './config/app-config';
import { READ_CACHE, ReadCache } from './http/read-cache';
import { MailService } from './mail/mail.service';
import { OutboxWorker } from './outbox/outbox-worker';
import { RateLimiter } from './security/rate-limiter';

/** Cross-cutting pieces every deployment has: health, media and the shared read cache. */
@Global()
@Module({})
export class PlatformModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: PlatformModule,
      controllers: [HealthController, MediaController],
      providers: [
        HealthService,
        MediaService,
        OutboxWorker,
        RateLimiter,
        MailService,
        { provide: APP_CONFIG, useValue: config },
        { provide: READ_CACHE, useValue: new ReadCache(config.catalogCacheMs) },
      ],
      exports: [MediaService, OutboxWorker, RateLimiter, MailService, APP_CONFIG, READ_CACHE],
    };
  }
}
