import { ORG_REPLICA_ENTITIES, ORG_REPLICA_MIGRATIONS } from '@houqin/platform-org-replica';
import { ServiceDefinition } from '@houqin/platform-service';
import manifest from '../service.json';
import { HYGIENE_ERRORS } from './hygiene.errors';
import { ZoneRow } from './zone/zone.entity';
import { CreateZone1796648152785 } from './migrations/1796648152785-create-zone';
import { CleaningSlaRow, CleaningTaskRow } from './cleaning-task/cleaning-task.entity';
import { CreateCleaningTask1796648247682 } from './migrations/1796648247682-create-cleaning-task';
import { CleanerRow } from './cleaner/cleaner.entity';
import { CreateCleaner1796648250617 } from './migrations/1796648250617-create-cleaner';
import { WasteCollectionRow } from './waste-collection/waste-collection.entity';
import { WasteStorageAlertRow } from './waste-collection/waste-storage-alert.entity';
import { CreateWasteCollection1796648253424 } from './migrations/1796648253424-create-waste-collection';
import { WasteContainerRow } from './waste-container/waste-container.entity';
import { CreateWasteContainer1796648264494 } from './migrations/1796648264494-create-waste-container';
import { WasteTransferRow } from './waste-transfer/waste-transfer.entity';
import { CreateWasteTransfer1796648267314 } from './migrations/1796648267314-create-waste-transfer';
import { InspectionItemResultRow, InspectionRow, InspectionSheetRow } from './inspection/inspection.entity';
import { CreateInspection1796648270129 } from './migrations/1796648270129-create-inspection';
import { ContractorComplaintOverdueRow, ContractorComplaintRow, ContractorMonthlyCheckRow, ContractorRow } from './contractor/contractor.entity';
import { CreateContractor1796648273140 } from './migrations/1796648273140-create-contractor';
import { LinenExchangeRow, LinenParLevelRow } from './linen-exchange/linen-exchange.entity';
import { CreateLinenExchange1796648276133 } from './migrations/1796648276133-create-linen-exchange';
import { PestControlVisitRow, PestFindingRow, PestFollowUpRow } from './pest-control-visit/pest-control-visit.entity';
import { CreatePestControlVisit1796648278818 } from './migrations/1796648278818-create-pest-control-visit';
import { SewageLogMissingRow, SewageLogRow, SewageStationRow } from './sewage-log/sewage-log.entity';
import { CreateSewageLog1796648281673 } from './migrations/1796648281673-create-sewage-log';
import { InpatientStayRow } from './inpatient-stay/inpatient-stay.entity';
import { CreateInpatientStay1796661987690 } from './migrations/1796661987690-create-inpatient-stay';

/** 环境卫生: cleaning zones and tasks, terminal disinfection, inspections, medical waste, linen, pest control, contractors, sewage station */
export const hygieneDefinition: ServiceDefinition = {
  name: 'hygiene',
  defaultPort: manifest.port,
  errors: HYGIENE_ERRORS,
  entities: [
    ...ORG_REPLICA_ENTITIES,
    ZoneRow,
    CleaningTaskRow,
    CleaningSlaRow,
    CleanerRow,
    WasteCollectionRow,
    WasteStorageAlertRow,
    WasteContainerRow,
    WasteTransferRow,
    InspectionRow,
    InspectionSheetRow,
    InspectionItemResultRow,
    ContractorRow,
    ContractorMonthlyCheckRow,
    ContractorComplaintRow,
    ContractorComplaintOverdueRow,
    LinenExchangeRow,
    LinenParLevelRow,
    PestControlVisitRow,
    PestFindingRow,
    PestFollowUpRow,
    SewageLogRow,
    SewageStationRow,
    SewageLogMissingRow,
    InpatientStayRow,
  ],
  migrations: [
    ...ORG_REPLICA_MIGRATIONS,
    CreateZone1796648152785,
    CreateCleaningTask1796648247682,
    CreateCleaner1796648250617,
    CreateWasteCollection1796648253424,
    CreateWasteContainer1796648264494,
    CreateWasteTransfer1796648267314,
    CreateInspection1796648270129,
    CreateContractor1796648273140,
    CreateLinenExchange1796648276133,
    CreatePestControlVisit1796648278818,
    CreateSewageLog1796648281673,
    CreateInpatientStay1796661987690,
  ],
};
