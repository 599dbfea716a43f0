import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Descriptions, Result, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CooperativeApplicationDto } from '@shanhai/shared/contracts';
import { ErrorState, sessionQueryOptions, useLocale, useLocalized } from '@shanhai/web/shared';
import { formatDateTime } from '../../format/date-time';
import { useMyApplications } from '../api/portal-api';
import { PORTAL_NS } from '../shell/portal-messages';
import { ApplicationForm } from './application-form';

const STATUS_RESULT = {
  pending: 'info',
  approved: 'success',
  rejected: 'error',
  suspended: 'warning',
} as const;

function ApplicationStatus({
  application,
  onApplyAgain,
}: {
  application: CooperativeApplicationDto;
  onApplyAgain: () => void;
}) {
  const { t } = useTranslation(PORTAL_NS);
  const localize = useLocalized();
  const locale = useLocale();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const openPortal = async () => {
    // approval made this account a member: read the session again before opening the portal
    await queryClient.invalidateQueries({ queryKey: sessionQueryOptions().queryKey });
    void navigate('/co');
  };
  return (
    <Result
      status={STATUS_RESULT[application.status]}
      title={<h1 className="co-status-title">{t(`apply.status.${application.status}.title`)}</h1>}
      subTitle={
        <>
          <p>{t(`apply.status.${application.status}.body`, { name: localize(application.name) })}</p>
          {application.statusReason && (
            <p data-testid="application-reason">
              {t('apply.status.reason')}: {application.statusReason}
            </p>
          )}
        </>
      }
      extra={
        application.status === 'approved' ? (
          <Button type="primary" onClick={() => void openPortal()}>
            {t('apply.status.openPortal')}
          </Button>
        ) : application.status === 'rejected' ? (
          <Button type="primary" onClick={onApplyAgain}>
            {t('apply.status.applyAgain')}
          </Button>
        ) : null
      }
    >
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('apply.nameZh')}>{localize(application.name)}</Descriptions.Item>
        <Descriptions.Item label={t('apply.creditCode.label')}>{application.creditCode}</Descriptions.Item>
        <Descriptions.Item label={t('apply.place')}>
          {localize(application.township.name)} · {localize(application.village.name)}
        </Descriptions.Item>
        <Descriptions.Item label={t('apply.submittedAt')}>
          {formatDateTime(application.createdAt, locale)}
        </Descriptions.Item>
        {application.reviewedAt && (
          <Descriptions.Item label={t('apply.reviewedAt')}>
            {formatDateTime(application.reviewedAt, locale)}
          </Descriptions.Item>
        )}
      </Descriptions>
    </Result>
  );
}

/**
 * `/co/apply`: the latest application's status (waiting, approved, rejected with the reason), or
 * the form when there is none yet or the last one was rejected and the user applies again.
 */
export function ApplyPage() {
  const { t } = useTranslation(PORTAL_NS);
  const mine = useMyApplications();
  const [applyingAgain, setApplyingAgain] = useState(false);
  if (mine.isPending)
    return (
      <div className="bo-centre">
        <Spin size="large" />
      </div>
    );
  if (mine.isError)
    return <ErrorState error={mine.error} ns={PORTAL_NS} onRetry={() => void mine.refetch()} />;
  const latest = [...mine.data].sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
  return (
    <div className="co-page">
      <title>{t('documentTitle', { page: t('apply.title') })}</title>
      {latest && !applyingAgain ? (
        <ApplicationStatus application={latest} onApplyAgain={() => setApplyingAgain(true)} />
      ) : (
        <>
          <Typography.Title level={1}>{t('apply.title')}</Typography.Title>
          <Typography.Paragraph>{t('apply.intro')}</Typography.Paragraph>
          <ApplicationForm onApplied={() => setApplyingAgain(false)} />
        </>
      )}
    </div>
  );
}
