import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A notification of one campus. The table is the service's own; the public GraphQL type is `Notification` (notification.model.ts). */
@Entity({ name: 'notification' })
@Index('notification_campus_name_uq', ['campusId', 'name'], { unique: true })
export class NotificationRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') campusId!: string;
  @Column('text') name!: string;
  @Column('timestamptz') createdAt!: Date;
  @Column('text') createdBy!: string;
}
