import { Alert, Card, Col, Row, Statistic, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BenefitUpliftRow } from '@shanhai/shared/contracts';
import { formatNumber, useErrorMessage, useLocale, useLocalized } from '@shanhai/web/shared';
import { useAidBenefit } from '../api/get-aid-benefit';
import { formatYuan } from '../format/money';
import { BACKOFFICE_NS } from '../shell/backoffice-messages';
import { AID_DASHBOARD_NS } from './dashboard-messages';

const rowKey = (row: BenefitUpliftRow) => `${row.cooperativeId}:${row.type}:${row.year}`;

/**
 * 联农带农: the households and persons linked to the cooperatives' benefit mechanisms, and per
 * cooperative, mechanism and year what was paid and what that is per person (人均增收). Only
 * counts and sums: no household appears here.
 */
export function BenefitCard() {
  const { t } = useTranslation([AID_DASHBOARD_NS, BACKOFFICE_NS]);
  const locale = useLocale();
  const localize = useLocalized();
  const messageOf = useErrorMessage(BACKOFFICE_NS);
  const benefit = useAidBenefit();
  const data = benefit.data;

  return (
    <Card title={t('benefit.title')} data-testid="aid-benefit">
      {benefit.isError && <Alert type="error" showIcon title={messageOf(benefit.error)} />}
      <Row gutter={[16, 16]}>
        <Col xs={12} md={6}>
          <Statistic
            title={t('benefit.households')}
            loading={benefit.isPending}
            value={data ? formatNumber(data.householdsLinked, locale) : ''}
            data-testid="benefit-households"
          />
        </Col>
        <Col xs={12} md={6}>
          <Statistic
            title={t('benefit.persons')}
            loading={benefit.isPending}
            value={data ? formatNumber(data.personsLinked, locale) : ''}
            data-testid="benefit-persons"
          />
        </Col>
      </Row>
      <Table<BenefitUpliftRow>
        size="small"
        className="bo-benefit-table"
        rowKey={rowKey}
        loading={benefit.isPending}
        dataSource={data?.rows ?? []}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: t('benefit.empty') }}
        columns={[
          {
            title: t('benefit.cooperative'),
            key: 'cooperative',
            render: (_, row) => localize(row.cooperativeName),
          },
          {
            title: t('benefit.mechanism'),
            key: 'type',
            render: (_, row) => t(`benefit.mechanisms.${row.type}`),
          },
          { title: t('benefit.year'), dataIndex: 'year', key: 'year' },
          {
            title: t('benefit.householdsColumn'),
            key: 'households',
            align: 'right',
            render: (_, row) => formatNumber(row.households, locale),
          },
          {
            title: t('benefit.personsColumn'),
            key: 'persons',
            align: 'right',
            render: (_, row) => formatNumber(row.persons, locale),
          },
          {
            title: t('benefit.paid'),
            key: 'paid',
            align: 'right',
            render: (_, row) => formatYuan(row.paidFen),
          },
          {
            title: t('benefit.perCapita'),
            key: 'perCapita',
            align: 'right',
            render: (_, row) => (
              <span data-testid={`per-capita-${row.year}-${row.type}`}>
                {row.perCapitaFen === null ? '—' : formatYuan(row.perCapitaFen)}
              </span>
            ),
          },
        ]}
      />
      <Typography.Paragraph type="secondary" className="bo-benefit-note">
        {t('benefit.note')}
      </Typography.Paragraph>
    </Card>
  );
}
