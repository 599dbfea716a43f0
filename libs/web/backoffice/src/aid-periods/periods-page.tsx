import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Flex,
  Form,
  Input,
  Popconfirm,
  Row,
  Select,
  Table,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { AidAdjustmentChannels, type AidPeriodDto } from '@shanhai/shared/contracts';
import { useErrorMessage, useLocale } from '@shanhai/web/shared';
import { useAidAdjustment, useAidPeriods, useCloseAidPeriod } from '../api/aid-periods';
import { formatDateTime } from '../format/date-time';
import { formatYuan } from '../format/money';
import { useSessionEndsOn401 } from '../shell/admin-gate';
import { BACKOFFICE_NS } from '../shell/backoffice-messages';
import { closableMonths, toAdjustmentRequest, type AdjustmentProblems } from './adjustment-request';
import { AID_PERIODS_NS } from './periods-messages';

/** Today in Beijing, 'YYYY-MM-DD': the accounting months are Beijing's. */
const beijingToday = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

function CloseMonth({ closed }: { closed: readonly string[] }) {
  const { t } = useTranslation([AID_PERIODS_NS, BACKOFFICE_NS]);
  const messageOf = useErrorMessage(BACKOFFICE_NS);
  const { message } = App.useApp();
  const close = useCloseAidPeriod();
  useSessionEndsOn401(close.error);
  const months = closableMonths(beijingToday(), closed);
  const [month, setMonth] = useState<string | undefined>(undefined);

  return (
    <Card title={<h2 className="bo-card-title">{t('close.title')}</h2>} data-testid="close-month">
      {close.isError && <Alert type="error" showIcon className="bo-gap" title={messageOf(close.error)} />}
      <Flex gap={8} wrap>
        <Select
          aria-label={t('close.month')}
          placeholder={t('close.pick')}
          style={{ minWidth: 200 }}
          value={month}
          onChange={setMonth}
          notFoundContent={t('close.nothing')}
          options={months.map((m) => ({ value: m, label: m }))}
        />
        <Popconfirm
          title={t('close.confirm', { month })}
          okText={t('close.ok')}
          cancelText={t('close.cancel')}
          disabled={!month}
          onConfirm={() =>
            month &&
            close.mutate(month, {
              onSuccess: (p) => {
                void message.success(t('close.done', { month: p.period }));
                setMonth(undefined);
              },
            })
          }
        >
          <Button danger disabled={!month} loading={close.isPending}>
            {t('close.submit')}
          </Button>
        </Popconfirm>
      </Flex>
    </Card>
  );
}

interface AdjustmentState {
  amount?: string;
  reason?: string;
  channel?: string;
}

function AdjustmentForm() {
  const { t } = useTranslation([AID_PERIODS_NS, BACKOFFICE_NS]);
  const messageOf = useErrorMessage(BACKOFFICE_NS);
  const { message } = App.useApp();
  const [form] = Form.useForm<AdjustmentState>();
  const adjust = useAidAdjustment();
  useSessionEndsOn401(adjust.error);

  const show = (problems: AdjustmentProblems) =>
    form.setFields(
      (['amount', 'reason', 'channel'] as const).map((name) => ({
        name,
        errors: problems[name] ? [t(problems[name])] : [],
      })),
    );

  const submit = (state: AdjustmentState) => {
    const parsed = toAdjustmentRequest({
      amount: state.amount ?? '',
      reason: state.reason ?? '',
      channel: state.channel ?? '',
    });
    if (!parsed.ok) return show(parsed.problems);
    show({});
    adjust.mutate(parsed.request, {
      onSuccess: (entry) => {
        void message.success(t('adjust.done', { amount: formatYuan(entry.amountFen), period: entry.period }));
        form.resetFields();
      },
    });
  };

  return (
    <Card title={<h2 className="bo-card-title">{t('adjust.title')}</h2>} data-testid="adjustment-form">
      <Typography.Paragraph type="secondary">{t('adjust.hint')}</Typography.Paragraph>
      {adjust.isError && <Alert type="error" showIcon className="bo-gap" title={messageOf(adjust.error)} />}
      <Form<AdjustmentState> form={form} layout="vertical" onFinish={submit} requiredMark={false}>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="amount" label={t('adjust.amount')}>
              <Input inputMode="decimal" autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item name="channel" label={t('adjust.channel')}>
              <Select
                options={AidAdjustmentChannels.map((c) => ({
                  value: c,
                  label: t(`channels.${c}`, { ns: BACKOFFICE_NS }),
                }))}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="reason" label={t('adjust.reason')}>
          <Input.TextArea rows={2} maxLength={200} showCount placeholder={t('adjust.reasonPlaceholder')} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={adjust.isPending}>
          {t('adjust.submit')}
        </Button>
      </Form>
    </Card>
  );
}

/** `/admin/aid/periods`: close an ended month, see the closed ones, and correct by adjustment. */
export function PeriodsPage() {
  const { t } = useTranslation([AID_PERIODS_NS, BACKOFFICE_NS]);
  const messageOf = useErrorMessage(BACKOFFICE_NS);
  const locale = useLocale();
  const periods = useAidPeriods();
  useSessionEndsOn401(periods.error);
  const closed = (periods.data ?? []).map((p) => p.period);

  return (
    <div className="bo-page" data-testid="aid-periods">
      <title>{t('documentTitle', { ns: BACKOFFICE_NS, page: t('title') })}</title>
      <Flex vertical gap={16}>
        <div>
          <Typography.Title level={1} className="bo-title">
            {t('title')}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t('lead')}</Typography.Paragraph>
        </div>
        <CloseMonth closed={closed} />
        <Card title={<h2 className="bo-card-title">{t('list.title')}</h2>} data-testid="closed-months">
          {periods.isError && (
            <Alert type="error" showIcon className="bo-gap" title={messageOf(periods.error)} />
          )}
          <Table<AidPeriodDto>
            size="small"
            rowKey="period"
            loading={periods.isPending}
            dataSource={periods.data ?? []}
            pagination={false}
            locale={{ emptyText: t('list.empty') }}
            columns={[
              { key: 'period', title: t('list.month'), dataIndex: 'period' },
              {
                key: 'closedAt',
                title: t('list.closedAt'),
                render: (_, p) => formatDateTime(p.closedAt, locale),
              },
              {
                key: 'closedBy',
                title: t('list.closedBy'),
                render: (_, p) => <Typography.Text code>{p.closedBy.slice(0, 8)}</Typography.Text>,
              },
            ]}
          />
        </Card>
        <AdjustmentForm />
      </Flex>
    </div>
  );
}
