import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '@shanhai/api/catalog';
import { PlatformModule } from '@shanhai/api/platform';
import { dataSourceOptions } from './database/data-source';

export interface AppModuleOptions {
  databaseUrl: string;
  poolSize: number;
  catalogCacheMs: number;
}

/** Wires the domain modules to the one data source; the logic lives in libs/api/*. */
@Module({})
export class AppModule {
  static forRoot(options: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        TypeOrmModule.forRoot({ ...dataSourceOptions(options.databaseUrl, options.poolSize), retryAttempts: 0 }),
        PlatformModule.forRoot({ catalogCacheMs: options.catalogCacheMs }),
        CatalogModule,
      ],
    };
  }
}
