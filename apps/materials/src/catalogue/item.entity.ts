import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { ItemCategory } from './item';

/** A catalogue entry (物资目录); group-wide, shared by every campus's warehouse. */
@Entity({ name: 'item' })
@Index('item_code_uq', ['code'], { unique: true })
export class ItemRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('text') code!: string;
  @Column('text') name!: string;
  @Column('text', { nullable: true }) nameEn!: string | null;
  @Column('text') unit!: string;
  @Column('text') category!: ItemCategory;
  /** Lots carry an expiry date, required at receipt; issues draw first-expired-first-out (FEFO). */
  @Column('boolean', { default: false }) tracksExpiry!: boolean;
  /** 领新交旧: each unit issued on a requisition needs the old one handed back (or an exemption). */
  @Column('boolean', { default: false }) durable!: boolean;
  @Column('boolean') active!: boolean;
  @Column('timestamptz') createdAt!: Date;
  @Column('timestamptz') updatedAt!: Date;
}
