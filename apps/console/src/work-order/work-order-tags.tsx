import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WorkOrderPriority, WorkOrderStatus } from '../gql/graphql';

// Solid tags in shades dark enough for white text at 4.5:1 (the preset light tags fall short of WCAG AA).
const STATUS_COLOURS: Record<WorkOrderStatus, string | undefined> = {
  SUBMITTED: '#0958d9',
  DISPATCHED: '#006d75',
  ACCEPTED: '#1d39c4',
  IN_PROGRESS: '#531dab',
  COMPLETED: '#237804',
  SIGNED_OFF: '#135200',
  CLOSED: '#595959',
  CANCELLED: '#595959',
};
const PRIORITY_COLOURS: Record<WorkOrderPriority, string | undefined> = { URGENT: '#a8071a', HIGH: '#ad4e00', NORMAL: undefined, LOW: undefined };

export function StatusTag({ status }: { status: WorkOrderStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLOURS[status]}>{t(`workOrder.statuses.${status}`)}</Tag>;
}

export function PriorityTag({ priority }: { priority: WorkOrderPriority }) {
  const { t } = useTranslation();
  return <Tag color={PRIORITY_COLOURS[priority]}>{t(`workOrder.priorities.${priority}`)}</Tag>;
}
