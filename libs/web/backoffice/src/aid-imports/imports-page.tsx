import { Link } from 'react-router';
import { Alert, Button, Card, Col, Descriptions, Flex, Row, Table, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { AidExportFormats, AidImportColumns, type AidImportListItemDto } from '@shanhai/shared/contracts';
import { formatNumber, useErrorMessage, useLocale } from '@shanhai/web/shared';
import { aidImportTemplateUrl } from '../api/aid-import-template-url';
import { useAidImports } from '../api/get-aid-imports';
import { formatYuan } from '../format/money';
import { formatDateTime } from '../format/date-time';
import { useSessionEndsOn401 } from '../shell/admin-gate';
import { BACKOFFICE_NS } from '../shell/backoffice-messages';
import { columnHeader } from './import-columns';
import { ImportStatusTag } from './import-status-tag';
import { AID_IMPORTS_NS } from './imports-messages';
import { UploadForm } from './upload-form';

function TemplateCard() {
  const { t } = useTranslation(AID_IMPORTS_NS);
  const locale = useLocale();
  return (
    <Card
      title={<h2 className="bo-card-title">{t('template.title')}</h2>}
      data-testid="import-template"
      extra={
        <Flex gap={8}>
          {AidExportFormats.map((format) => (
            <Button
              key={format}
              icon={<DownloadOutlined />}
              href={aidImportTemplateUrl(format)}
              download
              data-testid={`template-${format}`}
            >
              {t(`template.${format}`)}
            </Button>
          ))}
        </Flex>
      }
    >
      <Typography.Paragraph>{t('template.body')}</Typography.Paragraph>
      <Descriptions
        size="small"
        column={1}
        bordered
        items={AidImportColumns.map((column) => ({
          key: column.key,
          label: columnHeader(column.key, locale),
          children: t(`template.columns.${column.key}`),
        }))}
      />
    </Card>
  );
}

function ImportList({ imports, loading }: { imports: AidImportListItemDto[]; loading: boolean }) {
  const { t } = useTranslation([AID_IMPORTS_NS, BACKOFFICE_NS]);
  const locale = useLocale();
  return (
    <Card title={<h2 className="bo-card-title">{t('list.title')}</h2>} data-testid="import-list">
      <Table<AidImportListItemDto>
        size="small"
        rowKey="id"
        loading={loading}
        dataSource={imports}
        locale={{ emptyText: t('list.empty') }}
        pagination={imports.length > 20 ? { pageSize: 20 } : false}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            key: 'createdAt',
            title: t('list.createdAt'),
            render: (_, i) => formatDateTime(i.createdAt, locale),
          },
          {
            key: 'fileName',
            title: t('list.fileName'),
            render: (_, i) => <Link to={`/admin/aid/imports/${i.id}`}>{i.fileName}</Link>,
          },
          {
            key: 'channel',
            title: t('list.channel'),
            render: (_, i) => t(`channels.${i.channel}`, { ns: BACKOFFICE_NS }),
          },
          { key: 'status', title: t('list.status'), render: (_, i) => <ImportStatusTag status={i.status} /> },
          {
            key: 'rows',
            title: t('list.rows'),
            align: 'right',
            render: (_, i) => `${formatNumber(i.rowsValid, locale)} / ${formatNumber(i.rowsTotal, locale)}`,
          },
          {
            key: 'amount',
            title: t('list.amount'),
            align: 'right',
            render: (_, i) => <span className="bo-money">{formatYuan(i.amountFen)}</span>,
          },
          {
            key: 'problems',
            title: t('list.problems'),
            align: 'right',
            render: (_, i) => formatNumber(i.problemCount, locale),
          },
          {
            key: 'entries',
            title: t('list.entries'),
            align: 'right',
            render: (_, i) => formatNumber(i.entriesWritten, locale),
          },
        ]}
      />
    </Card>
  );
}

/** `/admin/aid/imports`: the template, the upload, and the files uploaded before. */
export function ImportsPage() {
  const { t } = useTranslation([AID_IMPORTS_NS, BACKOFFICE_NS]);
  const messageOf = useErrorMessage(BACKOFFICE_NS);
  const imports = useAidImports();
  useSessionEndsOn401(imports.error);
  const list = imports.data ?? [];
  return (
    <div className="bo-page" data-testid="aid-imports">
      <title>{t('documentTitle', { ns: BACKOFFICE_NS, page: t('title') })}</title>
      <Flex vertical gap={16}>
        <div>
          <Typography.Title level={1} className="bo-title">
            {t('title')}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t('lead')}</Typography.Paragraph>
        </div>
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={12}>
            <UploadForm imports={list} />
          </Col>
          <Col xs={24} xl={12}>
            <TemplateCard />
          </Col>
        </Row>
        {imports.isError && <Alert type="error" showIcon title={messageOf(imports.error)} />}
        <ImportList imports={list} loading={imports.isPending} />
      </Flex>
    </div>
  );
}
