import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Written by hand: the default shipping rule is data every installation needs before its first
 * order (12 yuan a shipment, free from 99 yuan). Operators change it, or add per-cooperative rows.
 */
export class DefaultShippingRule1795922538097 implements MigrationInterface {
  name = 'DefaultShippingRule1795922538097';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `INSERT INTO shipping_rules (cooperative_id, fee_fen, free_over_fen)
       SELECT NULL, 1200, 9900 WHERE NOT EXISTS (SELECT 1 FROM shipping_rules WHERE cooperative_id IS NULL)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DELETE FROM shipping_rules WHERE cooperative_id IS NULL');
  }
}
