// Writes a migration from the difference between the entities and a database migrated to
// the latest migration. Usage (after `npx nx build api`):
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/scratch node tools/scripts/generate-migration.mjs add-orders
// The database must be a scratch one: pending migrations are applied to it. Read the result before committing.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

const require = createRequire(import.meta.url);
// --check: exit 1 when the entities and the migrations disagree (a test runs this)
const check = process.argv[2] === '--check';
const name = process.argv[2];
if (!check && (!name || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(name))) {
  console.error('Usage: generate-migration.mjs <kebab-case-name> | --check');
  process.exit(2);
}
const url = process.env.DATABASE_URL;
if (!url) {
  console.error('Set DATABASE_URL to a scratch database.');
  process.exit(2);
}
const { createDataSource } = require('../../dist/apps/api/apps/api/src/database/data-source.js');
const ds = createDataSource(url, 2);
await ds.initialize();
await ds.runMigrations();
const sql = await ds.driver.createSchemaBuilder().log();
await ds.destroy();
if (!sql.upQueries.length) {
  console.log('The entities match the migrations: nothing to generate.');
  process.exit(0);
}
if (check) {
  console.error(`The entities and the migrations disagree; a new migration would run:\n${sql.upQueries.map((q) => q.query).join(';\n')}`);
  process.exit(1);
}
const ts = Date.now();
const className = name.replace(/(^|-)([a-z0-9])/g, (_, __, c) => c.toUpperCase()) + ts;
const q = (s) => '`' + s.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';
const lines = (queries) =>
  queries.map((x) => `    await queryRunner.query(${q(x.query)}${x.parameters?.length ? `, ${JSON.stringify(x.parameters)}` : ''});`).join('\n');
const body = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${lines(sql.upQueries)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${lines(sql.downQueries.slice().reverse())}
  }
}
`;
const file = path.resolve('apps/api/src/database/migrations', `${ts}-${name}.ts`);
writeFileSync(file, body);
console.log(`Wrote ${path.relative(process.cwd(), file)}: add ${className} to migrations/index.ts after reading it.`);
