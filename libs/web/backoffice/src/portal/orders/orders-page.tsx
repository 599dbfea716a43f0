import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { App, Button, Space, Table, Tabs, Tag, Typography } from 'antd';
import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { FulfilmentStatus, PortalFulfilmentDto } from '@shanhai/shared/contracts';
import { ErrorState, useErrorMessage, useLocale, useLocalized } from '@shanhai/web/shared';
import { formatDateTime } from '../../format/date-time';
import { formatYuan } from '../../format/money';
import { ordersCsvUrl, useDeliver, usePortalOrders } from '../api/portal-api';
import { PORTAL_NS } from '../shell/portal-messages';
import { ShipModal } from './ship-form';

const TABS = ['to_ship', 'shipped', 'delivered', 'all'] as const;
type Tab = (typeof TABS)[number];
const STATUS_COLOUR: Record<FulfilmentStatus, string> = {
  awaiting_payment: 'default',
  to_ship: 'gold',
  shipped: 'blue',
  delivered: 'green',
  cancelled: 'default',
};

/** `/co/orders`: shipments to send (first), sent and delivered; ship, deliver, print, export. */
export function OrdersPage() {
  const { t } = useTranslation(PORTAL_NS);
  const localize = useLocalized();
  const locale = useLocale();
  const messageOf = useErrorMessage(PORTAL_NS);
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const tab: Tab = (TABS as readonly string[]).includes(params.get('status') ?? '')
    ? (params.get('status') as Tab)
    : 'to_ship';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const orders = usePortalOrders(tab, page);
  const deliver = useDeliver();
  const [shipping, setShipping] = useState<PortalFulfilmentDto | null>(null);

  return (
    <div className="co-page">
      <title>{t('documentTitle', { page: t('orders.title') })}</title>
      <div className="co-page__head">
        <Typography.Title level={1}>{t('orders.title')}</Typography.Title>
        <Space>
          <Link to="/co/orders/pick-list">
            <Button icon={<PrinterOutlined />}>{t('orders.pickList')}</Button>
          </Link>
          <Button icon={<DownloadOutlined />} href={ordersCsvUrl()}>
            {t('orders.exportCsv')}
          </Button>
        </Space>
      </div>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams({ status: key })}
        items={TABS.map((key) => ({ key, label: t(`orders.tabs.${key}`) }))}
      />
      {orders.isError ? (
        <ErrorState error={orders.error} ns={PORTAL_NS} onRetry={() => void orders.refetch()} />
      ) : (
        <Table<PortalFulfilmentDto>
          rowKey="id"
          loading={orders.isPending}
          dataSource={orders.data?.items ?? []}
          locale={{ emptyText: t('orders.empty') }}
          pagination={{
            current: page,
            pageSize: orders.data?.pageSize ?? 20,
            total: orders.data?.total ?? 0,
            hideOnSinglePage: true,
            onChange: (next) => setParams({ status: tab, page: String(next) }),
          }}
          columns={[
            { key: 'number', title: t('orders.columns.number'), dataIndex: 'orderNumber' },
            {
              key: 'placed',
              title: t('orders.columns.placed'),
              render: (_, f) => formatDateTime(f.placedAt, locale),
            },
            {
              key: 'lines',
              title: t('orders.columns.lines'),
              render: (_, f) => (
                <ul className="co-lines">
                  {f.lines.map((l) => (
                    <li key={l.sku}>
                      {localize(l.name)} · {localize(l.variantLabel)} × {l.quantity}
                    </li>
                  ))}
                </ul>
              ),
            },
            {
              key: 'total',
              title: t('orders.columns.total'),
              render: (_, f) => formatYuan(f.itemsFen + f.shippingFen),
            },
            {
              key: 'address',
              title: t('orders.columns.address'),
              render: (_, f) =>
                f.address
                  ? `${f.address.recipient} ${f.address.mobile} · ${f.address.province}${f.address.city}${f.address.district}${f.address.street}`
                  : t('orders.noAddress'),
            },
            {
              key: 'status',
              title: t('orders.columns.status'),
              render: (_, f) => (
                <>
                  <Tag color={STATUS_COLOUR[f.status]}>{t(`fulfilmentStatus.${f.status}`)}</Tag>
                  {f.trackingNumber && (
                    <div className="co-hint">
                      {f.carrier} {f.trackingNumber}
                    </div>
                  )}
                </>
              ),
            },
            {
              key: 'actions',
              title: t('products.columns.actions'),
              render: (_, f) =>
                f.status === 'to_ship' ? (
                  <Button type="primary" size="small" onClick={() => setShipping(f)}>
                    {t('orders.ship.open')}
                  </Button>
                ) : f.status === 'shipped' ? (
                  <Button
                    size="small"
                    loading={deliver.isPending && deliver.variables === f.id}
                    onClick={() =>
                      deliver.mutate(f.id, {
                        onSuccess: () => void message.success(t('orders.delivered')),
                        onError: (error) => void message.error(messageOf(error)),
                      })
                    }
                  >
                    {t('orders.markDelivered')}
                  </Button>
                ) : null,
            },
          ]}
        />
      )}
      {shipping && (
        <ShipModal
          fulfilment={shipping}
          onClose={() => {
            setShipping(null);
          }}
        />
      )}
    </div>
  );
}
