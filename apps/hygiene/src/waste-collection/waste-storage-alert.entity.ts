import { Column, Entity, PrimaryColumn } from 'typeorm';
import { StorageThreshold } from './storage-clock';

/** The storage job's record of each alert it raised: the key makes a second run, a restart or another replica a no-op. */
@Entity({ name: 'waste_storage_alert' })
export class WasteStorageAlertRow {
  @PrimaryColumn('uuid') collectionId!: string;
  @PrimaryColumn('text') threshold!: StorageThreshold;
  @Column('timestamptz') raisedAt!: Date;
}
