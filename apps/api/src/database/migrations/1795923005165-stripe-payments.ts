import type { MigrationInterface, QueryRunner } from 'typeorm';

export class StripePayments1795923005165 implements MigrationInterface {
  name = 'StripePayments1795923005165';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "stripe_events" ("event_id" character varying(255) NOT NULL, "type" character varying(100) NOT NULL, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d0cc4569d90cb27607b2c743b4c" PRIMARY KEY ("event_id"))`);
    await queryRunner.query(`ALTER TABLE "payments" ADD "client_secret" character varying(255)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "payments" DROP COLUMN "client_secret"`);
    await queryRunner.query(`DROP TABLE "stripe_events"`);
  }
}
