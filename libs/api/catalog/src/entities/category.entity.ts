import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Categories are data, not code: a new one is a row. */
@Entity({ name: 'categories' })
export class CategoryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 80 })
  slug!: string;

  @Column({ name: 'name_zh', type: 'varchar', length: 100 })
  nameZh!: string;

  @Column({ name: 'name_en', type: 'varchar', length: 100 })
  nameEn!: string;

  @Column({ name: 'description_zh', type: 'text', default: '' })
  descriptionZh!: string;

  @Column({ name: 'description_en', type: 'text', default: '' })
  descriptionEn!: string;

  @Column({ name: 'sort_order', type: 'integer', default: 0 })
  sortOrder!: number;
}
