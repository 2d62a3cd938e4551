import type { EntityName } from '@houqin/platform-errors';
import { ObjectLiteral } from 'typeorm';

/** What every directory row has: an app-generated uuid and the times the write model needs for events. */
export interface DirectoryRow extends ObjectLiteral {
  id: string;
  createdAt: Date;
  updatedAt: Date;
}

/**
 * Describes one kind of directory row to the shared reader and writer: its public name (GraphQL, audit,
 * NOT_FOUND), its TypeORM class and where its campus is (a campus row is its own campus).
 */
export interface DirectoryKind<Row extends DirectoryRow> {
  entity: EntityName;
  row: new () => Row;
  alias: string;
  campusProperty: 'id' | 'campusId';
  campusOf(row: Row): string;
}
