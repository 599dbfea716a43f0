import { Module } from '@nestjs/common';
import { HealthController } from './health/health.controller';
import { HealthService } from './health/health.service';
import { MediaController } from './media/media.controller';
import { MediaService } from './media/media.service';

/** Cross-cutting pieces every deployment has: health and media. */
@Module({
  controllers: [HealthController, MediaController],
  providers: [HealthService, MediaService],
  exports: [MediaService],
})
export class PlatformModule {}
