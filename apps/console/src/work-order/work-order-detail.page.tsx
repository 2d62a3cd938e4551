import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Descriptions, Empty, Rate, Space, Table, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { formatTime, formatYuan } from '../common/format';
import { PageState } from '../common/page-state';
import type { WorkOrderAction } from '../gql/graphql';
import { errorMessage } from '../graphql/client';
import { AcceptWorkOrderMutation, CloseWorkOrderMutation, ResumeWorkOrderClockMutation, StartWorkOrderMutation, WorkOrderQuery } from './work-order.graphql';
import { DIALOG_ACTIONS, WorkOrderActionDialog, type DialogAction } from './work-order-action-dialog';
import { PriorityTag, StatusTag } from './work-order-tags';

/** One work order: what, where, its clock, history, parts and cost, and a button for each action `allowedActions` permits. */
export default function WorkOrderDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { data, loading, error, refetch } = useQuery(WorkOrderQuery, { variables: { id } });
  const [dialog, setDialog] = useState<DialogAction | null>(null);
  const done = { onCompleted: () => void message.success(t('workOrder.done')), onError: (e: unknown) => void message.error(errorMessage(e)) };
  const [accept, accepting] = useMutation(AcceptWorkOrderMutation, done);
  const [start, starting] = useMutation(StartWorkOrderMutation, done);
  const [close, closing] = useMutation(CloseWorkOrderMutation, done);
  const [resume, resuming] = useMutation(ResumeWorkOrderClockMutation, done);
  const busy = [accepting, starting, closing, resuming].some((m) => m.loading);

  const order = data?.workOrder;
  if (!order) return <PageState loading={loading} error={error} retry={() => void refetch()} />;
  const variables = { id: order.id };
  const run = (action: WorkOrderAction) => {
    if (DIALOG_ACTIONS.includes(action)) setDialog(action as DialogAction);
    if (action === 'ACCEPT') void accept({ variables });
    if (action === 'START') void start({ variables });
    if (action === 'CLOSE') void close({ variables });
    if (action === 'RESUME_CLOCK') void resume({ variables });
  };
  const place = `${order.location.building.name} · ${order.location.name}`;
  // SUBMIT opens an order: it is never an action on one.
  const actions = order.allowedActions.filter((a) => a !== 'SUBMIT');

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title={
          <Space wrap>
            <Button type="link" onClick={() => navigate(-1)} style={{ paddingLeft: 0 }}>
              ‹ {t('app.back')}
            </Button>
            <h1 style={{ fontSize: 18, margin: 0 }}>{order.number}</h1>
            <StatusTag status={order.status} />
            <PriorityTag priority={order.priority} />
          </Space>
        }
        extra={
          <Space wrap aria-label={t('workOrder.actions')}>
            {actions.map((action) => (
              <Button
                key={action}
                type={action === 'SIGN_OFF' ? 'primary' : 'default'}
                danger={action === 'CANCEL'}
                disabled={busy}
                onClick={() => run(action)}
              >
                {t(`workOrder.actionNames.${action}`)}
              </Button>
            ))}
          </Space>
        }
      >
        <Typography.Title level={2} style={{ fontSize: 16 }}>
          {order.title}
        </Typography.Title>
        <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }}>
          <Descriptions.Item label={t('workOrder.location')}>{place}</Descriptions.Item>
          <Descriptions.Item label={t('workOrder.department')}>{order.department.name}</Descriptions.Item>
          <Descriptions.Item label={t('workOrder.category')}>{order.category}</Descriptions.Item>
          <Descriptions.Item label={t('workOrder.source')}>{t(`workOrder.sources.${order.source}`)}</Descriptions.Item>
          <Descriptions.Item label={t('workOrder.requester')}>{order.requester?.name ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('workOrder.owner')}>{order.owner?.name ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('workOrder.team')}>{order.team?.name ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('workOrder.technician')}>{order.technician?.name ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('workOrder.submittedAt')}>{formatTime(order.submittedAt)}</Descriptions.Item>
          <Descriptions.Item label={t('workOrder.responseDue')}>
            {formatTime(order.sla.responseDueAt)} {order.sla.responseBreached && <Tag color="#a8071a">{t('workOrder.overdue')}</Tag>}
          </Descriptions.Item>
          <Descriptions.Item label={t('workOrder.resolutionDue')}>
            {formatTime(order.sla.resolutionDueAt)} {order.sla.resolutionBreached && <Tag color="#a8071a">{t('workOrder.overdue')}</Tag>}
          </Descriptions.Item>
          {order.rating !== null && order.rating !== undefined && (
            <Descriptions.Item label={t('workOrder.rating')}>
              <Rate disabled value={order.rating} /> {order.feedback}
            </Descriptions.Item>
          )}
        </Descriptions>
        {order.description && <Typography.Paragraph>{order.description}</Typography.Paragraph>}
      </Card>
      <Card title={t('workOrder.timeline')}>
        <Timeline
          items={order.timeline.map((step) => ({
            children: (
              <span>
                {formatTime(step.occurredAt)} · {step.actorName} · {t(`workOrder.statuses.${step.toStatus}`)}
                {step.reason ? ` · ${step.reason}` : ''}
              </span>
            ),
          }))}
        />
      </Card>
      <Card title={t('workOrder.parts')}>
        {order.parts.length ? (
          <Table
            rowKey={(p) => `${p.item.id}:${p.completion}`}
            size="small"
            pagination={false}
            dataSource={order.parts}
            columns={[
              { title: t('workOrder.parts'), render: (_, p) => p.item.name },
              { title: t('workOrder.quantity'), dataIndex: 'quantity' },
            ]}
          />
        ) : (
          <Empty description={t('workOrder.noParts')} />
        )}
        <Descriptions size="small" style={{ marginTop: 16 }} title={t('workOrder.cost')} column={{ xs: 2, sm: 4 }}>
          <Descriptions.Item label={t('workOrder.labour')}>{formatYuan(order.cost.labourFen)}</Descriptions.Item>
          <Descriptions.Item label={t('workOrder.parts')}>{formatYuan(order.cost.partsFen)}</Descriptions.Item>
          <Descriptions.Item label={t('workOrder.vendor')}>{formatYuan(order.cost.vendorFen)}</Descriptions.Item>
          <Descriptions.Item label={t('workOrder.total')}>{formatYuan(order.cost.totalFen)}</Descriptions.Item>
        </Descriptions>
      </Card>
      {dialog && (
        <WorkOrderActionDialog
          action={dialog}
          order={{ id: order.id, number: order.number, technicianId: order.technician?.id ?? null }}
          onClose={(changed) => {
            setDialog(null);
            if (changed) void refetch();
          }}
        />
      )}
    </Space>
  );
}
