import { Typography } from 'antd';
import type { CountdownOrder } from './sla-countdown';
import { SlaCountdownTag } from './sla-countdown-tag';

export interface SummaryOrder extends CountdownOrder {
  title: string;
  location: { name: string; building: { name: string } };
}

/** What a card says about an order under its number: the fault, the place and the clock (board, my work). */
export function WorkOrderSummary({ order }: { order: SummaryOrder }) {
  return (
    <>
      <Typography.Text>{order.title}</Typography.Text>
      <Typography.Text type="secondary">
        {order.location.building.name} · {order.location.name}
      </Typography.Text>
      <SlaCountdownTag order={order} />
    </>
  );
}
