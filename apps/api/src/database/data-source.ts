import { AID_ENTITIES } from '@shanhai/api/aid';
import { CATALOG_ENTITIES } from '@shanhai/api/catalog';
import { IDENTITY_ENTITIES } from '@shanhai/api/identity';
import { ORDERS_ENTITIES } from '@shanhai/api/orders';
import { PLATFORM_ENTITIES } from '@shanhai/api/platform';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from './migrations';

/** Every entity of every domain, registered in the one data source. */
export const ENTITIES = [...PLATFORM_ENTITIES, ...CATALOG_ENTITIES, ...IDENTITY_ENTITIES, ...ORDERS_ENTITIES, ...AID_ENTITIES];

export function dataSourceOptions(url: string, poolSize: number): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    // Schema changes go through reviewed migrations only.
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+, so no extension (and no superuser) is needed.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    migrationsRun: false,
    logging: ['error', 'warn'],
    extra: { max: poolSize, connectionTimeoutMillis: 5000, application_name: 'shanhai-api' },
  };
}

export function createDataSource(url: string, poolSize = 4): DataSource {
  return new DataSource(dataSourceOptions(url, poolSize));
}
