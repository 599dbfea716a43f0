import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PayoutMonthDto } from '@shanhai/shared/contracts';
import { ErrorState } from '@shanhai/web/shared';
import { formatYuan } from '../../format/money';
import { usePayouts } from '../api/portal-api';
import { PORTAL_NS } from '../shell/portal-messages';

/** `/co/payouts`: per month, sales + shipping − commission − refunds = what the cooperative is paid. */
export function PayoutsPage() {
  const { t } = useTranslation(PORTAL_NS);
  const payouts = usePayouts();
  const money = (key: keyof PayoutMonthDto, title: string) => ({
    key,
    title,
    align: 'right' as const,
    render: (_: unknown, m: PayoutMonthDto) => formatYuan(m[key] as number),
  });
  return (
    <div className="co-page">
      <title>{t('documentTitle', { page: t('payouts.title') })}</title>
      <Typography.Title level={1}>{t('payouts.title')}</Typography.Title>
      {payouts.data && (
        <Typography.Paragraph>
          {t('payouts.commission', { percent: (payouts.data.commissionBps / 100).toFixed(2) })}
        </Typography.Paragraph>
      )}
      {payouts.isError ? (
        <ErrorState error={payouts.error} ns={PORTAL_NS} onRetry={() => void payouts.refetch()} />
      ) : (
        <Table<PayoutMonthDto>
          rowKey="month"
          loading={payouts.isPending}
          dataSource={payouts.data?.months ?? []}
          pagination={false}
          locale={{ emptyText: t('payouts.empty') }}
          columns={[
            { key: 'month', title: t('payouts.month'), dataIndex: 'month' },
            { key: 'orders', title: t('payouts.orders'), dataIndex: 'orders', align: 'right' },
            money('salesFen', t('payouts.sales')),
            money('shippingFen', t('payouts.shipping')),
            money('commissionFen', t('payouts.commissionColumn')),
            money('refundsFen', t('payouts.refunds')),
            money('payoutFen', t('payouts.payout')),
          ]}
        />
      )}
    </div>
  );
}
