import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Form, Input, InputNumber, Modal, Radio, Rate, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClockPauseReason } from '../gql/graphql';
import { errorMessage } from '../graphql/client';
import {
  CancelWorkOrderMutation,
  CompleteWorkOrderMutation,
  DispatchWorkOrderMutation,
  PartItemsQuery,
  PauseWorkOrderClockMutation,
  ReopenWorkOrderMutation,
  SignOffWorkOrderMutation,
  SuggestTechniciansQuery,
} from './work-order.graphql';

/** The actions that ask something before they run: who to send, what was used, why. */
export type DialogAction = 'DISPATCH' | 'COMPLETE' | 'PAUSE_CLOCK' | 'SIGN_OFF' | 'REOPEN' | 'CANCEL';
export const DIALOG_ACTIONS: readonly string[] = ['DISPATCH', 'COMPLETE', 'PAUSE_CLOCK', 'SIGN_OFF', 'REOPEN', 'CANCEL'];
const PAUSE_REASONS: ClockPauseReason[] = ['WAITING_FOR_PARTS', 'WAITING_FOR_VENDOR', 'WAITING_FOR_ACCESS'];

interface Values {
  technician?: string;
  reason?: string;
  rating?: number;
  comment?: string;
  labourMinutes?: number;
  parts?: { itemId?: string; quantity?: number }[];
  note?: string;
  pauseReason?: ClockPauseReason;
}

export function WorkOrderActionDialog({
  action,
  order,
  onClose,
}: {
  action: DialogAction;
  order: { id: string; number: string; technicianId: string | null };
  onClose: (done: boolean) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [itemSearch, setItemSearch] = useState('');
  const suggestions = useQuery(SuggestTechniciansQuery, { variables: { workOrderId: order.id }, skip: action !== 'DISPATCH' });
  const items = useQuery(PartItemsQuery, { variables: { search: itemSearch || null }, skip: action !== 'COMPLETE' });
  const [dispatch, dispatching] = useMutation(DispatchWorkOrderMutation);
  const [complete, completing] = useMutation(CompleteWorkOrderMutation);
  const [pause, pausing] = useMutation(PauseWorkOrderClockMutation);
  const [signOff, signingOff] = useMutation(SignOffWorkOrderMutation);
  const [reopen, reopening] = useMutation(ReopenWorkOrderMutation);
  const [cancel, cancelling] = useMutation(CancelWorkOrderMutation);
  const busy = [dispatching, completing, pausing, signingOff, reopening, cancelling].some((m) => m.loading);
  const reassigning = action === 'DISPATCH' && order.technicianId !== null;
  const workOrderId = order.id;

  const submit = async () => {
    const v = await form.validateFields();
    try {
      if (action === 'DISPATCH') {
        const [teamId, technicianId] = (v.technician ?? '').split('/');
        await dispatch({ variables: { input: { workOrderId, teamId, technicianId, reason: v.reason?.trim() || null } } });
      }
      if (action === 'COMPLETE')
        await complete({
          variables: {
            input: {
              workOrderId,
              labourMinutes: v.labourMinutes ?? 0,
              parts: (v.parts ?? []).filter((p) => p.itemId && p.quantity).map((p) => ({ itemId: p.itemId as string, quantity: p.quantity as number })),
              note: v.note?.trim() || null,
            },
          },
        });
      if (action === 'PAUSE_CLOCK')
        await pause({ variables: { input: { workOrderId, reason: v.pauseReason as ClockPauseReason, note: v.note?.trim() || null } } });
      if (action === 'SIGN_OFF') await signOff({ variables: { input: { workOrderId, rating: v.rating || null, comment: v.comment?.trim() || null } } });
      if (action === 'REOPEN') await reopen({ variables: { input: { workOrderId, reason: v.reason?.trim() ?? '' } } });
      if (action === 'CANCEL') await cancel({ variables: { input: { workOrderId, reason: v.reason?.trim() ?? '' } } });
      void message.success(t('workOrder.done'));
      onClose(true);
    } catch (error) {
      void message.error(errorMessage(error));
    }
  };

  const reasonField = (required: boolean) => (
    <Form.Item
      name="reason"
      label={t('workOrder.reason')}
      rules={required ? [{ required: true, whitespace: true, message: t('workOrder.reasonRequired') }] : []}
    >
      <Input.TextArea rows={3} maxLength={500} />
    </Form.Item>
  );

  return (
    <Modal
      open
      title={action === 'SIGN_OFF' ? t('workOrder.signOffTitle') : `${t(`workOrder.actionNames.${action}`)} · ${order.number}`}
      okText={t('app.submit')}
      cancelText={t('app.cancel')}
      confirmLoading={busy}
      onOk={() => void submit()}
      onCancel={() => onClose(false)}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={{ rating: 5, parts: [] }}>
        {action === 'DISPATCH' && (
          <>
            <Form.Item name="technician" label={t('workOrder.technician')} rules={[{ required: true, message: t('raise.required') }]}>
              <Radio.Group style={{ width: '100%' }}>
                <Space direction="vertical">
                  {(suggestions.data?.suggestTechnicians ?? []).map((s) => (
                    <Radio key={`${s.team.id}/${s.technician.id}`} value={`${s.team.id}/${s.technician.id}`}>
                      {s.technician.name} · {s.team.name} · {t('dispatch.openOrders', { count: s.openOrders })}{' '}
                      {s.onDuty && <Tag color="#237804">{s.onDuty === 'SHIFT' ? t('dispatch.onDuty') : t('dispatch.onCall')}</Tag>}
                      {!s.qualified && <Tag color="#ad4e00">{t('workOrder.unqualified')}</Tag>}
                    </Radio>
                  ))}
                </Space>
              </Radio.Group>
            </Form.Item>
            {reassigning && reasonField(true)}
          </>
        )}
        {action === 'COMPLETE' && (
          <>
            <Form.Item name="labourMinutes" label={t('workOrder.labourMinutes')} rules={[{ required: true, message: t('raise.required') }]}>
              <InputNumber min={1} max={10000} style={{ width: 160 }} />
            </Form.Item>
            <Form.List name="parts">
              {(fields, { add, remove }) => (
                <fieldset style={{ border: 0, padding: 0 }}>
                  <legend style={{ fontSize: 14 }}>{t('workOrder.parts')}</legend>
                  {fields.map((field) => (
                    <Space key={field.key} align="baseline" wrap>
                      <Form.Item name={[field.name, 'itemId']} rules={[{ required: true, message: t('raise.required') }]} label={t('workOrder.part')}>
                        <Select
                          style={{ width: 220 }}
                          showSearch={{ filterOption: false, onSearch: setItemSearch }}
                          placeholder={t('workOrder.partSearch')}
                          options={(items.data?.items.edges ?? []).map(({ node }) => ({ value: node.id, label: `${node.name}（${node.code}）` }))}
                        />
                      </Form.Item>
                      <Form.Item name={[field.name, 'quantity']} rules={[{ required: true, message: t('raise.required') }]} label={t('workOrder.quantity')}>
                        <InputNumber min={1} max={1000} style={{ width: 90 }} />
                      </Form.Item>
                      <Button onClick={() => remove(field.name)}>{t('workOrder.removePart')}</Button>
                    </Space>
                  ))}
                  <Button onClick={() => add({ quantity: 1 })}>{t('workOrder.addPart')}</Button>
                </fieldset>
              )}
            </Form.List>
            <Form.Item name="note" label={t('workOrder.note')} style={{ marginTop: 16 }}>
              <Input.TextArea rows={2} maxLength={500} />
            </Form.Item>
          </>
        )}
        {action === 'PAUSE_CLOCK' && (
          <>
            <Form.Item name="pauseReason" label={t('workOrder.reason')} rules={[{ required: true, message: t('workOrder.reasonRequired') }]}>
              <Radio.Group options={PAUSE_REASONS.map((r) => ({ value: r, label: t(`workOrder.pauseReasons.${r}`) }))} />
            </Form.Item>
            <Form.Item name="note" label={t('workOrder.note')}>
              <Input maxLength={200} />
            </Form.Item>
          </>
        )}
        {action === 'SIGN_OFF' && (
          <>
            <Typography.Paragraph>{t('workOrder.signOffHint')}</Typography.Paragraph>
            <Form.Item name="rating" label={t('workOrder.rating')}>
              <Rate />
            </Form.Item>
            <Form.Item name="comment" label={t('workOrder.feedback')}>
              <Input.TextArea rows={3} maxLength={500} />
            </Form.Item>
          </>
        )}
        {(action === 'REOPEN' || action === 'CANCEL') && reasonField(true)}
      </Form>
    </Modal>
  );
}
