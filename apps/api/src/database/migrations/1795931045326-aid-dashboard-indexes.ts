import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the aid dashboard's drill-down and export, which read ledger entries newest first
 * under a filter: by day (period ranges), by cooperative (replacing the plain one), village and
 * category. Measured on 1,000,000 entries in docs/benchmarks.md.
 */

export class AidDashboardIndexes1795931045326 implements MigrationInterface {
  name = 'AidDashboardIndexes1795931045326';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."aid_ledger_entries_cooperative_idx"`);
    await queryRunner.query(`CREATE INDEX "aid_ledger_entries_category_idx" ON "aid_ledger_entries"  ("category_slug", "occurred_on", "id", "kind") `);
    await queryRunner.query(`CREATE INDEX "aid_ledger_entries_village_idx" ON "aid_ledger_entries"  ("village_slug", "occurred_on", "id", "kind") `);
    await queryRunner.query(`CREATE INDEX "aid_ledger_entries_cooperative_idx" ON "aid_ledger_entries"  ("cooperative_id", "occurred_on", "id", "kind") `);
    await queryRunner.query(`CREATE INDEX "aid_ledger_entries_day_idx" ON "aid_ledger_entries"  ("occurred_on", "id", "kind") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."aid_ledger_entries_day_idx"`);
    await queryRunner.query(`DROP INDEX "public"."aid_ledger_entries_cooperative_idx"`);
    await queryRunner.query(`DROP INDEX "public"."aid_ledger_entries_village_idx"`);
    await queryRunner.query(`DROP INDEX "public"."aid_ledger_entries_category_idx"`);
    await queryRunner.query(`CREATE INDEX "aid_ledger_entries_cooperative_idx" ON "aid_ledger_entries" USING btree ("cooperative_id") `);
  }
}
