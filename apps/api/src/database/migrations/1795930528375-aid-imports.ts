import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AidImports1795930528375 implements MigrationInterface {
  name = 'AidImports1795930528375';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "aid_imports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "file_name" character varying(255) NOT NULL, "channel" character varying(24) NOT NULL, "sha256" character(64) NOT NULL, "byte_size" integer NOT NULL, "format" character varying(8) NOT NULL, "encoding" character varying(16), "status" character varying(12) NOT NULL DEFAULT 'parsing', "rows_total" integer NOT NULL DEFAULT '0', "rows_processed" integer NOT NULL DEFAULT '0', "rows_valid" integer NOT NULL DEFAULT '0', "amount_fen" bigint NOT NULL DEFAULT '0', "periods" text array NOT NULL DEFAULT '{}', "problems" jsonb NOT NULL DEFAULT '[]', "problem_count" integer NOT NULL DEFAULT '0', "entries_written" integer NOT NULL DEFAULT '0', "error" text, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "checked_at" TIMESTAMP WITH TIME ZONE, "committed_at" TIMESTAMP WITH TIME ZONE, "committed_by" uuid, CONSTRAINT "aid_imports_format_check" CHECK (format IN ('csv', 'xlsx')), CONSTRAINT "aid_imports_status_check" CHECK (status IN ('parsing', 'invalid', 'ready', 'committing', 'committed', 'failed')), CONSTRAINT "aid_imports_channel_check" CHECK (channel IN ('exhibition_centre', 'miao_silver_shop', 'institutional')), CONSTRAINT "PK_0c23073caceff99da791e6a5acc" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "aid_imports_created_idx" ON "aid_imports"  ("created_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "aid_imports_sha256_key" ON "aid_imports"  ("sha256") WHERE status <> 'failed'`);
    await queryRunner.query(`CREATE TABLE "aid_import_files" ("import_id" uuid NOT NULL, "bytes" bytea NOT NULL, CONSTRAINT "PK_5f9e981beeb3fb15ee5d8c88bd9" PRIMARY KEY ("import_id"))`);
    await queryRunner.query(`CREATE TABLE "aid_import_rows" ("import_id" uuid NOT NULL, "line" integer NOT NULL, "occurred_on" date NOT NULL, "period" character(7) NOT NULL, "cooperative_id" uuid NOT NULL, "township_slug" text, "village_slug" text, "category_slug" text, "product" text, "quantity" integer NOT NULL, "amount_fen" bigint NOT NULL, "reference" character varying(120) NOT NULL, CONSTRAINT "aid_import_rows_amount_check" CHECK (amount_fen > 0), CONSTRAINT "aid_import_rows_quantity_check" CHECK (quantity > 0), CONSTRAINT "PK_4bf6795597d46072e38b54e694f" PRIMARY KEY ("import_id", "line"))`);
    await queryRunner.query(`ALTER TABLE "aid_import_files" ADD CONSTRAINT "FK_5f9e981beeb3fb15ee5d8c88bd9" FOREIGN KEY ("import_id") REFERENCES "aid_imports"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "aid_import_rows" ADD CONSTRAINT "FK_10d3777250c4dfcaf89931b9624" FOREIGN KEY ("import_id") REFERENCES "aid_imports"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "aid_import_rows" DROP CONSTRAINT "FK_10d3777250c4dfcaf89931b9624"`);
    await queryRunner.query(`ALTER TABLE "aid_import_files" DROP CONSTRAINT "FK_5f9e981beeb3fb15ee5d8c88bd9"`);
    await queryRunner.query(`DROP TABLE "aid_import_rows"`);
    await queryRunner.query(`DROP TABLE "aid_import_files"`);
    await queryRunner.query(`DROP INDEX "public"."aid_imports_sha256_key"`);
    await queryRunner.query(`DROP INDEX "public"."aid_imports_created_idx"`);
    await queryRunner.query(`DROP TABLE "aid_imports"`);
  }
}
