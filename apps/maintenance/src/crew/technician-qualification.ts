import { Injectable } from '@nestjs/common';
import { DomainError } from '@houqin/platform-errors';
import { StaffReplicaRow } from '@houqin/platform-org-replica';
import { EntityManager, In } from 'typeorm';
import { TechnicianQualifications } from '../work-order/work-order-ports';
import { TechnicianCertificateRow } from './crew.entity';
import { LICENCE_LABELS_ZH, LicenceRequirements } from './licence-requirements';

const requirements = new LicenceRequirements();

/**
 * 持证上岗: refuses (CERTIFICATE_REQUIRED) a technician for work of `category` unless they hold, for every
 * licence the category needs, a certificate valid on today's China date. Categories that need no licence
 * cost no query. For dispatch, inside its transaction.
 */
export async function requireQualifiedTechnician(manager: EntityManager, staffId: string, category: string, now: Date): Promise<void> {
  const required = requirements.required(category);
  if (!required.length) return;
  const held = await manager.findBy(TechnicianCertificateRow, { staffId, kind: In(required) });
  const missing = requirements.missing(category, held, now);
  if (!missing.length) return;
  const staff = await manager.findOneBy(StaffReplicaRow, { id: staffId });
  throw new DomainError('CERTIFICATE_REQUIRED', {
    name: staff?.name ?? staffId,
    licence: missing.join(', '),
    licenceZh: missing.map((kind) => LICENCE_LABELS_ZH[kind]).join('、'),
    category,
    categoryZh: requirements.categoryLabelZh(category),
  });
}

/** Crew's answer to dispatch: may this technician take the category's work. */
@Injectable()
export class CrewQualifications extends TechnicianQualifications {
  requireQualified(manager: EntityManager, staffId: string, category: string, at: Date): Promise<void> {
    return requireQualifiedTechnician(manager, staffId, category, at);
  }
}
