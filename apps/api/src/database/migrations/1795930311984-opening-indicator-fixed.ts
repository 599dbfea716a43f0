import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hand-written: the reported figure that opened the aid ledger (its entry's source reference is
 * 'opening:reported:' || key) keeps its key and value, whoever writes (API, seed, psql). The
 * ledger is append-only, so a changed figure would disagree with its entry for ever; a
 * correction is an adjustment in the open period. Its period and source stay editable: the
 * period is an inference (DOMAIN.md).
 */
export class OpeningIndicatorFixed1795930311984 implements MigrationInterface {
  name = 'OpeningIndicatorFixed1795930311984';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION reported_indicators_keep_opening() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM aid_ledger_entries WHERE source_ref = 'opening:reported:' || OLD.key) AND
     (TG_OP = 'DELETE' OR NEW.key IS DISTINCT FROM OLD.key OR NEW.value IS DISTINCT FROM OLD.value OR NEW.unit IS DISTINCT FROM OLD.unit) THEN
    RAISE EXCEPTION 'reported indicator % opened the aid ledger: its value is fixed; record an adjustment instead', OLD.key
      USING ERRCODE = 'object_not_in_prerequisite_state';
  END IF;
  RETURN CASE TG_OP WHEN 'DELETE' THEN OLD ELSE NEW END;
END
$$`);
    await queryRunner.query(`CREATE TRIGGER reported_indicators_opening_fixed BEFORE UPDATE OR DELETE ON reported_indicators
      FOR EACH ROW EXECUTE FUNCTION reported_indicators_keep_opening()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER reported_indicators_opening_fixed ON reported_indicators`);
    await queryRunner.query(`DROP FUNCTION reported_indicators_keep_opening()`);
  }
}
