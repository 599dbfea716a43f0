import { Global, Module, type DynamicModule } from '@nestjs/common';
import { HealthController } from './health/health.controller';
import { HealthService } from './health/health.service';
import { MediaController } from './media/media.controller';
import { MediaService } from './media/media.service';
import { READ_CACHE, ReadCache } from './http/read-cache';

/** Cross-cutting pieces every deployment has: health, media and the shared read cache. */
@Global()
@Module({})
export class PlatformModule {
  static forRoot(options: { catalogCacheMs: number }): DynamicModule {
    return {
      module: PlatformModule,
      controllers: [HealthController, MediaController],
      providers: [HealthService, MediaService, { provide: READ_CACHE, useValue: new ReadCache(options.catalogCacheMs) }],
      exports: [MediaService, READ_CACHE],
    };
  }
}
