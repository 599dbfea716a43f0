import type { ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import {
  Alert,
  Button,
  Card,
  Col,
  Descriptions,
  Flex,
  Popconfirm,
  Progress,
  Result,
  Row,
  Spin,
  Statistic,
  Typography,
} from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { AidImportDto } from '@shanhai/shared/contracts';
import { formatIsoMonth, formatNumber, isApiError, useErrorMessage, useLocale } from '@shanhai/web/shared';
import { useCommitAidImport } from '../api/commit-aid-import';
import { useAidImport } from '../api/get-aid-import';
import { filterParams } from '../aid-dashboard/dashboard-query';
import { formatDateTime } from '../format/date-time';
import { formatYuan } from '../format/money';
import { useSessionEndsOn401 } from '../shell/admin-gate';
import { BACKOFFICE_NS } from '../shell/backoffice-messages';
import { importStep, periodRange } from './import-phase';
import { ImportStatusTag } from './import-status-tag';
import { AID_IMPORTS_NS } from './imports-messages';
import { PreviewTable } from './preview-table';
import { ProblemTable } from './problem-table';

function Working({ title, percent, dto }: { title: string; percent: number | null; dto: AidImportDto }) {
  const { t } = useTranslation(AID_IMPORTS_NS);
  const locale = useLocale();
  return (
    <Card data-testid="import-working">
      <Flex vertical gap={8} align="center">
        <Typography.Text strong>{title}</Typography.Text>
        {percent === null ? (
          <Spin />
        ) : (
          <Progress percent={percent} status="active" className="bo-progress" data-testid="import-progress" />
        )}
        {dto.rowsTotal > 0 && (
          <Typography.Text type="secondary">
            {t('detail.progress', {
              processed: formatNumber(dto.rowsProcessed, locale),
              total: formatNumber(dto.rowsTotal, locale),
            })}
          </Typography.Text>
        )}
      </Flex>
    </Card>
  );
}

function Totals({ dto }: { dto: AidImportDto }) {
  const { t } = useTranslation(AID_IMPORTS_NS);
  const locale = useLocale();
  return (
    <Row gutter={[16, 16]} data-testid="import-totals">
      <Col xs={24} sm={8}>
        <Statistic title={t('detail.rowsValid')} value={formatNumber(dto.rowsValid, locale)} />
      </Col>
      <Col xs={24} sm={8}>
        <Statistic title={t('detail.amount')} value={formatYuan(dto.amountFen)} />
      </Col>
      <Col xs={24} sm={8}>
        <Statistic
          title={t('detail.periods')}
          value={dto.periods.map((p) => formatIsoMonth(`${p}-01`, locale)).join('、') || '—'}
        />
      </Col>
    </Row>
  );
}

/** The dashboard filtered to the import's channel and months: where its entries now show. */
function dashboardLink(dto: AidImportDto): string {
  const range = periodRange(dto.periods);
  const params = filterParams({ channel: dto.channel, ...(range ?? {}) });
  return `/admin/aid?${params.toString()}`;
}

/**
 * `/admin/aid/imports/:id`: one upload through its states. While the server checks the file (or
 * writes it), the page asks again every second and shows the rows checked so far; then it shows
 * the problems to fix, or the rows to review and commit, or what was written.
 */
export function ImportPage() {
  const { t } = useTranslation([AID_IMPORTS_NS, BACKOFFICE_NS]);
  const locale = useLocale();
  const messageOf = useErrorMessage(BACKOFFICE_NS);
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const imported = useAidImport(id);
  const commit = useCommitAidImport(id);
  useSessionEndsOn401(imported.error ?? commit.error);

  const back = (
    <Link to="/admin/aid/imports">
      <ArrowLeftOutlined /> {t('detail.back')}
    </Link>
  );

  if (imported.isPending)
    return (
      <div className="bo-centre">
        <Spin size="large" />
      </div>
    );
  if (imported.isError) {
    // an id that is not one (the API checks it is a UUID: 400) is as missing as an unknown one
    const missing =
      isApiError(imported.error) && (imported.error.status === 404 || imported.error.status === 400);
    return (
      <Result
        status={missing ? '404' : 'error'}
        title={missing ? t('detail.notFound') : messageOf(imported.error)}
        extra={back}
      />
    );
  }

  const dto = imported.data;
  const step = importStep(dto);
  let body: ReactNode;
  switch (step.step) {
    case 'checking':
      body = <Working title={t('detail.checking')} percent={step.percent} dto={dto} />;
      break;
    case 'committing':
      body = <Working title={t('detail.committing')} percent={step.percent} dto={dto} />;
      break;
    case 'fix':
      body = (
        <Card data-testid="import-invalid">
          <Alert
            type="error"
            showIcon
            className="bo-gap"
            title={t('detail.invalidTitle', { count: step.problemCount })}
            description={t('detail.invalidBody')}
            action={
              <Button type="primary" size="small" onClick={() => void navigate('/admin/aid/imports')}>
                {t('detail.uploadAgain')}
              </Button>
            }
          />
          <ProblemTable problems={dto.problems} problemCount={dto.problemCount} />
        </Card>
      );
      break;
    case 'review':
      body = (
        <Card data-testid="import-ready">
          <Flex vertical gap={16}>
            <Alert type="success" showIcon title={t('detail.readyTitle')} />
            <Totals dto={dto} />
            {commit.isError && (
              <Alert type="error" showIcon title={messageOf(commit.error)} data-testid="commit-error" />
            )}
            {step.canCommit ? (
              <Popconfirm
                title={t('detail.commit')}
                description={
                  <div className="bo-confirm">
                    {t('detail.commitConfirm', {
                      rows: formatNumber(dto.rowsValid, locale),
                      amount: formatYuan(dto.amountFen),
                    })}
                  </div>
                }
                okText={t('detail.commitOk')}
                cancelText={t('detail.cancel')}
                onConfirm={() => commit.mutate()}
              >
                <Button
                  type="primary"
                  size="large"
                  className="bo-commit"
                  loading={commit.isPending}
                  data-testid="import-commit"
                >
                  {t('detail.commit')}
                </Button>
              </Popconfirm>
            ) : (
              <Alert type="warning" showIcon title={t('detail.nothingValid')} />
            )}
            <Typography.Title level={3} className="bo-subtitle">
              {t('detail.previewTitle')}
            </Typography.Title>
            <PreviewTable rows={dto.preview} rowsValid={dto.rowsValid} />
          </Flex>
        </Card>
      );
      break;
    case 'done':
      body = (
        <Result
          status="success"
          data-testid="import-committed"
          title={t('detail.committedTitle', { count: formatNumber(step.entriesWritten, locale) })}
          subTitle={t('detail.committedBody', {
            amount: formatYuan(dto.amountFen),
            periods: dto.periods.map((p) => formatIsoMonth(`${p}-01`, locale)).join('、') || '—',
          })}
          extra={[
            <Link key="dashboard" to={dashboardLink(dto)} data-testid="import-to-dashboard">
              {t('detail.toDashboard')}
            </Link>,
            <Link key="imports" to="/admin/aid/imports">
              {t('detail.back')}
            </Link>,
          ]}
        />
      );
      break;
    case 'failed':
      body = (
        <Card data-testid="import-failed">
          <Result
            status="error"
            title={t('detail.failedTitle')}
            subTitle={t('detail.failedBody')}
            extra={back}
          />
          {dto.problems.length > 0 && (
            <ProblemTable problems={dto.problems} problemCount={dto.problemCount} />
          )}
        </Card>
      );
      break;
  }

  return (
    <div className="bo-page" data-testid="aid-import">
      <title>{t('documentTitle', { ns: BACKOFFICE_NS, page: dto.fileName })}</title>
      <Flex vertical gap={16}>
        {back}
        <Typography.Title level={1} className="bo-title">
          {dto.fileName}
        </Typography.Title>
        <Descriptions
          size="small"
          bordered
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'status', label: t('detail.status'), children: <ImportStatusTag status={dto.status} /> },
            {
              key: 'channel',
              label: t('detail.channel'),
              children: t(`channels.${dto.channel}`, { ns: BACKOFFICE_NS }),
            },
            {
              key: 'uploadedAt',
              label: t('detail.uploadedAt'),
              children: formatDateTime(dto.createdAt, locale),
            },
            { key: 'encoding', label: t('detail.encoding'), children: dto.encoding ?? '—' },
            {
              key: 'sha',
              label: t('detail.sha'),
              children: (
                <Typography.Text code copyable={{ text: dto.sha256 }}>
                  {dto.sha256.slice(0, 16)}…
                </Typography.Text>
              ),
            },
          ]}
        />
        {body}
      </Flex>
    </div>
  );
}
