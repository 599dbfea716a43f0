import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Alert, Button, Card, DatePicker, Flex, Form, Input, Select, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { OrderStatuses, type AdminOrderRowDto } from '@shanhai/shared/contracts';
import { useLocale } from '@shanhai/web/shared';
import { formatDateTime } from '../format/date-time';
import { formatYuan } from '../format/money';
import { useSessionEndsOn401 } from '../shell/admin-gate';
import { useOrderSearch } from './console-api';
import { CONSOLE_NS } from './console-messages';
import { PageHeading, useConsoleError } from './console-ui';
import { ORDER_PAGE_SIZE, orderFilterFromParams, orderFilterToParams, type OrderFilter } from './order-search';

export const ORDER_STATUS_COLOURS: Record<string, string> = {
  awaiting_payment: 'gold',
  paid: 'blue',
  partially_shipped: 'cyan',
  shipped: 'geekblue',
  delivered: 'green',
  cancelled: 'default',
  expired: 'default',
  refunded: 'red',
};

type Draft = Omit<OrderFilter, 'page'>;

/** `/admin/orders`: find orders by number, phone, status, cooperative and dates; the filters live in the address. */
export function OrdersPage() {
  const { t } = useTranslation(CONSOLE_NS);
  const errorOf = useConsoleError();
  const locale = useLocale();
  const [params, setParams] = useSearchParams();
  const filter = orderFilterFromParams(params);
  const [draft, setDraft] = useState<Draft>(filter);
  const search = useOrderSearch(filter);
  useSessionEndsOn401(search.error);

  // the address changed (back, a link): the form shows the filters it holds
  const key = params.toString();
  useEffect(() => setDraft(orderFilterFromParams(new URLSearchParams(key))), [key]);

  const apply = (next: OrderFilter) => setParams(orderFilterToParams(next));
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));

  return (
    <div className="bo-page" data-testid="console-orders">
      <Flex vertical gap={16}>
        <PageHeading title={t('orders.title')} lead={t('orders.lead')} />
        <Card>
          <Form
            layout="vertical"
            className="bo-filter-form"
            data-testid="order-filters"
            onFinish={() => apply({ ...draft, page: 1 })}
          >
            <Flex wrap gap={12} align="end">
              <Form.Item label={t('orders.number')} htmlFor="order-number">
                <Input id="order-number" value={draft.number ?? ''} onChange={(e) => set({ number: e.target.value })} allowClear />
              </Form.Item>
              <Form.Item label={t('orders.phone')} htmlFor="order-phone">
                <Input id="order-phone" value={draft.phone ?? ''} onChange={(e) => set({ phone: e.target.value })} allowClear />
              </Form.Item>
              <Form.Item label={t('orders.status')} htmlFor="order-status">
                <Select
                  id="order-status"
                  className="bo-select"
                  allowClear
                  placeholder={t('orders.anyStatus')}
                  value={draft.status}
                  onChange={(status) => set({ status })}
                  options={OrderStatuses.map((s) => ({ value: s, label: t(`orderStatus.${s}`) }))}
                />
              </Form.Item>
              <Form.Item label={t('orders.cooperative')} htmlFor="order-cooperative">
                <Input
                  id="order-cooperative"
                  value={draft.cooperative ?? ''}
                  placeholder={t('orders.cooperativeHint')}
                  onChange={(e) => set({ cooperative: e.target.value })}
                  allowClear
                />
              </Form.Item>
              <Form.Item label={t('orders.from')} htmlFor="order-from">
                <DatePicker
                  id="order-from"
                  value={draft.from ? dayjs(draft.from) : null}
                  onChange={(d) => set({ from: d ? d.format('YYYY-MM-DD') : undefined })}
                />
              </Form.Item>
              <Form.Item label={t('orders.to')} htmlFor="order-to">
                <DatePicker
                  id="order-to"
                  value={draft.to ? dayjs(draft.to) : null}
                  onChange={(d) => set({ to: d ? d.format('YYYY-MM-DD') : undefined })}
                />
              </Form.Item>
              <Form.Item>
                <Flex gap={8}>
                  <Button type="primary" htmlType="submit" data-testid="order-search">
                    {t('actions.search')}
                  </Button>
                  <Button onClick={() => apply({ page: 1 })}>{t('actions.clear')}</Button>
                </Flex>
              </Form.Item>
            </Flex>
          </Form>
        </Card>
        <Card>
          {search.isError && <Alert type="error" showIcon className="bo-gap" title={errorOf(search.error)} />}
          <Table<AdminOrderRowDto>
            data-testid="order-results"
            size="small"
            rowKey="id"
            loading={search.isFetching}
            dataSource={search.data?.items ?? []}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('orders.empty') }}
            pagination={{
              current: filter.page,
              pageSize: ORDER_PAGE_SIZE,
              total: search.data?.total ?? 0,
              showSizeChanger: false,
              showTotal: (total) => t('orders.total', { count: total }),
              onChange: (page) => apply({ ...filter, page }),
            }}
            columns={[
              {
                key: 'number',
                title: t('orders.number'),
                render: (_, o) => <Link to={`/admin/orders/${o.id}`}>{o.number}</Link>,
              },
              {
                key: 'status',
                title: t('orders.status'),
                render: (_, o) => (
                  <Flex gap={4} wrap>
                    <Tag color={ORDER_STATUS_COLOURS[o.status]}>{t(`orderStatus.${o.status}`)}</Tag>
                    <Tag>{t(`paymentStatus.${o.paymentStatus}`)}</Tag>
                  </Flex>
                ),
              },
              { key: 'total', title: t('orders.totalFen'), align: 'right', render: (_, o) => formatYuan(o.totalFen) },
              {
                key: 'refunded',
                title: t('orders.refundedFen'),
                align: 'right',
                render: (_, o) => (o.refundedFen ? formatYuan(o.refundedFen) : t('none')),
              },
              {
                key: 'recipient',
                title: t('orders.recipient'),
                render: (_, o) => (
                  <Flex vertical>
                    <span>
                      {o.recipient} · {o.mobile}
                    </span>
                    <Typography.Text type="secondary">{o.customerEmail}</Typography.Text>
                  </Flex>
                ),
              },
              { key: 'cooperatives', title: t('orders.cooperatives'), render: (_, o) => o.cooperatives.join('、') },
              { key: 'at', title: t('orders.createdAt'), render: (_, o) => formatDateTime(o.createdAt, locale) },
            ]}
          />
        </Card>
      </Flex>
    </div>
  );
}
