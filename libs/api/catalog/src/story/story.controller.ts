import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { StoryResponse } from '@shanhai/shared/contracts';
import { StoryService } from './story.service';

@ApiTags('story')
@Controller('api/story')
export class StoryController {
  constructor(private readonly story: StoryService) {}

  @Get()
  @ApiOperation({ summary: 'The figures the cooperation reported, with period and source' })
  get(): Promise<StoryResponse> {
    return this.story.story();
  }
}
