import { DepartmentChangedV1, EventData } from '@houqin/contracts';
import { DirectoryChange, UniqueRule } from '../common/directory-writer';
import { DEPARTMENT, DepartmentRow } from './department.entity';

export const departmentChanged = (row: DepartmentRow): EventData<typeof DepartmentChangedV1> => ({
  id: row.id,
  campusId: row.campusId,
  name: row.name,
  nameEn: row.nameEn,
  costCentreCode: row.costCentreCode,
  hisCode: row.hisCode,
  active: row.active,
  updatedAt: row.updatedAt.toISOString(),
});

/** Finance (成本中心) and the HIS (科室编码) each identify a department by a code unique on its campus. */
function departmentCodes(row: DepartmentRow): UniqueRule<DepartmentRow>[] {
  const rules: UniqueRule<DepartmentRow>[] = [
    {
      index: 'department_campus_cost_centre_idx',
      entity: 'Department',
      value: row.costCentreCode,
      where: { campusId: row.campusId, costCentreCode: row.costCentreCode },
    },
  ];
  if (row.hisCode)
    rules.push({ index: 'department_campus_his_code_idx', entity: 'Department', value: row.hisCode, where: { campusId: row.campusId, hisCode: row.hisCode } });
  return rules;
}

export const DEPARTMENT_CHANGE: DirectoryChange<DepartmentRow, typeof DepartmentChangedV1> = {
  kind: DEPARTMENT,
  event: { contract: DepartmentChangedV1, data: departmentChanged },
  unique: departmentCodes,
};
