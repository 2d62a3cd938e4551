import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Form, Input, InputNumber, Radio, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCaller } from '../app/caller-context';
import { PageState } from '../common/page-state';
import type { WorkOrderPriority } from '../gql/graphql';
import { errorMessage } from '../graphql/client';
import { PlacesQuery, RepairTradesQuery, SubmitRepairRequestMutation } from './work-order.graphql';

const PRIORITIES: WorkOrderPriority[] = ['URGENT', 'HIGH', 'NORMAL', 'LOW'];

interface RaiseRequestValues {
  campusId: string;
  locationId: string;
  category: string;
  priority: WorkOrderPriority;
  title: string;
  description?: string;
  answers?: Record<string, string | number | undefined>;
}

/** 报修: a fault raised in the console, by the person who found it or on someone's behalf; the category's questions asked up front. */
export default function RaiseRequestPage() {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  const { caller, campusId: currentCampus } = useCaller();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<RaiseRequestValues>();
  const campusId = Form.useWatch('campusId', form) ?? currentCampus ?? caller.campuses[0]?.id;
  const category = Form.useWatch('category', form);
  const [search, setSearch] = useState('');
  const trades = useQuery(RepairTradesQuery, { variables: { campusId: campusId ?? '' }, skip: !campusId });
  const places = useQuery(PlacesQuery, { variables: { campusId: campusId ?? '', search: search || null }, skip: !campusId });
  const [submit, submitting] = useMutation(SubmitRepairRequestMutation);
  const trade = trades.data?.repairTrades.find((tr) => tr.category === category);

  const onFinish = async (values: RaiseRequestValues) => {
    try {
      const answers = Object.entries(values.answers ?? {})
        .filter(([, value]) => value !== undefined && value !== '')
        .map(([key, value]) => ({ key, value: String(value) }));
      const { data } = await submit({
        variables: {
          input: {
            campusId: values.campusId,
            locationId: values.locationId,
            category: values.category,
            priority: values.priority,
            title: values.title.trim(),
            description: values.description?.trim() || null,
            answers,
          },
        },
      });
      if (!data) return;
      void message.success(t('raise.submitted', { number: data.submitRepairRequest.number }));
      navigate(`/work-orders/${data.submitRepairRequest.id}`);
    } catch (error) {
      void message.error(errorMessage(error));
    }
  };

  if (trades.error) return <PageState error={trades.error} retry={() => void trades.refetch()} />;
  return (
    <Card title={<h1 style={{ fontSize: 18, margin: 0 }}>{t('raise.title')}</h1>} style={{ maxWidth: 760 }}>
      <Typography.Paragraph type="secondary">{t('raise.onBehalf')}</Typography.Paragraph>
      <Form<RaiseRequestValues>
        form={form}
        layout="vertical"
        initialValues={{ campusId, priority: 'NORMAL' }}
        onFinish={(values) => void onFinish(values)}
        requiredMark
      >
        <Form.Item name="campusId" label={t('raise.campus')} rules={[{ required: true }]} hidden={caller.campuses.length < 2}>
          <Select
            onChange={() => form.setFieldsValue({ locationId: undefined, category: undefined })}
            options={caller.campuses.map((c) => ({ value: c.id, label: english ? (c.nameEn ?? c.name) : c.name }))}
          />
        </Form.Item>
        <Form.Item name="locationId" label={t('raise.location')} rules={[{ required: true }]}>
          <Select
            showSearch={{ filterOption: false, onSearch: setSearch }}
            placeholder={t('raise.locationSearch')}
            loading={places.loading}
            options={(places.data?.locations.edges ?? []).map(({ node }) => ({
              value: node.id,
              label: [node.building.name, node.floor?.name, node.name].filter(Boolean).join(' · '),
            }))}
          />
        </Form.Item>
        <Form.Item name="category" label={t('raise.trade')} rules={[{ required: true }]}>
          <Radio.Group
            optionType="button"
            options={(trades.data?.repairTrades ?? []).map((tr) => ({ value: tr.category, label: english ? tr.nameEn : tr.nameZh }))}
          />
        </Form.Item>
        <Form.Item name="priority" label={t('raise.priority')} rules={[{ required: true }]}>
          <Radio.Group optionType="button" options={PRIORITIES.map((p) => ({ value: p, label: t(`workOrder.priorities.${p}`) }))} />
        </Form.Item>
        <Form.Item name="title" label={t('raise.summary')} rules={[{ required: true, whitespace: true, max: 200 }]}>
          <Input placeholder={t('raise.summaryPlaceholder')} maxLength={200} />
        </Form.Item>
        <Form.Item name="description" label={t('raise.description')}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        {trade && trade.questions.length > 0 && (
          <fieldset style={{ border: 0, padding: 0 }}>
            <legend style={{ fontSize: 14, fontWeight: 600 }}>{t('raise.questions')}</legend>
            {trade.questions.map((q) => (
              <Form.Item
                key={q.key}
                name={['answers', q.key]}
                label={english ? q.questionEn : q.questionZh}
                rules={q.required ? [{ required: true, message: t('raise.required') }] : []}
              >
                {q.answerType === 'YES_NO' ? (
                  <Radio.Group
                    options={[
                      { value: 'YES', label: t('app.yes') },
                      { value: 'NO', label: t('app.no') },
                    ]}
                  />
                ) : q.answerType === 'NUMBER' ? (
                  <InputNumber />
                ) : q.answerType === 'CHOICE' ? (
                  <Select options={q.choices.map((c) => ({ value: c, label: c }))} />
                ) : (
                  <Input maxLength={500} />
                )}
              </Form.Item>
            ))}
          </fieldset>
        )}
        <Button type="primary" htmlType="submit" loading={submitting.loading}>
          {t('app.submit')}
        </Button>
      </Form>
    </Card>
  );
}
