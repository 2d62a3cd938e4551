import { useQuery } from '@apollo/client/react';
import { Card, List, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCaller } from '../app/caller-context';
import { PageState } from '../common/page-state';
import { MyWorkQuery } from './work-order.graphql';
import { WorkOrderSummary } from './work-order-summary';
import { PriorityTag, StatusTag } from './work-order-tags';

/** 我的工单: what is dispatched to the technician and not yet done, most urgent first; laid out for a phone. */
export default function MyWorkPage() {
  const { t } = useTranslation();
  const { caller } = useCaller();
  const technicianId = caller.staff?.id;
  const { data, loading, error, refetch } = useQuery(MyWorkQuery, {
    variables: { technicianId: technicianId ?? '' },
    skip: !technicianId,
    fetchPolicy: 'cache-and-network',
  });
  if (!technicianId) return <PageState empty />;
  if (!data) return <PageState loading={loading} error={error} retry={() => void refetch()} />;
  const orders = [...data.workOrders.edges.map((e) => e.node)].sort((a, b) => a.sla.resolutionDueAt.localeCompare(b.sla.resolutionDueAt));
  return (
    <Card title={<h1 style={{ fontSize: 18, margin: 0 }}>{t('myWork.title')}</h1>} styles={{ body: { padding: 8 } }}>
      <List
        dataSource={orders}
        locale={{ emptyText: t('myWork.empty') }}
        renderItem={(order) => (
          <List.Item>
            <Link to={`/work-orders/${order.id}`} style={{ display: 'block', width: '100%', color: 'inherit' }} aria-label={`${order.number} ${order.title}`}>
              <Space direction="vertical" size={4} style={{ width: '100%' }}>
                <Space wrap size={4}>
                  <Typography.Text strong>{order.number}</Typography.Text>
                  <StatusTag status={order.status} />
                  <PriorityTag priority={order.priority} />
                </Space>
                <WorkOrderSummary order={order} />
              </Space>
            </Link>
          </List.Item>
        )}
      />
    </Card>
  );
}
