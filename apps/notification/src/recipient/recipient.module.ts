import { Module } from '@nestjs/common';
import { OrgReplicaModule } from '@houqin/platform-org-replica';
import { PreferencesResolver } from './preferences.resolver';
import { RecipientDirectory } from './recipient-directory';
import { SetNotificationPreferences } from './set-notification-preferences.use-case';

/** The people alerts reach: learned from their calls and, for team leads and named staff, from the org replica. */
@Module({ imports: [OrgReplicaModule], providers: [RecipientDirectory, SetNotificationPreferences, PreferencesResolver], exports: [RecipientDirectory] })
export class RecipientModule {}
