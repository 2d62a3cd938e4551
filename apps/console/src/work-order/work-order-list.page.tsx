import { useApolloClient, useQuery } from '@apollo/client/react';
import { Button, Card, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useCaller } from '../app/caller-context';
import { exportXlsx } from '../common/export-xlsx';
import { formatTime } from '../common/format';
import { PageState } from '../common/page-state';
import type { WorkOrderPriority, WorkOrderStatus, WorkOrdersQuery as WorkOrdersResult } from '../gql/graphql';
import { WorkOrdersQuery } from './work-order.graphql';
import { PriorityTag, StatusTag } from './work-order-tags';

const PAGE_SIZE = 20;
const EXPORT_LIMIT = 5000;
const STATUSES: WorkOrderStatus[] = ['SUBMITTED', 'DISPATCHED', 'ACCEPTED', 'IN_PROGRESS', 'COMPLETED', 'SIGNED_OFF', 'CLOSED', 'CANCELLED'];
const PRIORITIES: WorkOrderPriority[] = ['URGENT', 'HIGH', 'NORMAL', 'LOW'];
type Row = WorkOrdersResult['workOrders']['edges'][number]['node'];

/** 维修工单: the orders of the caller's campuses (a nurse's: her department's), filtered in the URL so a view can be shared. */
export default function WorkOrderListPage() {
  const { t } = useTranslation();
  const { campusId } = useCaller();
  const client = useApolloClient();
  const [params, setParams] = useSearchParams();
  const status = (params.get('status') as WorkOrderStatus | null) ?? null;
  const priority = (params.get('priority') as WorkOrderPriority | null) ?? null;
  const overdue = params.get('overdue') === '1';
  // Cursors of the pages before this one: keyset pagination has no page numbers.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [exporting, setExporting] = useState(false);
  const filters = { campusId, status, priority, overdue: overdue || null };
  const { data, loading, error, refetch } = useQuery(WorkOrdersQuery, { variables: { ...filters, first: PAGE_SIZE, after: cursors[cursors.length - 1] } });
  const setFilter = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next);
    setCursors([null]);
  };

  const exportAll = async () => {
    setExporting(true);
    try {
      const rows: Row[] = [];
      let after: string | null = null;
      do {
        const page: { data?: WorkOrdersResult } = await client.query({
          query: WorkOrdersQuery,
          variables: { ...filters, first: 100, after },
          fetchPolicy: 'network-only',
        });
        if (!page.data) break;
        rows.push(...page.data.workOrders.edges.map((e) => e.node));
        after = page.data.workOrders.pageInfo.hasNextPage ? (page.data.workOrders.pageInfo.endCursor ?? null) : null;
      } while (after && rows.length < EXPORT_LIMIT);
      await exportXlsx(
        `work-orders-${new Date().toISOString().slice(0, 10)}.xlsx`,
        t('nav.workOrders'),
        [
          { header: t('workOrder.number'), key: 'number', width: 22 },
          { header: t('workOrder.title'), key: 'title', width: 32 },
          { header: t('workOrder.status'), key: 'status' },
          { header: t('workOrder.priority'), key: 'priority' },
          { header: t('workOrder.location'), key: 'location', width: 24 },
          { header: t('workOrder.department'), key: 'department' },
          { header: t('workOrder.technician'), key: 'technician' },
          { header: t('workOrder.submittedAt'), key: 'submittedAt', width: 18 },
          { header: t('workOrder.resolutionDue'), key: 'resolutionDue', width: 18 },
        ],
        rows.map((r) => ({
          number: r.number,
          title: r.title,
          status: t(`workOrder.statuses.${r.status}`),
          priority: t(`workOrder.priorities.${r.priority}`),
          location: `${r.location.building.name} ${r.location.name}`,
          department: r.department.name,
          technician: r.technician?.name ?? '',
          submittedAt: formatTime(r.submittedAt),
          resolutionDue: formatTime(r.sla.resolutionDueAt),
        })),
      );
    } finally {
      setExporting(false);
    }
  };

  const connection = data?.workOrders;
  return (
    <Card
      title={<h1 style={{ fontSize: 18, margin: 0 }}>{t('nav.workOrders')}</h1>}
      extra={
        <Button onClick={() => void exportAll()} loading={exporting} disabled={!connection?.totalCount}>
          {exporting ? t('app.exporting') : t('app.export')}
        </Button>
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          aria-label={t('workOrder.status')}
          style={{ minWidth: 120 }}
          value={status ?? ''}
          onChange={(v: string) => setFilter('status', v || null)}
          options={[
            { value: '', label: `${t('workOrder.status')}: ${t('app.all')}` },
            ...STATUSES.map((s) => ({ value: s, label: t(`workOrder.statuses.${s}`) })),
          ]}
        />
        <Select
          aria-label={t('workOrder.priority')}
          style={{ minWidth: 120 }}
          value={priority ?? ''}
          onChange={(v: string) => setFilter('priority', v || null)}
          options={[
            { value: '', label: `${t('workOrder.priority')}: ${t('app.all')}` },
            ...PRIORITIES.map((p) => ({ value: p, label: t(`workOrder.priorities.${p}`) })),
          ]}
        />
        <Space>
          <Switch id="overdue-only" checked={overdue} onChange={(on) => setFilter('overdue', on ? '1' : null)} />
          <label htmlFor="overdue-only">{t('workOrder.overdueOnly')}</label>
        </Space>
      </Space>
      {error ? (
        <PageState error={error} retry={() => void refetch()} />
      ) : (
        <>
          <Table<Row>
            rowKey="id"
            size="middle"
            loading={loading && !connection}
            dataSource={connection?.edges.map((e) => e.node) ?? []}
            pagination={false}
            scroll={{ x: 900 }}
            locale={{ emptyText: <PageState empty /> }}
            columns={[
              { title: t('workOrder.number'), dataIndex: 'number', render: (_, r) => <Link to={`/work-orders/${r.id}`}>{r.number}</Link> },
              { title: t('workOrder.title'), dataIndex: 'title' },
              { title: t('workOrder.status'), dataIndex: 'status', render: (_, r) => <StatusTag status={r.status} /> },
              { title: t('workOrder.priority'), dataIndex: 'priority', render: (_, r) => <PriorityTag priority={r.priority} /> },
              { title: t('workOrder.location'), render: (_, r) => `${r.location.building.name} ${r.location.name}` },
              { title: t('workOrder.department'), render: (_, r) => r.department.name },
              { title: t('workOrder.technician'), render: (_, r) => r.technician?.name ?? '—' },
              { title: t('workOrder.submittedAt'), render: (_, r) => formatTime(r.submittedAt) },
              {
                title: t('workOrder.resolutionDue'),
                render: (_, r) => (
                  <Space>
                    {formatTime(r.sla.resolutionDueAt)}
                    {(r.sla.responseBreached || r.sla.resolutionBreached) && <Tag color="#a8071a">{t('workOrder.overdue')}</Tag>}
                  </Space>
                ),
              },
            ]}
          />
          <Space style={{ marginTop: 16, justifyContent: 'space-between', width: '100%' }}>
            <Typography.Text>{t('workOrder.count', { count: connection?.totalCount ?? 0 })}</Typography.Text>
            <Space>
              <Button aria-label={t('app.previous')} disabled={cursors.length < 2} onClick={() => setCursors(cursors.slice(0, -1))}>
                ‹
              </Button>
              <Button
                aria-label={t('app.next')}
                disabled={!connection?.pageInfo.hasNextPage}
                onClick={() => connection?.pageInfo.endCursor && setCursors([...cursors, connection.pageInfo.endCursor])}
              >
                ›
              </Button>
            </Space>
          </Space>
        </>
      )}
    </Card>
  );
}
