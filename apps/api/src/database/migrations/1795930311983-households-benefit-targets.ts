import type { MigrationInterface, QueryRunner } from 'typeorm';

export class HouseholdsBenefitTargets1795930311983 implements MigrationInterface {
  name = 'HouseholdsBenefitTargets1795930311983';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "aid_benefit_payouts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "year" integer NOT NULL, "cooperative_id" uuid NOT NULL, "type" character varying(20) NOT NULL, "investment_fen" bigint, "rate_basis_points" integer, "amount_fen" bigint NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "aid_benefit_payouts_key" UNIQUE ("cooperative_id", "type", "year"), CONSTRAINT "aid_benefit_payouts_amount_check" CHECK (amount_fen >= 0), CONSTRAINT "aid_benefit_payouts_shape_check" CHECK ((type = 'dividend' AND investment_fen > 0 AND rate_basis_points BETWEEN 1 AND 10000) OR (type <> 'dividend' AND investment_fen IS NULL AND rate_basis_points IS NULL)), CONSTRAINT "aid_benefit_payouts_year_check" CHECK (year BETWEEN 2015 AND 2100), CONSTRAINT "aid_benefit_payouts_type_check" CHECK (type IN ('dividend', 'day_wage', 'land_rent', 'produce_purchase')), CONSTRAINT "PK_61babb429a197f291c325bf4f10" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "aid_benefit_payouts_year_idx" ON "aid_benefit_payouts"  ("year") `);
    await queryRunner.query(`CREATE TABLE "aid_households" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(32) NOT NULL, "cooperative_id" uuid NOT NULL, "village_id" uuid NOT NULL, "persons" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "aid_households_persons_check" CHECK (persons BETWEEN 1 AND 30), CONSTRAINT "aid_households_code_check" CHECK (code ~ '^[A-Z0-9][A-Z0-9-]{3,31}$' AND replace(code, '-', '') !~ '^[0-9]{11,}X?$'), CONSTRAINT "PK_98fa942ce62c44da9325826eaed" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "aid_households_code_key" ON "aid_households"  ("code") `);
    await queryRunner.query(`CREATE INDEX "aid_households_cooperative_idx" ON "aid_households"  ("cooperative_id") `);
    await queryRunner.query(`CREATE INDEX "aid_households_village_idx" ON "aid_households"  ("village_id") `);
    await queryRunner.query(`CREATE TABLE "aid_household_mechanisms" ("household_id" uuid NOT NULL, "type" character varying(20) NOT NULL, CONSTRAINT "aid_household_mechanisms_type_check" CHECK (type IN ('dividend', 'day_wage', 'land_rent', 'produce_purchase')), CONSTRAINT "PK_2758646adb58b3cb6953020175b" PRIMARY KEY ("household_id", "type"))`);
    await queryRunner.query(`CREATE INDEX "aid_household_mechanisms_type_idx" ON "aid_household_mechanisms"  ("type", "household_id") `);
    await queryRunner.query(`ALTER TABLE "reported_indicators" ADD "kind" character varying(10) NOT NULL DEFAULT 'reported'`);
    await queryRunner.query(`ALTER TABLE "reported_indicators" ADD CONSTRAINT "reported_indicators_kind_check" CHECK (kind IN ('reported', 'target'))`);
    await queryRunner.query(`ALTER TABLE "aid_benefit_payouts" ADD CONSTRAINT "FK_6303921520bc2de4ddfe18d6e93" FOREIGN KEY ("cooperative_id") REFERENCES "cooperatives"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "aid_households" ADD CONSTRAINT "FK_829842805201c75e714fb65c540" FOREIGN KEY ("cooperative_id") REFERENCES "cooperatives"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "aid_households" ADD CONSTRAINT "FK_7e9dd0642ec43cee2682f9b2f52" FOREIGN KEY ("village_id") REFERENCES "villages"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "aid_household_mechanisms" ADD CONSTRAINT "FK_a8bcae8e51e678da3359ff0a9fa" FOREIGN KEY ("household_id") REFERENCES "aid_households"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "aid_household_mechanisms" DROP CONSTRAINT "FK_a8bcae8e51e678da3359ff0a9fa"`);
    await queryRunner.query(`ALTER TABLE "aid_households" DROP CONSTRAINT "FK_7e9dd0642ec43cee2682f9b2f52"`);
    await queryRunner.query(`ALTER TABLE "aid_households" DROP CONSTRAINT "FK_829842805201c75e714fb65c540"`);
    await queryRunner.query(`ALTER TABLE "aid_benefit_payouts" DROP CONSTRAINT "FK_6303921520bc2de4ddfe18d6e93"`);
    await queryRunner.query(`ALTER TABLE "reported_indicators" DROP CONSTRAINT "reported_indicators_kind_check"`);
    await queryRunner.query(`ALTER TABLE "reported_indicators" DROP COLUMN "kind"`);
    await queryRunner.query(`DROP INDEX "public"."aid_household_mechanisms_type_idx"`);
    await queryRunner.query(`DROP TABLE "aid_household_mechanisms"`);
    await queryRunner.query(`DROP INDEX "public"."aid_households_village_idx"`);
    await queryRunner.query(`DROP INDEX "public"."aid_households_cooperative_idx"`);
    await queryRunner.query(`DROP INDEX "public"."aid_households_code_key"`);
    await queryRunner.query(`DROP TABLE "aid_households"`);
    await queryRunner.query(`DROP INDEX "public"."aid_benefit_payouts_year_idx"`);
    await queryRunner.query(`DROP TABLE "aid_benefit_payouts"`);
  }
}
