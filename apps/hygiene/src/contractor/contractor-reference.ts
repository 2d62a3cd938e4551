import { inactive, notFound, ReferenceMismatch, DomainError } from '@houqin/platform-errors';
import { EntityManager } from 'typeorm';
import { ContractorKind } from './contractor-kind';
import { ContractorRow } from './contractor.entity';

const SERVICES: Record<ContractorKind, { zh: string; en: string }> = {
  [ContractorKind.CLEANING]: { zh: '保洁', en: 'cleaning' },
  [ContractorKind.LAUNDRY]: { zh: '被服洗涤', en: 'laundry' },
  [ContractorKind.PEST_CONTROL]: { zh: '除四害', en: 'pest control' },
  [ContractorKind.TERMITE_CONTROL]: { zh: '白蚁防治', en: 'termite control' },
};

/**
 * The contractor a record of outsourced work names (the laundry of a linen collection, the pest control company of
 * a visit): it must exist, be active, serve the campus and be contracted for one of `kinds`.
 */
export async function requireContractor(manager: EntityManager, id: string, campusId: string, kinds: readonly ContractorKind[]): Promise<ContractorRow> {
  const row = await manager.findOneBy(ContractorRow, { id });
  if (!row) throw notFound('Contractor', id);
  if (!row.active) throw inactive('Contractor', row.name);
  if (row.campusId !== campusId) throw new ReferenceMismatch(`外包单位“${row.name}”不属于该院区`, `The contractor "${row.name}" belongs to another campus`);
  if (!kinds.includes(row.kind as ContractorKind)) {
    throw new DomainError('CONTRACTOR_NOT_FOR_SERVICE', {
      name: row.name,
      serviceZh: kinds.map((k) => SERVICES[k].zh).join('或'),
      service: kinds.map((k) => SERVICES[k].en).join(' or '),
    });
  }
  return row;
}
