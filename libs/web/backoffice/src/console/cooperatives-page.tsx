import { useState } from 'react';
import { useSearchParams } from 'react-router';
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Drawer,
  Flex,
  Form,
  Input,
  Popconfirm,
  Space,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import {
  CooperativeStatuses,
  type CooperativeApplicationDto,
  type CooperativeStatus,
} from '@shanhai/shared/contracts';
import { useLocale, useLocalized } from '@shanhai/web/shared';
import { formatDateTime } from '../format/date-time';
import { useSessionEndsOn401 } from '../shell/admin-gate';
import { bpsToPercent, percentToBps } from './commission';
import { useCooperativeAction, useCooperativeApplication, useCooperativeQueue } from './console-api';
import { CONSOLE_NS } from './console-messages';
import { PageHeading, ReasonModal, useConsoleError } from './console-ui';

const STATUS_COLOURS: Record<CooperativeStatus, string> = {
  pending: 'gold',
  approved: 'green',
  rejected: 'red',
  suspended: 'volcano',
};

function statusOf(params: URLSearchParams): CooperativeStatus {
  const status = params.get('status');
  return (CooperativeStatuses as readonly string[]).includes(status ?? '') ? (status as CooperativeStatus) : 'pending';
}

/** `/admin/cooperatives`: applications to review, and the sellers approved, suspended or rejected. */
export function CooperativesPage() {
  const { t } = useTranslation(CONSOLE_NS);
  const errorOf = useConsoleError();
  const localize = useLocalized();
  const locale = useLocale();
  const [params, setParams] = useSearchParams();
  const status = statusOf(params);
  const openId = params.get('open');
  const queue = useCooperativeQueue(status);
  useSessionEndsOn401(queue.error);

  const open = (id: string | null) => {
    const next = new URLSearchParams(params);
    if (id) next.set('open', id);
    else next.delete('open');
    setParams(next);
  };

  return (
    <div className="bo-page" data-testid="console-cooperatives">
      <Flex vertical gap={16}>
        <PageHeading title={t('cooperatives.title')} lead={t('cooperatives.lead')} />
        <Card>
          <Tabs
            activeKey={status}
            onChange={(key) => setParams(key === 'pending' ? {} : { status: key })}
            items={CooperativeStatuses.map((s) => ({ key: s, label: t(`cooperativeStatus.${s}`) }))}
          />
          {queue.isError && <Alert type="error" showIcon className="bo-gap" title={errorOf(queue.error)} />}
          <Table<CooperativeApplicationDto>
            size="small"
            rowKey="id"
            loading={queue.isPending}
            dataSource={queue.data ?? []}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t(`cooperatives.empty.${status}`) }}
            columns={[
              {
                key: 'name',
                title: t('cooperatives.name'),
                render: (_, c) => (
                  <Button type="link" className="bo-link-button" onClick={() => open(c.id)}>
                    {localize(c.name)}
                  </Button>
                ),
              },
              {
                key: 'place',
                title: t('cooperatives.place'),
                render: (_, c) => `${localize(c.township.name)} · ${localize(c.village.name)}`,
              },
              { key: 'form', title: t('cooperatives.legalForm'), render: (_, c) => t(`legalForms.${c.legalForm}`) },
              {
                key: 'households',
                title: t('cooperatives.households'),
                align: 'right',
                render: (_, c) => t('cooperatives.householdCount', { households: c.linkedHouseholds, persons: c.linkedPersons }),
              },
              {
                key: 'commission',
                title: t('cooperatives.commission'),
                align: 'right',
                render: (_, c) => `${bpsToPercent(c.commissionBps)} %`,
              },
              { key: 'at', title: t('cooperatives.appliedAt'), render: (_, c) => formatDateTime(c.createdAt, locale) },
            ]}
          />
        </Card>
      </Flex>
      <Drawer
        open={openId !== null}
        onClose={() => open(null)}
        size="large"
        title={t('cooperatives.detailTitle')}
        destroyOnHidden
      >
        {openId && <CooperativeDetail id={openId} />}
      </Drawer>
    </div>
  );
}

function CooperativeDetail({ id }: { id: string }) {
  const { t } = useTranslation(CONSOLE_NS);
  const errorOf = useConsoleError();
  const localize = useLocalized();
  const locale = useLocale();
  const detail = useCooperativeApplication(id);
  const action = useCooperativeAction(id);
  const [asking, setAsking] = useState<'reject' | 'suspend' | null>(null);

  if (detail.isPending) return <Typography.Text type="secondary">{t('loading')}</Typography.Text>;
  if (detail.isError) return <Alert type="error" showIcon title={errorOf(detail.error)} />;
  const c = detail.data;

  return (
    <Flex vertical gap={16} data-testid="cooperative-detail">
      <Typography.Title level={2} className="bo-card-title">
        {localize(c.name)} <Tag color={STATUS_COLOURS[c.status]}>{t(`cooperativeStatus.${c.status}`)}</Tag>
      </Typography.Title>
      {c.statusReason && (
        <Alert type="warning" showIcon title={t('cooperatives.statusReason', { reason: c.statusReason })} />
      )}
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('cooperatives.creditCode')}>
          <Typography.Text code copyable>
            {c.creditCode}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('cooperatives.legalForm')}>{t(`legalForms.${c.legalForm}`)}</Descriptions.Item>
        <Descriptions.Item label={t('cooperatives.place')}>
          {localize(c.township.name)} · {localize(c.village.name)}
        </Descriptions.Item>
        <Descriptions.Item label={t('cooperatives.contact')}>
          {c.contactName} · {c.contactPhone} · {c.contactEmail}
        </Descriptions.Item>
        <Descriptions.Item label={t('cooperatives.households')}>
          {t('cooperatives.householdCount', { households: c.linkedHouseholds, persons: c.linkedPersons })}
        </Descriptions.Item>
        <Descriptions.Item label={t('cooperatives.mechanisms')}>
          {c.benefitMechanisms.length === 0 ? (
            t('cooperatives.noMechanisms')
          ) : (
            <ul className="bo-plain-list">
              {c.benefitMechanisms.map((m, index) => (
                <li key={index}>
                  <Tag>{t(`mechanisms.${m.type}`)}</Tag> {localize(m.description)}
                </li>
              ))}
            </ul>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('cooperatives.story')}>
          <Typography.Paragraph className="bo-pre">{c.story.zh}</Typography.Paragraph>
          {c.story.en && <Typography.Paragraph className="bo-pre" type="secondary">{c.story.en}</Typography.Paragraph>}
        </Descriptions.Item>
        <Descriptions.Item label={t('cooperatives.appliedAt')}>{formatDateTime(c.createdAt, locale)}</Descriptions.Item>
        {c.reviewedAt && (
          <Descriptions.Item label={t('cooperatives.reviewedAt')}>{formatDateTime(c.reviewedAt, locale)}</Descriptions.Item>
        )}
      </Descriptions>

      {action.isError && !asking && <Alert type="error" showIcon title={errorOf(action.error)} />}
      <Space wrap>
        {c.status === 'pending' && (
          <>
            <Popconfirm
              title={t('cooperatives.approveConfirm')}
              okText={t('actions.approve')}
              cancelText={t('actions.cancel')}
              onConfirm={() => action.mutate({ kind: 'approve' })}
            >
              <Button type="primary" loading={action.isPending}>
                {t('actions.approve')}
              </Button>
            </Popconfirm>
            <Button danger onClick={() => setAsking('reject')}>
              {t('actions.reject')}
            </Button>
          </>
        )}
        {c.status === 'approved' && (
          <Button danger onClick={() => setAsking('suspend')}>
            {t('actions.suspend')}
          </Button>
        )}
        {c.status === 'suspended' && (
          <Popconfirm
            title={t('cooperatives.reinstateConfirm')}
            okText={t('actions.reinstate')}
            cancelText={t('actions.cancel')}
            onConfirm={() => action.mutate({ kind: 'reinstate' })}
          >
            <Button type="primary" loading={action.isPending}>
              {t('actions.reinstate')}
            </Button>
          </Popconfirm>
        )}
      </Space>
      {(c.status === 'approved' || c.status === 'suspended') && (
        <CommissionForm key={c.commissionBps} cooperative={c} />
      )}
      <ReasonModal
        open={asking !== null}
        title={asking === 'suspend' ? t('cooperatives.suspendTitle') : t('cooperatives.rejectTitle')}
        description={t('cooperatives.reasonNote')}
        confirmText={asking === 'suspend' ? t('actions.suspend') : t('actions.reject')}
        pending={action.isPending}
        error={action.error}
        onCancel={() => {
          setAsking(null);
          action.reset();
        }}
        onConfirm={(reason) =>
          asking &&
          action.mutate({ kind: asking, reason }, { onSuccess: () => setAsking(null) })
        }
      />
    </Flex>
  );
}

/** The platform's commission for one seller: typed in %, sent as basis points (5 % = 500). */
export function CommissionForm({ cooperative }: { cooperative: CooperativeApplicationDto }) {
  const { t } = useTranslation(CONSOLE_NS);
  const errorOf = useConsoleError();
  const action = useCooperativeAction(cooperative.id);
  const [text, setText] = useState(bpsToPercent(cooperative.commissionBps));
  const [tried, setTried] = useState(false);
  const bps = percentToBps(text);

  return (
    <Form
      layout="vertical"
      data-testid="commission-form"
      onFinish={() => {
        setTried(true);
        if (bps !== null) action.mutate({ kind: 'commission', commissionBps: bps });
      }}
    >
      <Form.Item
        label={t('commission.label')}
        htmlFor="commission-percent"
        extra={t('commission.current', {
          percent: bpsToPercent(cooperative.commissionBps),
          bps: cooperative.commissionBps,
        })}
        validateStatus={tried && bps === null ? 'error' : undefined}
        help={tried && bps === null ? t('commission.invalid') : undefined}
      >
        <Space.Compact>
          <Input
            id="commission-percent"
            value={text}
            suffix="%"
            className="bo-narrow-input"
            onChange={(event) => {
              setText(event.target.value);
              action.reset();
            }}
          />
          <Button type="primary" htmlType="submit" loading={action.isPending}>
            {t('commission.save')}
          </Button>
        </Space.Compact>
      </Form.Item>
      {action.isSuccess && <Alert type="success" showIcon title={t('commission.saved')} />}
      {action.isError && <Alert type="error" showIcon title={errorOf(action.error)} />}
    </Form>
  );
}
