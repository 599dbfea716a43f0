import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AidModule } from '@shanhai/api/aid';
import { CatalogModule } from '@shanhai/api/catalog';
import { IdentityModule } from '@shanhai/api/identity';
import { OrdersModule } from '@shanhai/api/orders';
import { PlatformModule, type AppConfig } from '@shanhai/api/platform';
import { dataSourceOptions } from './database/data-source';

export interface AppModuleOptions {
  config: AppConfig;
  databaseUrl: string;
}

/** Wires the domain modules to the one data source; the logic lives in libs/api/*. */
@Module({})
export class AppModule {
  static forRoot(options: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        TypeOrmModule.forRoot({ ...dataSourceOptions(options.databaseUrl, options.config.dbPoolSize), retryAttempts: 0 }),
        PlatformModule.forRoot(options.config),
        CatalogModule,
        IdentityModule,
        OrdersModule,
        AidModule,
      ],
    };
  }
}
