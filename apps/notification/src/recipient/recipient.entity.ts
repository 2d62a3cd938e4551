import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A person alerts can reach, and how: learned from their own calls (roles and campuses as the IdP issued them, so
 * "the campus admins of East" are the people who are) and from the preferences they set. Keyed like notifications.
 */
@Entity({ name: 'recipient' })
@Index('recipient_roles_idx', ['roles'])
export class RecipientRow {
  @PrimaryColumn('text') key!: string;
  /** A stable id for the audit trail (which keys entries by uuid). */
  @Column('uuid') id!: string;
  @Column('text', { nullable: true }) subject!: string | null;
  @Column('uuid', { nullable: true }) staffId!: string | null;
  @Column('text') name!: string;
  @Column('text', { array: true }) roles!: string[];
  @Column('uuid', { array: true }) campusIds!: string[];
  /** Outbound channels with the least severity each takes (JSON: [{ channel, minimumSeverity }]); null: the defaults. */
  @Column('jsonb', { nullable: true }) channels!: { channel: string; minimumSeverity: string }[] | null;
  /** HH:MM-HH:MM Beijing time, during which only URGENT goes out at once; null: none. */
  @Column('text', { nullable: true }) quietHours!: string | null;
  @Column('text', { nullable: true }) wecomUserId!: string | null;
  @Column('text', { nullable: true }) mobile!: string | null;
  @Column('text', { nullable: true }) email!: string | null;
  @Column('text') language!: string;
  @Column('timestamptz') lastSeenAt!: Date;
}
