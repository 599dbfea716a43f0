import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CatalogAndMedia1795920319975 implements MigrationInterface {
  name = 'CatalogAndMedia1795920319975';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "media" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "content_type" character varying(100) NOT NULL, "bytes" bytea NOT NULL, "byte_size" integer NOT NULL, "sha256" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f4e0fcac36e050de337b670d8bd" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "categories" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" character varying(80) NOT NULL, "name_zh" character varying(100) NOT NULL, "name_en" character varying(100) NOT NULL, "description_zh" text NOT NULL DEFAULT '', "description_en" text NOT NULL DEFAULT '', "sort_order" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_24dbc6126a28ff948da33e97d3b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_420d9f679d41281f282f5bc7d0" ON "categories"  ("slug") `);
    await queryRunner.query(`CREATE TABLE "townships" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" character varying(80) NOT NULL, "name_zh" character varying(100) NOT NULL, "name_en" character varying(100) NOT NULL, CONSTRAINT "PK_a6f5bba281bbcc5892fa589af16" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_3be5c06d8985ddb3131c18bd38" ON "townships"  ("slug") `);
    await queryRunner.query(`CREATE TABLE "villages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" character varying(80) NOT NULL, "township_id" uuid NOT NULL, "name_zh" character varying(100) NOT NULL, "name_en" character varying(100) NOT NULL, "demo" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_3d9cf7c71c05c7ef684331317bd" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_3c543e641784e5215376b1ad40" ON "villages"  ("slug") `);
    await queryRunner.query(`CREATE INDEX "IDX_a78e27a5700be89452ffd4e797" ON "villages"  ("township_id") `);
    await queryRunner.query(`CREATE TABLE "cooperatives" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" character varying(80) NOT NULL, "name_zh" character varying(200) NOT NULL, "name_en" character varying(200) NOT NULL, "legal_form" character varying(20) NOT NULL, "credit_code" character(18) NOT NULL, "township_id" uuid NOT NULL, "village_id" uuid NOT NULL, "story_zh" text NOT NULL DEFAULT '', "story_en" text NOT NULL DEFAULT '', "status" character varying(20) NOT NULL DEFAULT 'pending', "banner_media_id" uuid, "demo" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "cooperatives_legal_form_check" CHECK (legal_form IN ('company','cooperative','village_collective','family_farm')), CONSTRAINT "cooperatives_status_check" CHECK (status IN ('pending','approved','rejected','suspended')), CONSTRAINT "PK_52fc93ab8869e3f71c46601fe9b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_8f14f30fca543fe9468465bd97" ON "cooperatives"  ("slug") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_ec5d4ad19bb83b6b6b68f13978" ON "cooperatives"  ("credit_code") `);
    await queryRunner.query(`CREATE INDEX "IDX_3586e787bfb14c00fe8d97765f" ON "cooperatives"  ("status") `);
    await queryRunner.query(`CREATE TABLE "benefit_mechanisms" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cooperative_id" uuid NOT NULL, "type" character varying(20) NOT NULL, "description_zh" text NOT NULL, "description_en" text NOT NULL, "sort_order" integer NOT NULL DEFAULT '0', CONSTRAINT "benefit_mechanisms_type_check" CHECK (type IN ('dividend','day_wage','land_rent','produce_purchase')), CONSTRAINT "PK_dabc63ff8970394e77bf3d33c45" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_46342cb8d580b178e9310865aa" ON "benefit_mechanisms"  ("cooperative_id") `);
    await queryRunner.query(`CREATE TABLE "products" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" character varying(80) NOT NULL, "cooperative_id" uuid NOT NULL, "category_id" uuid NOT NULL, "village_id" uuid NOT NULL, "name_zh" character varying(200) NOT NULL, "name_en" character varying(200) NOT NULL, "description_zh" text NOT NULL DEFAULT '', "description_en" text NOT NULL DEFAULT '', "status" character varying(20) NOT NULL DEFAULT 'active', "demo" boolean NOT NULL DEFAULT false, "price_min_fen" bigint, "price_max_fen" bigint, "in_stock" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "products_status_check" CHECK (status IN ('draft','active','hidden')), CONSTRAINT "PK_0806c755e0aca124e67c0cf6d7d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_464f927ae360106b783ed0b410" ON "products"  ("slug") `);
    await queryRunner.query(`CREATE INDEX "IDX_ef4ff8317b8e8f995533d5f3b7" ON "products"  ("cooperative_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_135f6a515e78e0f24a78e8a8f6" ON "products"  ("village_id") `);
    await queryRunner.query(`CREATE INDEX "products_price_min_idx" ON "products"  ("price_min_fen") `);
    await queryRunner.query(`CREATE INDEX "products_created_idx" ON "products"  ("created_at") `);
    await queryRunner.query(`CREATE INDEX "products_category_created_idx" ON "products"  ("category_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "product_variants" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "product_id" uuid NOT NULL, "sku" character varying(64) NOT NULL, "label_zh" character varying(100) NOT NULL, "label_en" character varying(100) NOT NULL, "price_fen" bigint NOT NULL, "available" integer NOT NULL DEFAULT '0', "shipping_weight_grams" integer NOT NULL DEFAULT '0', "sort_order" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "product_variants_weight_check" CHECK (shipping_weight_grams >= 0), CONSTRAINT "product_variants_available_check" CHECK (available >= 0), CONSTRAINT "product_variants_price_check" CHECK (price_fen >= 0), CONSTRAINT "PK_281e3f2c55652d6a22c0aa59fd7" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_6343513e20e2deab45edfce131" ON "product_variants"  ("product_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_46f236f21640f9da218a063a86" ON "product_variants"  ("sku") `);
    await queryRunner.query(`CREATE TABLE "product_images" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "product_id" uuid NOT NULL, "media_id" uuid NOT NULL, "position" integer NOT NULL DEFAULT '0', "alt_zh" character varying(200) NOT NULL DEFAULT '', "alt_en" character varying(200) NOT NULL DEFAULT '', CONSTRAINT "PK_1974264ea7265989af8392f63a1" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "product_images_product_position_idx" ON "product_images"  ("product_id", "position") `);
    await queryRunner.query(`CREATE TABLE "aid_certificates" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "product_id" uuid NOT NULL, "number" character varying(64) NOT NULL, "issuer" character varying(200) NOT NULL, "valid_from" date NOT NULL, "valid_to" date NOT NULL, "revoked" boolean NOT NULL DEFAULT false, "revoked_on" date, "scan_media_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "aid_certificates_window_check" CHECK (valid_from <= valid_to), CONSTRAINT "PK_68ff3353970e083512ad545372c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_00051e21c9730a80562436e587" ON "aid_certificates"  ("number") `);
    await queryRunner.query(`CREATE INDEX "aid_certificates_product_window_idx" ON "aid_certificates"  ("product_id", "valid_to") `);
    await queryRunner.query(`CREATE TABLE "reported_indicators" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "key" character varying(80) NOT NULL, "label_zh" character varying(200) NOT NULL, "label_en" character varying(200) NOT NULL, "value" numeric(20,4) NOT NULL, "unit" character varying(20) NOT NULL, "note_zh" text, "note_en" text, "period_start" date NOT NULL, "period_end" date NOT NULL, "period_note_zh" text, "period_note_en" text, "source" text NOT NULL, "sort_order" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_3b64c0e67d9fb05519d42697a8f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_87157698d511a5d8e3f172245b" ON "reported_indicators"  ("key") `);
    await queryRunner.query(`ALTER TABLE "villages" ADD CONSTRAINT "FK_a78e27a5700be89452ffd4e797e" FOREIGN KEY ("township_id") REFERENCES "townships"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "cooperatives" ADD CONSTRAINT "FK_48e4224ed98384cf013b92a6813" FOREIGN KEY ("township_id") REFERENCES "townships"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "cooperatives" ADD CONSTRAINT "FK_ca6eefeab638da490aa94c0485e" FOREIGN KEY ("village_id") REFERENCES "villages"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "cooperatives" ADD CONSTRAINT "FK_8695eca49de2626052088f10f91" FOREIGN KEY ("banner_media_id") REFERENCES "media"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "benefit_mechanisms" ADD CONSTRAINT "FK_46342cb8d580b178e9310865aaf" FOREIGN KEY ("cooperative_id") REFERENCES "cooperatives"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "products" ADD CONSTRAINT "FK_ef4ff8317b8e8f995533d5f3b7b" FOREIGN KEY ("cooperative_id") REFERENCES "cooperatives"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "products" ADD CONSTRAINT "FK_9a5f6868c96e0069e699f33e124" FOREIGN KEY ("category_id") REFERENCES "categories"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "products" ADD CONSTRAINT "FK_135f6a515e78e0f24a78e8a8f6f" FOREIGN KEY ("village_id") REFERENCES "villages"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "product_variants" ADD CONSTRAINT "FK_6343513e20e2deab45edfce1316" FOREIGN KEY ("product_id") REFERENCES "products"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "product_images" ADD CONSTRAINT "FK_4f166bb8c2bfcef2498d97b4068" FOREIGN KEY ("product_id") REFERENCES "products"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "product_images" ADD CONSTRAINT "FK_2da49a4a7d70add159d34633272" FOREIGN KEY ("media_id") REFERENCES "media"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "aid_certificates" ADD CONSTRAINT "FK_1fb63a7a2973c04337581809e85" FOREIGN KEY ("product_id") REFERENCES "products"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "aid_certificates" ADD CONSTRAINT "FK_c603dc0705e553eb29c15ee3d32" FOREIGN KEY ("scan_media_id") REFERENCES "media"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "aid_certificates" DROP CONSTRAINT "FK_c603dc0705e553eb29c15ee3d32"`);
    await queryRunner.query(`ALTER TABLE "aid_certificates" DROP CONSTRAINT "FK_1fb63a7a2973c04337581809e85"`);
    await queryRunner.query(`ALTER TABLE "product_images" DROP CONSTRAINT "FK_2da49a4a7d70add159d34633272"`);
    await queryRunner.query(`ALTER TABLE "product_images" DROP CONSTRAINT "FK_4f166bb8c2bfcef2498d97b4068"`);
    await queryRunner.query(`ALTER TABLE "product_variants" DROP CONSTRAINT "FK_6343513e20e2deab45edfce1316"`);
    await queryRunner.query(`ALTER TABLE "products" DROP CONSTRAINT "FK_135f6a515e78e0f24a78e8a8f6f"`);
    await queryRunner.query(`ALTER TABLE "products" DROP CONSTRAINT "FK_9a5f6868c96e0069e699f33e124"`);
    await queryRunner.query(`ALTER TABLE "products" DROP CONSTRAINT "FK_ef4ff8317b8e8f995533d5f3b7b"`);
    await queryRunner.query(`ALTER TABLE "benefit_mechanisms" DROP CONSTRAINT "FK_46342cb8d580b178e9310865aaf"`);
    await queryRunner.query(`ALTER TABLE "cooperatives" DROP CONSTRAINT "FK_8695eca49de2626052088f10f91"`);
    await queryRunner.query(`ALTER TABLE "cooperatives" DROP CONSTRAINT "FK_ca6eefeab638da490aa94c0485e"`);
    await queryRunner.query(`ALTER TABLE "cooperatives" DROP CONSTRAINT "FK_48e4224ed98384cf013b92a6813"`);
    await queryRunner.query(`ALTER TABLE "villages" DROP CONSTRAINT "FK_a78e27a5700be89452ffd4e797e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_87157698d511a5d8e3f172245b"`);
    await queryRunner.query(`DROP TABLE "reported_indicators"`);
    await queryRunner.query(`DROP INDEX "public"."aid_certificates_product_window_idx"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_00051e21c9730a80562436e587"`);
    await queryRunner.query(`DROP TABLE "aid_certificates"`);
    await queryRunner.query(`DROP INDEX "public"."product_images_product_position_idx"`);
    await queryRunner.query(`DROP TABLE "product_images"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_46f236f21640f9da218a063a86"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6343513e20e2deab45edfce131"`);
    await queryRunner.query(`DROP TABLE "product_variants"`);
    await queryRunner.query(`DROP INDEX "public"."products_category_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."products_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."products_price_min_idx"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_135f6a515e78e0f24a78e8a8f6"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ef4ff8317b8e8f995533d5f3b7"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_464f927ae360106b783ed0b410"`);
    await queryRunner.query(`DROP TABLE "products"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_46342cb8d580b178e9310865aa"`);
    await queryRunner.query(`DROP TABLE "benefit_mechanisms"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3586e787bfb14c00fe8d97765f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ec5d4ad19bb83b6b6b68f13978"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8f14f30fca543fe9468465bd97"`);
    await queryRunner.query(`DROP TABLE "cooperatives"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a78e27a5700be89452ffd4e797"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3c543e641784e5215376b1ad40"`);
    await queryRunner.query(`DROP TABLE "villages"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3be5c06d8985ddb3131c18bd38"`);
    await queryRunner.query(`DROP TABLE "townships"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_420d9f679d41281f282f5bc7d0"`);
    await queryRunner.query(`DROP TABLE "categories"`);
    await queryRunner.query(`DROP TABLE "media"`);
  }
}
