import { DndContext, KeyboardSensor, PointerSensor, useDraggable, useDroppable, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import type { ApolloClient } from '@apollo/client';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { App, Badge, Card, Form, Input, List, Modal, Select, Space, Tag, Typography } from 'antd';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCaller } from '../app/caller-context';
import { PageState } from '../common/page-state';
import type { BoardOrderFragment, DispatchBoardOrdersQuery as DispatchBoardOrdersResult } from '../gql/graphql';
import { errorMessage } from '../graphql/client';
import { WorkOrderSummary } from '../work-order/work-order-summary';
import { PriorityTag } from '../work-order/work-order-tags';
import { laneId, parseLaneId, planMove, type Lane } from './board-moves';
import { DispatchWorkOrderMutation } from '../work-order/work-order.graphql';
import { DispatchBoardOrdersQuery, DispatchCrewsQuery } from './dispatch.graphql';

/** Trades whose crews take work orders (cleaning and security crews have their own services). */
const MAINTENANCE_TRADES = new Set(['PLUMBING', 'ELECTRICAL', 'HVAC', 'ELEVATOR', 'CARPENTRY', 'GENERAL']);
type Order = BoardOrderFragment;
interface TechnicianLane {
  lane: Extract<Lane, { kind: 'technician' }>;
  name: string;
  teamName: string;
}
interface PendingMove {
  order: Order;
  to: TechnicianLane;
}

/** Every open order of the campus, page by page (a busy campus has hundreds). */
async function fetchOpenOrders(client: ApolloClient, campusId: string): Promise<Order[]> {
  const orders: Order[] = [];
  let after: string | null = null;
  do {
    const page: { data?: DispatchBoardOrdersResult; error?: unknown } = await client.query({
      query: DispatchBoardOrdersQuery,
      variables: { campusId, after },
      fetchPolicy: 'network-only',
    });
    if (!page.data) throw page.error ?? new Error('no data');
    orders.push(...page.data.workOrders.edges.map((e) => e.node));
    after = page.data.workOrders.pageInfo.hasNextPage ? (page.data.workOrders.pageInfo.endCursor ?? null) : null;
  } while (after);
  return orders;
}

/** The board's orders, loaded again when the campus changes or on retry; a dispatch replaces its card in place. */
function useOpenOrders(campusId: string | null) {
  const client = useApolloClient();
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<{ key: string; orders: Order[]; error?: unknown }>({ key: '', orders: [] });
  const key = `${campusId}:${attempt}`;
  useEffect(() => {
    if (!campusId) return;
    let current = true;
    fetchOpenOrders(client, campusId).then(
      (orders) => current && setState({ key, orders }),
      (error: unknown) => current && setState({ key, orders: [], error }),
    );
    return () => {
      current = false;
    };
  }, [client, campusId, key]);
  const update = useCallback(
    (changed: Pick<Order, 'id'> & Partial<Order>) => setState((s) => ({ ...s, orders: s.orders.map((o) => (o.id === changed.id ? { ...o, ...changed } : o)) })),
    [],
  );
  const loaded = state.key === key;
  return { orders: loaded ? state.orders : [], error: loaded ? state.error : undefined, loading: !loaded, reload: () => setAttempt((a) => a + 1), update };
}

/** 调度台: open orders by technician, dragged (or moved with the keyboard) onto the person who should take them. */
export default function DispatchBoardPage() {
  const { t, i18n } = useTranslation();
  const { caller, campusId: selected } = useCaller();
  const [picked, setPicked] = useState<string | null>(null);
  const campusId = selected ?? picked;
  const { message } = App.useApp();
  const orders = useOpenOrders(campusId);
  const crews = useQuery(DispatchCrewsQuery, { variables: { campusId: campusId ?? '' }, skip: !campusId });
  const [dispatch] = useMutation(DispatchWorkOrderMutation);
  const [pending, setPending] = useState<PendingMove | null>(null);
  const [reasonForm] = Form.useForm<{ reason: string }>();
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }), useSensor(KeyboardSensor));

  const lanes = useMemo<TechnicianLane[]>(
    () =>
      (crews.data?.teams.edges ?? [])
        .filter(({ node }) => MAINTENANCE_TRADES.has(node.trade))
        .flatMap(({ node: team }) =>
          team.members.edges.map(({ node: member }) => ({
            lane: { kind: 'technician' as const, staffId: member.id, teamId: team.id },
            name: member.name,
            teamName: team.name,
          })),
        ),
    [crews.data],
  );
  const onDuty = useMemo(() => new Map((crews.data?.onDutyNow ?? []).map((shift) => [shift.staff.id, shift.kind])), [crews.data]);
  const byLane = useMemo(() => {
    const grouped = new Map<string, Order[]>();
    for (const order of orders.orders) {
      const key = order.technician && order.team ? laneId({ kind: 'technician', staffId: order.technician.id, teamId: order.team.id }) : 'unassigned';
      grouped.set(key, [...(grouped.get(key) ?? []), order]);
    }
    // Most urgent first: the earliest due time of the clock that is running.
    for (const list of grouped.values()) list.sort((a, b) => dueOf(a).localeCompare(dueOf(b)));
    return grouped;
  }, [orders.orders]);

  const send = async (move: PendingMove, reason: string | null) => {
    try {
      const { data } = await dispatch({
        variables: { input: { workOrderId: move.order.id, teamId: move.to.lane.teamId, technicianId: move.to.lane.staffId, reason } },
      });
      if (data) {
        orders.update(data.dispatchWorkOrder);
        void message.success(t('dispatch.dispatched', { number: move.order.number, name: move.to.name }));
      }
      return true;
    } catch (error) {
      void message.error(errorMessage(error));
      return false;
    }
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const order = orders.orders.find((o) => o.id === active.id);
    const lane = over ? parseLaneId(String(over.id)) : null;
    if (!order || !lane) return;
    const move = planMove({ id: order.id, technicianId: order.technician?.id ?? null, allowedActions: order.allowedActions }, lane);
    if (move.kind === 'refused') void message.warning(t(move.why === 'NOT_DISPATCHABLE' ? 'dispatch.notDispatchable' : 'dispatch.cannotUnassign'));
    if (move.kind !== 'dispatch') return;
    const to = lanes.find((l) => l.lane.staffId === move.technicianId && l.lane.teamId === move.teamId);
    if (!to) return;
    if (move.needsReason) {
      reasonForm.resetFields();
      setPending({ order, to });
    } else void send({ order, to }, null);
  };

  if (!campusId)
    return (
      <Card title={<h1 style={{ fontSize: 18, margin: 0 }}>{t('dispatch.title')}</h1>}>
        <Select
          aria-label={t('dispatch.pickCampus')}
          placeholder={t('dispatch.pickCampus')}
          style={{ minWidth: 200 }}
          onChange={(id: string) => setPicked(id)}
          options={caller.campuses.map((c) => ({ value: c.id, label: i18n.language === 'en' ? (c.nameEn ?? c.name) : c.name }))}
        />
      </Card>
    );
  if (orders.error || crews.error) return <PageState error={orders.error ?? crews.error} retry={orders.reload} />;
  if ((orders.loading && !orders.orders.length) || (crews.loading && !crews.data)) return <PageState loading />;

  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <h1 style={{ fontSize: 18, margin: 0 }}>{t('dispatch.title')}</h1>
        <Typography.Text type="secondary">{t('dispatch.dragHint')}</Typography.Text>
      </Space>
      <DndContext sensors={sensors} onDragEnd={onDragEnd} accessibility={{ screenReaderInstructions: { draggable: t('dispatch.dragHint') } }}>
        <div style={{ display: 'flex', gap: 12, alignItems: 'flex-start', overflowX: 'auto', paddingBottom: 8 }}>
          <BoardLane
            id="unassigned"
            title={t('dispatch.unassigned')}
            subtitle={t('dispatch.openOrders', { count: byLane.get('unassigned')?.length ?? 0 })}
            orders={byLane.get('unassigned') ?? []}
          />
          {lanes.map((l) => {
            const id = laneId(l.lane);
            const duty = onDuty.get(l.lane.staffId);
            return (
              <BoardLane
                key={id}
                id={id}
                title={l.name}
                subtitle={`${l.teamName} · ${t('dispatch.openOrders', { count: byLane.get(id)?.length ?? 0 })}`}
                badge={duty ? (duty === 'SHIFT' ? t('dispatch.onDuty') : t('dispatch.onCall')) : undefined}
                orders={byLane.get(id) ?? []}
              />
            );
          })}
          <Card size="small" title={t('dispatch.onDuty')} style={{ minWidth: 200, flex: '0 0 200px' }}>
            <List
              size="small"
              dataSource={crews.data?.onDutyNow ?? []}
              locale={{ emptyText: <span style={{ color: 'rgba(0, 0, 0, 0.65)' }}>{t('dispatch.noneOnDuty')}</span> }}
              renderItem={(shift) => (
                <List.Item>
                  {shift.staff.name} · {shift.team?.name ?? t('dispatch.teamless')}
                  {shift.kind === 'ON_CALL' && <Tag style={{ marginLeft: 4 }}>{t('dispatch.onCall')}</Tag>}
                </List.Item>
              )}
            />
          </Card>
        </div>
      </DndContext>
      <Modal
        open={pending !== null}
        title={pending ? t('dispatch.reassignTitle', { number: pending.order.number }) : ''}
        okText={pending ? t('dispatch.reassignTo', { name: pending.to.name }) : ''}
        cancelText={t('app.cancel')}
        onCancel={() => setPending(null)}
        onOk={async () => {
          const { reason } = await reasonForm.validateFields();
          if (pending && (await send(pending, reason.trim()))) setPending(null);
        }}
        destroyOnHidden
      >
        <Form form={reasonForm} layout="vertical">
          <Form.Item name="reason" label={t('workOrder.reason')} rules={[{ required: true, whitespace: true, message: t('workOrder.reasonRequired') }]}>
            <Input.TextArea rows={3} maxLength={500} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}

const dueOf = (order: Order) => (order.status === 'SUBMITTED' || order.status === 'DISPATCHED' ? order.sla.responseDueAt : order.sla.resolutionDueAt);

/** A card's height before it is measured (number, fault, place, clock); cards are measured as they render. */
const CARD_HEIGHT = 128;
const CARD_GAP = 8;

/**
 * A lane's cards, virtualised: a lane may hold hundreds, and only those scrolled into view are rendered (and so
 * re-rendered while a card is dragged). Scrollable by keyboard too (it takes focus).
 */
function LaneCards({ label, orders }: { label: string; orders: Order[] }) {
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual's API returns functions by design
  const virtualizer = useVirtualizer({
    count: orders.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => CARD_HEIGHT + CARD_GAP,
    overscan: 4,
  });
  return (
    <div ref={scroller} tabIndex={0} role="list" aria-label={label} style={{ maxHeight: 'calc(100vh - 240px)', minHeight: 160, overflowY: 'auto' }}>
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => (
          <div
            key={orders[item.index].id}
            role="listitem"
            data-index={item.index}
            ref={virtualizer.measureElement}
            style={{ position: 'absolute', top: 0, left: 0, width: '100%', paddingBottom: CARD_GAP, transform: `translateY(${item.start}px)` }}
          >
            <OrderCard order={orders[item.index]} />
          </div>
        ))}
      </div>
    </div>
  );
}

function BoardLane({ id, title, subtitle, badge, orders }: { id: string; title: string; subtitle: string; badge?: string; orders: Order[] }) {
  const { setNodeRef, isOver } = useDroppable({ id });
  return (
    <section
      ref={setNodeRef}
      aria-label={title}
      data-lane={id}
      style={{
        minWidth: 240,
        flex: '0 0 240px',
        background: isOver ? '#e6f4ff' : '#fafafa',
        border: '1px solid #d9d9d9',
        borderRadius: 8,
        padding: 8,
      }}
    >
      <div style={{ marginBottom: 8 }}>
        <Typography.Text strong>{title}</Typography.Text> {badge && <Badge status="success" text={badge} />}
        <div>
          <Typography.Text type="secondary">{subtitle}</Typography.Text>
        </div>
      </div>
      <LaneCards label={title} orders={orders} />
    </section>
  );
}

/**
 * One card per order. dnd-kit re-renders every draggable while a card moves, so the draggable part is kept tiny (a
 * positioned wrapper and its grip button, pointer or keyboard) and the card's content is memoised apart: a drag
 * across 500 cards repaints one card, not 500 (bench section 9).
 */
const OrderCard = memo(function OrderCard({ order }: { order: Order }) {
  const { t } = useTranslation();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, isDragging } = useDraggable({ id: order.id });
  const style = {
    transform: transform ? `translate3d(${transform.x}px, ${transform.y}px, 0)` : undefined,
    opacity: isDragging ? 0.7 : 1,
    position: 'relative' as const,
    zIndex: isDragging ? 10 : undefined,
  };
  return (
    <div ref={setNodeRef} style={style} data-order={order.number}>
      <button
        ref={setActivatorNodeRef}
        {...listeners}
        {...attributes}
        type="button"
        aria-label={t('dispatch.move', { number: order.number })}
        data-grip
        style={{
          position: 'absolute',
          top: 8,
          left: 8,
          zIndex: 1,
          cursor: 'grab',
          border: '1px solid #d9d9d9',
          borderRadius: 4,
          background: '#fff',
          padding: '0 6px',
          touchAction: 'none',
        }}
      >
        ⠿
      </button>
      <OrderCardContent order={order} />
    </div>
  );
});

const OrderCardContent = memo(function OrderCardContent({ order }: { order: Order }) {
  return (
    <Card size="small" styles={{ body: { padding: '8px 8px 8px 40px' } }}>
      <Space direction="vertical" size={2} style={{ width: '100%' }}>
        <Space wrap size={4}>
          <Link to={`/work-orders/${order.id}`}>{order.number}</Link>
          <PriorityTag priority={order.priority} />
        </Space>
        <WorkOrderSummary order={order} />
      </Space>
    </Card>
  );
});
