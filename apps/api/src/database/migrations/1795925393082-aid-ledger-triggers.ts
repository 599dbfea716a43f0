import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hand-written: what entities cannot declare.
 * 1. The aid ledger is append-only: UPDATE, DELETE and TRUNCATE are refused by the database
 *    itself, whatever the code does; a correction is a new entry.
 * 2. The rollups follow every insert in the same transaction. The trigger is per statement with
 *    a transition table, so a bulk import of thousands of entries updates each rollup row once;
 *    rows are upserted in key order so concurrent writers never deadlock on them.
 */
export class AidLedgerTriggers1795925393082 implements MigrationInterface {
  name = 'AidLedgerTriggers1795925393082';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION aid_ledger_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'aid_ledger_entries is append-only: % refused (add a refund or adjustment entry instead)', TG_OP
    USING ERRCODE = 'object_not_in_prerequisite_state';
END
$$`);
    await queryRunner.query(`CREATE TRIGGER aid_ledger_entries_append_only BEFORE UPDATE OR DELETE ON aid_ledger_entries
      FOR EACH ROW EXECUTE FUNCTION aid_ledger_refuse_change()`);
    await queryRunner.query(`CREATE TRIGGER aid_ledger_entries_no_truncate BEFORE TRUNCATE ON aid_ledger_entries
      FOR EACH STATEMENT EXECUTE FUNCTION aid_ledger_refuse_change()`);
    await queryRunner.query(`CREATE FUNCTION aid_rollups_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO aid_rollups (period, channel, kind, category_slug, township_slug, village_slug, cooperative_id, amount_fen, quantity, entries)
  SELECT period, channel, kind, coalesce(category_slug, ''), coalesce(township_slug, ''), coalesce(village_slug, ''),
         coalesce(cooperative_id, '00000000-0000-0000-0000-000000000000'::uuid), sum(amount_fen), sum(quantity), count(*)
  FROM added GROUP BY 1, 2, 3, 4, 5, 6, 7 ORDER BY 1, 2, 3, 4, 5, 6, 7
  ON CONFLICT ON CONSTRAINT aid_rollups_key DO UPDATE SET
    amount_fen = aid_rollups.amount_fen + EXCLUDED.amount_fen,
    quantity = aid_rollups.quantity + EXCLUDED.quantity,
    entries = aid_rollups.entries + EXCLUDED.entries;
  RETURN NULL;
END
$$`);
    await queryRunner.query(`CREATE TRIGGER aid_ledger_entries_rollup AFTER INSERT ON aid_ledger_entries
      REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION aid_rollups_add()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER aid_ledger_entries_rollup ON aid_ledger_entries`);
    await queryRunner.query(`DROP FUNCTION aid_rollups_add()`);
    await queryRunner.query(`DROP TRIGGER aid_ledger_entries_no_truncate ON aid_ledger_entries`);
    await queryRunner.query(`DROP TRIGGER aid_ledger_entries_append_only ON aid_ledger_entries`);
    await queryRunner.query(`DROP FUNCTION aid_ledger_refuse_change()`);
  }
}
