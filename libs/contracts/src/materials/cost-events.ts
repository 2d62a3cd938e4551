import { z } from 'zod';
import { defineEvent, isoDateTime, uuid } from '../event-contract';

export const DepartmentMaterialsCostsV1 = defineEvent({
  type: 'materials.department-cost.month-closed.v1',
  topic: 'materials.department-cost.v1',
  producer: 'materials',
  description:
    "A department's stock charges for a closed month (Beijing time) by catalogue category, for finance (计财科): issued at cost less returns. Sent once per department and month, after the month ends; charges booked later show in reports but are not re-sent.",
  schema: z.object({
    campusId: uuid,
    departmentId: uuid,
    costCentreCode: z.string(),
    month: z.string().regex(/^\d{4}-\d{2}$/),
    categories: z.array(z.object({ category: z.string(), issuedFen: z.number().int(), returnedFen: z.number().int(), netFen: z.number().int() })),
    netFen: z.number().int(),
    occurredAt: isoDateTime,
  }),
});
