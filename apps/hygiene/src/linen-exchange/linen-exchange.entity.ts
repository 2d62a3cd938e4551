import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { LinenExchangeStatus } from './linen-exchange-status';
import { LinenKind } from './linen-kind';
import type { LinenLine } from './linen-lines';

/**
 * One collection of a department's dirty linen by the laundry contractor (以脏换净) and the clean linen returned
 * against it, by kind. The lines live on the row: a collection has a handful of kinds and is always read whole.
 * The public GraphQL type is `LinenExchange` (linen-exchange.model.ts).
 */
@Entity({ name: 'linen_exchange' })
@Index('linen_exchange_department_idx', ['departmentId', 'collectedOn'])
@Check('linen_exchange_status_check', `"status" IN ('OPEN', 'RETURNED', 'CLOSED')`)
export class LinenExchangeRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') campusId!: string;
  @Column('uuid') departmentId!: string;
  @Column('uuid') contractorId!: string;
  /** The Beijing date of the collection: the month the loss rate counts it in. */
  @Column('date') collectedOn!: string;
  @Column('text') status!: LinenExchangeStatus;
  @Column('jsonb') lines!: LinenLine[];
  @Column('timestamptz') createdAt!: Date;
  @Column('text') createdBy!: string;
  @Column('timestamptz', { nullable: true }) lastReturnedAt!: Date | null;
  @Column('timestamptz', { nullable: true }) closedAt!: Date | null;
}

/** How many pieces of a kind a department should hold clean and in use (被服基数). */
@Entity({ name: 'linen_par_level' })
@Index('linen_par_level_department_kind_uq', ['departmentId', 'kind'], { unique: true })
@Check('linen_par_level_quantity_check', `"quantity" >= 0`)
export class LinenParLevelRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') campusId!: string;
  @Column('uuid') departmentId!: string;
  @Column('text') kind!: LinenKind;
  @Column('integer') quantity!: number;
  @Column('timestamptz') updatedAt!: Date;
  @Column('text') updatedBy!: string;
}
