import { Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn, type Relation } from 'typeorm';

@Entity({ name: 'townships' })
export class TownshipEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 80 })
  slug!: string;

  @Column({ name: 'name_zh', type: 'varchar', length: 100 })
  nameZh!: string;

  @Column({ name: 'name_en', type: 'varchar', length: 100 })
  nameEn!: string;

  @OneToMany(() => VillageEntity, (v) => v.township)
  villages?: Relation<VillageEntity[]>;
}

@Entity({ name: 'villages' })
export class VillageEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 80 })
  slug!: string;

  @Index()
  @Column({ name: 'township_id', type: 'uuid' })
  townshipId!: string;

  @ManyToOne(() => TownshipEntity, (t) => t.villages, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'township_id' })
  township?: Relation<TownshipEntity>;

  @Column({ name: 'name_zh', type: 'varchar', length: 100 })
  nameZh!: string;

  @Column({ name: 'name_en', type: 'varchar', length: 100 })
  nameEn!: string;

  /** a plausible placeholder rather than a place the article names */
  @Column({ type: 'boolean', default: false })
  demo!: boolean;
}
