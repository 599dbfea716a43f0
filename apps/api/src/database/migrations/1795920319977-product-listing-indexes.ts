import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Written by hand: TypeORM cannot express descending keys or INCLUDE columns.
 * The listing's page query (in stock first, newest first) then reads the index alone,
 * counting and ordering a category's products without touching their rows.
 */
export class ProductListingIndexes1795920319977 implements MigrationInterface {
  name = 'ProductListingIndexes1795920319977';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX products_listing_category_idx ON products (category_id, in_stock DESC, created_at DESC, id) INCLUDE (status, cooperative_id)`,
    );
    await queryRunner.query(`CREATE INDEX products_listing_idx ON products (in_stock DESC, created_at DESC, id) INCLUDE (status, cooperative_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX IF EXISTS products_listing_idx`);
    await queryRunner.query(`DROP INDEX IF EXISTS products_listing_category_idx`);
  }
}
