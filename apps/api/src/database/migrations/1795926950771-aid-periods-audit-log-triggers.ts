import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hand-written: what entities cannot declare.
 * 1. A closed period takes no more entries (DOMAIN.md rule 6): a BEFORE INSERT trigger on the
 *    ledger refuses an entry whose period is in aid_periods, whoever writes it (API, outbox
 *    handlers, imports, psql). The function is VOLATILE, so under READ COMMITTED it sees a close
 *    committed after the inserting statement began.
 * 2. Closing is final: aid_periods refuses UPDATE, DELETE and TRUNCATE.
 * 3. The audit log is append-only like the ledger: UPDATE, DELETE and TRUNCATE are refused.
 */
export class AidPeriodsAuditLogTriggers1795926950771 implements MigrationInterface {
  name = 'AidPeriodsAuditLogTriggers1795926950771';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION aid_ledger_refuse_closed_period() RETURNS trigger LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM aid_periods WHERE period = NEW.period) THEN
    RAISE EXCEPTION 'aid period % is closed: record an adjustment in the open period instead', NEW.period
      USING ERRCODE = 'object_not_in_prerequisite_state';
  END IF;
  RETURN NEW;
END
$$`);
    await queryRunner.query(`CREATE TRIGGER aid_ledger_entries_period_open BEFORE INSERT ON aid_ledger_entries
      FOR EACH ROW EXECUTE FUNCTION aid_ledger_refuse_closed_period()`);
    await queryRunner.query(`CREATE FUNCTION append_only_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'object_not_in_prerequisite_state';
END
$$`);
    for (const table of ['aid_periods', 'audit_log']) {
      await queryRunner.query(`CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION append_only_refuse_change()`);
      await queryRunner.query(`CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION append_only_refuse_change()`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['audit_log', 'aid_periods']) {
      await queryRunner.query(`DROP TRIGGER ${table}_no_truncate ON ${table}`);
      await queryRunner.query(`DROP TRIGGER ${table}_append_only ON ${table}`);
    }
    await queryRunner.query(`DROP FUNCTION append_only_refuse_change()`);
    await queryRunner.query(`DROP TRIGGER aid_ledger_entries_period_open ON aid_ledger_entries`);
    await queryRunner.query(`DROP FUNCTION aid_ledger_refuse_closed_period()`);
  }
}
