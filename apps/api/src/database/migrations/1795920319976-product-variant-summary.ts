import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Written by hand: TypeORM does not model triggers. */
export class ProductVariantSummary1795920319976 implements MigrationInterface {
  name = 'ProductVariantSummary1795920319976';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Listing pages filter and sort by price and stock; keep a product's summary of its variants
    // in step with every variant write, whoever writes it. Only changes that alter the summary
    // touch the product row, so stock decrements that keep a variant in stock do not contend on it.
    await queryRunner.query(`CREATE FUNCTION refresh_product_variant_summary(pid uuid) RETURNS void LANGUAGE sql AS $$
      UPDATE products p SET
        price_min_fen = s.min_price, price_max_fen = s.max_price, in_stock = coalesce(s.in_stock, false)
      FROM (SELECT min(price_fen) AS min_price, max(price_fen) AS max_price, bool_or(available > 0) AS in_stock
            FROM product_variants WHERE product_id = pid) s
      WHERE p.id = pid
        AND (p.price_min_fen IS DISTINCT FROM s.min_price OR p.price_max_fen IS DISTINCT FROM s.max_price
             OR p.in_stock IS DISTINCT FROM coalesce(s.in_stock, false))
    $$`);
    await queryRunner.query(`CREATE FUNCTION product_variants_summary_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND NEW.product_id = OLD.product_id AND NEW.price_fen = OLD.price_fen
           AND (NEW.available > 0) = (OLD.available > 0) THEN
          RETURN NULL;
        END IF;
        IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND NEW.product_id <> OLD.product_id) THEN
          PERFORM refresh_product_variant_summary(OLD.product_id);
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN PERFORM refresh_product_variant_summary(NEW.product_id); END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER product_variants_summary AFTER INSERT OR UPDATE OR DELETE ON product_variants
      FOR EACH ROW EXECUTE FUNCTION product_variants_summary_trigger()`);
    // Fill the summary for rows that existed before the trigger.
    await queryRunner.query(`SELECT refresh_product_variant_summary(id) FROM products`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER IF EXISTS product_variants_summary ON product_variants`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS product_variants_summary_trigger()`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS refresh_product_variant_summary(uuid)`);
  }
}
