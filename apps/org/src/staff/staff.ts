import { EventData, StaffChangedV1 } from '@houqin/contracts';
import { requireSameCampus } from '../common/directory-rules';
import { DirectoryChange } from '../common/directory-writer';
import { STAFF, StaffRow } from './staff.entity';

/** A staff member belongs to a department and a crew of their own campus (a West technician is not in an East crew). */
export function checkStaffAssignment(campusId: string, department: { campusId: string } | null, team: { campusId: string } | null): void {
  requireSameCampus(campusId, department, { zh: '科室', en: 'department' });
  requireSameCampus(campusId, team, { zh: '班组', en: 'team' });
}

/** The phone number stays in the directory: events travel further than the directory's readers. */
export const staffChanged = (row: StaffRow): EventData<typeof StaffChangedV1> => ({
  id: row.id,
  campusId: row.campusId,
  departmentId: row.departmentId,
  teamId: row.teamId,
  employeeNo: row.employeeNo,
  name: row.name,
  jobTitle: row.jobTitle,
  active: row.active,
  updatedAt: row.updatedAt.toISOString(),
});

export const STAFF_CHANGE: DirectoryChange<StaffRow, typeof StaffChangedV1> = {
  kind: STAFF,
  event: { contract: StaffChangedV1, data: staffChanged },
  unique: (row) => [{ index: 'staff_employee_no_idx', entity: 'Staff', value: row.employeeNo, where: { employeeNo: row.employeeNo } }],
};
