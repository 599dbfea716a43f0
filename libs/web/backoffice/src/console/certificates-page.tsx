import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { Alert, Button, Card, Flex, Popconfirm, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CertificateQueueStatus, CertificateSubmissionDto } from '@shanhai/shared/contracts';
import { formatIsoDate, useLocale, useLocalized } from '@shanhai/web/shared';
import { formatDateTime } from '../format/date-time';
import { useSessionEndsOn401 } from '../shell/admin-gate';
import { useCertificateDecision, useCertificateQueue } from './console-api';
import { CONSOLE_NS } from './console-messages';
import { PageHeading, ReasonModal, useConsoleError } from './console-ui';

const TABS: CertificateQueueStatus[] = ['pending', 'expiring', 'approved', 'rejected', 'revoked'];

function tabOf(params: URLSearchParams): CertificateQueueStatus {
  const status = params.get('status') as CertificateQueueStatus | null;
  return status && TABS.includes(status) ? status : 'pending';
}

type Asking = { kind: 'reject' | 'revoke'; certificate: CertificateSubmissionDto };

/** `/admin/certificates`: consumption-aid certificates to approve or reject, those expiring soon, revocation. */
export function CertificatesPage() {
  const { t } = useTranslation(CONSOLE_NS);
  const errorOf = useConsoleError();
  const localize = useLocalized();
  const locale = useLocale();
  const [params, setParams] = useSearchParams();
  const tab = tabOf(params);
  const queue = useCertificateQueue(tab);
  const decide = useCertificateDecision();
  const [asking, setAsking] = useState<Asking | null>(null);
  useSessionEndsOn401(queue.error);

  return (
    <div className="bo-page" data-testid="console-certificates">
      <Flex vertical gap={16}>
        <PageHeading title={t('certificates.title')} lead={t('certificates.lead')} />
        <Card>
          <Tabs
            activeKey={tab}
            onChange={(key) => setParams(key === 'pending' ? {} : { status: key })}
            items={TABS.map((s) => ({ key: s, label: t(`certificateStatus.${s}`) }))}
          />
          {queue.isError && <Alert type="error" showIcon className="bo-gap" title={errorOf(queue.error)} />}
          {decide.isError && !asking && <Alert type="error" showIcon className="bo-gap" title={errorOf(decide.error)} />}
          <Table<CertificateSubmissionDto>
            size="small"
            rowKey={(c) => c.submissionId ?? c.certificateId ?? c.number}
            loading={queue.isPending}
            dataSource={queue.data ?? []}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t(`certificates.empty.${tab}`) }}
            columns={[
              {
                key: 'number',
                title: t('certificates.number'),
                render: (_, c) => <Typography.Text code>{c.number}</Typography.Text>,
              },
              { key: 'product', title: t('certificates.product'), render: (_, c) => localize(c.productName) },
              { key: 'cooperative', title: t('certificates.cooperative'), dataIndex: 'cooperativeSlug' },
              { key: 'issuer', title: t('certificates.issuer'), dataIndex: 'issuer' },
              {
                key: 'valid',
                title: t('certificates.valid'),
                render: (_, c) => `${formatIsoDate(c.validFrom, locale)} – ${formatIsoDate(c.validTo, locale)}`,
              },
              {
                key: 'status',
                title: t('certificates.status'),
                render: (_, c) => (
                  <Flex vertical>
                    <Tag>{t(`certificateStatus.${c.status}`)}</Tag>
                    {c.reason && <Typography.Text type="secondary">{c.reason}</Typography.Text>}
                  </Flex>
                ),
              },
              { key: 'submitted', title: t('certificates.submitted'), render: (_, c) => formatDateTime(c.submittedAt, locale) },
              {
                key: 'scan',
                title: t('certificates.scan'),
                render: (_, c) =>
                  c.scanUrl ? (
                    <a href={c.scanUrl} target="_blank" rel="noreferrer">
                      {t('certificates.openScan')}
                    </a>
                  ) : (
                    t('certificates.noScan')
                  ),
              },
              {
                key: 'actions',
                title: t('certificates.actions'),
                render: (_, c) => (
                  <Space>
                    {c.status === 'pending' && c.submissionId && (
                      <>
                        <Popconfirm
                          title={t('certificates.approveConfirm', { number: c.number })}
                          okText={t('actions.approve')}
                          cancelText={t('actions.cancel')}
                          onConfirm={() => decide.mutate({ kind: 'approve', submissionId: c.submissionId ?? '' })}
                        >
                          <Button size="small" type="primary">
                            {t('actions.approve')}
                          </Button>
                        </Popconfirm>
                        <Button size="small" danger onClick={() => setAsking({ kind: 'reject', certificate: c })}>
                          {t('actions.reject')}
                        </Button>
                      </>
                    )}
                    {c.status === 'approved' && c.certificateId && (
                      <Button size="small" danger onClick={() => setAsking({ kind: 'revoke', certificate: c })}>
                        {t('actions.revoke')}
                      </Button>
                    )}
                  </Space>
                ),
              },
            ]}
          />
        </Card>
      </Flex>
      <ReasonModal
        open={asking !== null}
        title={
          asking?.kind === 'revoke'
            ? t('certificates.revokeTitle', { number: asking.certificate.number })
            : t('certificates.rejectTitle', { number: asking?.certificate.number ?? '' })
        }
        description={asking?.kind === 'revoke' ? t('certificates.revokeNote') : t('certificates.reasonNote')}
        confirmText={asking?.kind === 'revoke' ? t('actions.revoke') : t('actions.reject')}
        pending={decide.isPending}
        error={decide.error}
        onCancel={() => {
          setAsking(null);
          decide.reset();
        }}
        onConfirm={(reason) => {
          if (!asking) return;
          const c = asking.certificate;
          decide.mutate(
            asking.kind === 'revoke'
              ? { kind: 'revoke', certificateId: c.certificateId ?? '', reason }
              : { kind: 'reject', submissionId: c.submissionId ?? '', reason },
            { onSuccess: () => setAsking(null) },
          );
        }}
      />
    </div>
  );
}
