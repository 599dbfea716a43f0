import { Alert, Card, Flex, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AdminIndicatorDto } from '@shanhai/shared/contracts';
import { useErrorMessage, useFormatIndicator, useFormatPeriod, useLocalized } from '@shanhai/web/shared';
import { useAdminIndicators } from '../api/get-admin-indicators';
import { formatYuan } from '../format/money';
import { useSessionEndsOn401 } from '../shell/admin-gate';
import { BACKOFFICE_NS } from '../shell/backoffice-messages';
import { IndicatorForm } from './indicator-form';
import { INDICATORS_NS } from './indicators-messages';

/** `/admin/aid/indicators`: the reported figures and targets as data, and a form to add one. */
export function IndicatorsPage() {
  const { t } = useTranslation([INDICATORS_NS, BACKOFFICE_NS]);
  const messageOf = useErrorMessage(BACKOFFICE_NS);
  const localize = useLocalized();
  const formatIndicator = useFormatIndicator();
  const formatPeriod = useFormatPeriod();
  const indicators = useAdminIndicators();
  useSessionEndsOn401(indicators.error);

  return (
    <div className="bo-page" data-testid="aid-indicators">
      <title>{t('documentTitle', { ns: BACKOFFICE_NS, page: t('title') })}</title>
      <Flex vertical gap={16}>
        <div>
          <Typography.Title level={1} className="bo-title">
            {t('title')}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t('lead')}</Typography.Paragraph>
        </div>
        <Card title={<h2 className="bo-card-title">{t('list.title')}</h2>} data-testid="indicator-list">
          {indicators.isError && (
            <Alert type="error" showIcon className="bo-gap" title={messageOf(indicators.error)} />
          )}
          <Table<AdminIndicatorDto>
            size="small"
            rowKey="id"
            loading={indicators.isPending}
            dataSource={indicators.data ?? []}
            locale={{ emptyText: t('list.empty') }}
            pagination={false}
            scroll={{ x: 'max-content' }}
            columns={[
              { key: 'label', title: t('list.label'), render: (_, i) => localize(i.label) },
              {
                key: 'kind',
                title: t('list.kind'),
                render: (_, i) => (
                  <Tag color={i.kind === 'target' ? 'gold' : 'green'}>{t(`kinds.${i.kind}`)}</Tag>
                ),
              },
              {
                key: 'value',
                title: t('list.value'),
                align: 'right',
                render: (_, i) => (
                  <span className="bo-money" title={i.unit === 'fen' ? formatYuan(i.value) : undefined}>
                    {formatIndicator(i.value, i.unit)}
                  </span>
                ),
              },
              {
                key: 'period',
                title: t('list.period'),
                render: (_, i) => formatPeriod(i.periodStart, i.periodEnd),
              },
              { key: 'source', title: t('list.source'), dataIndex: 'source' },
              {
                key: 'key',
                title: t('list.key'),
                render: (_, i) => <Typography.Text code>{i.key}</Typography.Text>,
              },
            ]}
          />
        </Card>
        <IndicatorForm />
      </Flex>
    </div>
  );
}
