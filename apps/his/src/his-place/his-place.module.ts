import { Module } from '@nestjs/common';
import { OrgReplicaModule } from '@houqin/platform-org-replica';
import { AdtIntake } from './adt-intake';
import { HisPlaceDirectory } from './his-place-directory';

/** HIS place codes onto org's locations, through the service's replica of the directory. */
@Module({ imports: [OrgReplicaModule], providers: [HisPlaceDirectory, AdtIntake], exports: [AdtIntake] })
export class HisPlaceModule {}
