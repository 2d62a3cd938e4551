import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A inbox of one campus. The table is the service's own; the public GraphQL type is `Inbox` (inbox.model.ts). */
@Entity({ name: 'inbox' })
@Index('inbox_campus_name_uq', ['campusId', 'name'], { unique: true })
export class InboxRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') campusId!: string;
  @Column('text') name!: string;
  @Column('timestamptz') createdAt!: Date;
  @Column('text') createdBy!: string;
}
