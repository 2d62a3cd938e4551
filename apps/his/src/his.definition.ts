import { ORG_REPLICA_ENTITIES, ORG_REPLICA_MIGRATIONS } from '@houqin/platform-org-replica';
import { ServiceDefinition } from '@houqin/platform-service';
import manifest from '../service.json';
import { HIS_ERRORS } from './his.errors';
import { HisMessageRow } from './his-message/his-message.entity';
import { CreateHisMessage1796640150760 } from './migrations/1796640150760-create-his-message';
import { HisMessagePlace1796650100000 } from './migrations/1796650100000-his-message-place';
import { CreateEncounters1796650200000 } from './migrations/1796650200000-create-encounters';
import { HisMessageProtocol1796650300000 } from './migrations/1796650300000-his-message-protocol';
import { AdtEventRow, EncounterRow } from './encounter/encounter.entity';

/** 医院信息系统接口: the HIS feed — HL7 v2 over MLLP and FHIR R4 in, minimal his.* events out */
export const hisDefinition: ServiceDefinition = {
  name: 'his',
  defaultPort: manifest.port,
  errors: HIS_ERRORS,
  entities: [...ORG_REPLICA_ENTITIES, HisMessageRow, EncounterRow, AdtEventRow],
  migrations: [...ORG_REPLICA_MIGRATIONS, CreateHisMessage1796640150760, HisMessagePlace1796650100000, CreateEncounters1796650200000, HisMessageProtocol1796650300000],
};
