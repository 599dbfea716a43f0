import { useState } from 'react';
import { Link, useParams } from 'react-router';
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Flex,
  Form,
  Input,
  Modal,
  Space,
  Table,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import type { AdminOrderDetailDto, OrderLineDto } from '@shanhai/shared/contracts';
import { fenToYuanInput, useLocale, useLocalized } from '@shanhai/web/shared';
import { formatDateTime } from '../format/date-time';
import { formatYuan } from '../format/money';
import { useSessionEndsOn401 } from '../shell/admin-gate';
import { useAdminOrder, useOrderAction } from './console-api';
import { CONSOLE_NS } from './console-messages';
import { PageHeading, ReasonModal, useConsoleError } from './console-ui';
import { ORDER_STATUS_COLOURS } from './orders-page';
import { refundAmount, refundableFen } from './refund';

const REFUND_STATUSES = ['pending', 'succeeded', 'pending_manual', 'failed'];

/** Money was taken and some is still to give back: refunds are possible. */
function refundable(detail: AdminOrderDetailDto): boolean {
  const p = detail.order.paymentStatus;
  return (p === 'paid' || p === 'partially_refunded') && detail.order.refundedFen < detail.order.totalFen;
}

/** `/admin/orders/:id`: one order in full, with its history, payment and refunds, and what an admin may do. */
export function OrderPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation(CONSOLE_NS);
  const errorOf = useConsoleError();
  const localize = useLocalized();
  const locale = useLocale();
  const detail = useAdminOrder(id);
  const action = useOrderAction(id);
  const [dialog, setDialog] = useState<'payment' | 'refundOrder' | OrderLineDto | null>(null);
  useSessionEndsOn401(detail.error);

  const close = () => {
    setDialog(null);
    action.reset();
  };

  if (detail.isPending) return <Typography.Text type="secondary">{t('loading')}</Typography.Text>;
  if (detail.isError)
    return (
      <div className="bo-page">
        <Alert type="error" showIcon title={errorOf(detail.error)} />
        <Link to="/admin/orders">{t('order.back')}</Link>
      </div>
    );

  const { order, customer, refunds } = detail.data;
  const canRefund = refundable(detail.data);
  const lines = new Map(order.fulfilments.flatMap((f) => f.lines).map((l) => [l.id, l]));

  return (
    <div className="bo-page" data-testid="console-order">
      <Flex vertical gap={16}>
        <Link to="/admin/orders">{t('order.back')}</Link>
        <PageHeading title={t('order.title', { number: order.number })} />
        <Flex gap={8} wrap data-testid="order-status">
          <Tag color={ORDER_STATUS_COLOURS[order.status]}>{t(`orderStatus.${order.status}`)}</Tag>
          <Tag>{t(`paymentStatus.${order.paymentStatus}`)}</Tag>
        </Flex>
        {action.isSuccess && <Alert type="success" showIcon title={t('order.done')} />}
        <Space wrap>
          {order.paymentStatus === 'unpaid' && order.status === 'awaiting_payment' && (
            <Button type="primary" onClick={() => setDialog('payment')}>
              {t('order.recordPayment')}
            </Button>
          )}
          {canRefund && (
            <Button danger onClick={() => setDialog('refundOrder')}>
              {t('order.refundOrder')}
            </Button>
          )}
        </Space>

        <Card title={<h2 className="bo-card-title">{t('order.summary')}</h2>}>
          <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
            <Descriptions.Item label={t('order.customer')}>
              {customer.displayName ? `${customer.displayName} · ` : ''}
              {customer.email}
            </Descriptions.Item>
            <Descriptions.Item label={t('orders.createdAt')}>{formatDateTime(order.createdAt, locale)}</Descriptions.Item>
            <Descriptions.Item label={t('order.address')}>
              {order.address.recipient} · {order.address.mobile}
              <br />
              {order.address.province}
              {order.address.city}
              {order.address.district}
              {order.address.street}
            </Descriptions.Item>
            <Descriptions.Item label={t('order.paymentMethod')}>{t(`paymentMethods.${order.paymentMethod}`)}</Descriptions.Item>
            <Descriptions.Item label={t('order.items')}>{formatYuan(order.itemsFen)}</Descriptions.Item>
            <Descriptions.Item label={t('order.shipping')}>{formatYuan(order.shippingFen)}</Descriptions.Item>
            <Descriptions.Item label={t('orders.totalFen')}>
              <strong>{formatYuan(order.totalFen)}</strong>
            </Descriptions.Item>
            <Descriptions.Item label={t('orders.refundedFen')}>
              <span data-testid="order-refunded">{formatYuan(order.refundedFen)}</span>
            </Descriptions.Item>
          </Descriptions>
        </Card>

        {order.fulfilments.map((f) => (
          <Card
            key={f.id}
            data-testid="fulfilment"
            title={
              <h2 className="bo-card-title">
                {localize(f.cooperative.name)} <Tag>{t(`fulfilmentStatus.${f.status}`)}</Tag>
              </h2>
            }
          >
            <Typography.Paragraph type="secondary">
              {f.trackingNumber
                ? t('order.tracking', { carrier: f.carrier ?? '', number: f.trackingNumber })
                : t('order.noTracking')}
              {f.shippedAt && ` · ${t('order.shippedAt', { at: formatDateTime(f.shippedAt, locale) })}`}
              {f.deliveredAt && ` · ${t('order.deliveredAt', { at: formatDateTime(f.deliveredAt, locale) })}`}
            </Typography.Paragraph>
            <Table<OrderLineDto>
              size="small"
              rowKey="id"
              pagination={false}
              scroll={{ x: 'max-content' }}
              dataSource={f.lines}
              columns={[
                {
                  key: 'name',
                  title: t('order.line'),
                  render: (_, l) => (
                    <Flex vertical>
                      <span>
                        {localize(l.name)} · {localize(l.variantLabel)}
                      </span>
                      <Typography.Text type="secondary" code>
                        {l.sku}
                      </Typography.Text>
                    </Flex>
                  ),
                },
                { key: 'unit', title: t('order.unitPrice'), align: 'right', render: (_, l) => formatYuan(l.unitPriceFen) },
                { key: 'qty', title: t('order.quantity'), align: 'right', dataIndex: 'quantity' },
                { key: 'total', title: t('order.lineTotal'), align: 'right', render: (_, l) => formatYuan(l.lineTotalFen) },
                {
                  key: 'refunded',
                  title: t('orders.refundedFen'),
                  align: 'right',
                  render: (_, l) => (l.refundedFen ? formatYuan(l.refundedFen) : t('none')),
                },
                {
                  key: 'action',
                  title: t('certificates.actions'),
                  render: (_, l) =>
                    canRefund && refundableFen(l) > 0 ? (
                      <Button size="small" danger onClick={() => setDialog(l)}>
                        {t('order.refundLine')}
                      </Button>
                    ) : null,
                },
              ]}
            />
          </Card>
        ))}

        <Card title={<h2 className="bo-card-title">{t('order.refunds')}</h2>} data-testid="order-refunds">
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={refunds}
            locale={{ emptyText: t('order.noRefunds') }}
            columns={[
              {
                key: 'line',
                title: t('order.line'),
                render: (_, r) => {
                  const line = r.orderLineId ? lines.get(r.orderLineId) : undefined;
                  return line ? `${localize(line.name)} · ${localize(line.variantLabel)}` : t('order.wholeOrder');
                },
              },
              { key: 'amount', title: t('order.amount'), align: 'right', render: (_, r) => formatYuan(r.amountFen) },
              { key: 'reason', title: t('reason.label'), dataIndex: 'reason' },
              {
                key: 'status',
                title: t('order.refundStatus'),
                render: (_, r) => (REFUND_STATUSES.includes(r.status) ? t(`refundStatus.${r.status}`) : r.status),
              },
              { key: 'at', title: t('order.at'), render: (_, r) => formatDateTime(r.at, locale) },
            ]}
          />
        </Card>

        <Card title={<h2 className="bo-card-title">{t('order.history')}</h2>}>
          <Timeline
            data-testid="order-history"
            items={order.history.map((h) => ({
              content: (
                <>
                  <strong>
                    {h.from ? `${t(`orderStatus.${h.from}`)} → ` : ''}
                    {t(`orderStatus.${h.to}`)}
                  </strong>
                  <br />
                  <Typography.Text type="secondary">
                    {formatDateTime(h.at, locale)} · {h.reason}
                  </Typography.Text>
                </>
              ),
            }))}
          />
        </Card>
      </Flex>

      <PaymentModal
        open={dialog === 'payment'}
        totalFen={order.totalFen}
        pending={action.isPending}
        error={action.error}
        onCancel={close}
        onConfirm={(reference) =>
          action.mutate({ kind: 'payment', reference, amountFen: order.totalFen }, { onSuccess: () => setDialog(null) })
        }
      />
      <ReasonModal
        open={dialog === 'refundOrder'}
        title={t('order.refundOrderTitle', { number: order.number })}
        description={t('order.refundOrderNote', { amount: formatYuan(order.totalFen - order.refundedFen) })}
        confirmText={t('order.refundOrder')}
        max={200}
        pending={action.isPending}
        error={action.error}
        onCancel={close}
        onConfirm={(reason) => action.mutate({ kind: 'refundOrder', reason }, { onSuccess: () => setDialog(null) })}
      />
      {typeof dialog === 'object' && dialog !== null && (
        <LineRefundModal
          line={dialog}
          pending={action.isPending}
          error={action.error}
          onCancel={close}
          onConfirm={(amountFen, reason) =>
            action.mutate({ kind: 'refundLine', lineId: dialog.id, amountFen, reason }, { onSuccess: () => setDialog(null) })
          }
        />
      )}
    </div>
  );
}

/** A refund of part or all of one line: the amount in yuan (at most what is left on it) and the reason. */
export function LineRefundModal(props: {
  line: OrderLineDto;
  pending: boolean;
  error: unknown;
  onCancel: () => void;
  onConfirm: (amountFen: number, reason: string) => void;
}) {
  const { t } = useTranslation(CONSOLE_NS);
  const localize = useLocalized();
  const left = refundableFen(props.line);
  const [text, setText] = useState(fenToYuanInput(left));
  const [tried, setTried] = useState(false);
  const amount = refundAmount(text, props.line);
  return (
    <ReasonModal
      open
      title={t('order.refundLineTitle', { line: `${localize(props.line.name)} · ${localize(props.line.variantLabel)}` })}
      description={t('order.refundLineNote', { total: formatYuan(props.line.lineTotalFen), left: formatYuan(left) })}
      confirmText={t('order.refundLine')}
      max={200}
      pending={props.pending}
      error={props.error}
      onCancel={props.onCancel}
      onAttempt={() => setTried(true)}
      onConfirm={(reason) => amount.ok && props.onConfirm(amount.fen, reason)}
    >
      <Form.Item
        label={t('order.refundAmount')}
        required
        htmlFor="refund-amount"
        validateStatus={tried && !amount.ok ? 'error' : undefined}
        help={tried && !amount.ok ? t(`order.amountProblem.${amount.problem}`, { left: formatYuan(left) }) : undefined}
      >
        <Input
          id="refund-amount"
          prefix="¥"
          value={text}
          className="bo-narrow-input"
          onChange={(event) => setText(event.target.value)}
        />
      </Form.Item>
    </ReasonModal>
  );
}

/** An offline payment (bank transfer, cash on delivery) of the whole order, with the bank's or courier's reference. */
function PaymentModal(props: {
  open: boolean;
  totalFen: number;
  pending: boolean;
  error: unknown;
  onCancel: () => void;
  onConfirm: (reference: string) => void;
}) {
  const { t } = useTranslation(CONSOLE_NS);
  const errorOf = useConsoleError();
  const [reference, setReference] = useState('');
  const [tried, setTried] = useState(false);
  const missing = reference.trim() === '';
  const confirm = () => {
    setTried(true);
    if (!missing) props.onConfirm(reference.trim());
  };
  return (
    <Modal
      open={props.open}
      title={t('order.recordPayment')}
      okText={t('order.recordPaymentConfirm')}
      cancelText={t('actions.cancel')}
      okButtonProps={{ loading: props.pending }}
      onOk={confirm}
      onCancel={props.onCancel}
      afterClose={() => {
        setReference('');
        setTried(false);
      }}
      destroyOnHidden
    >
      <Typography.Paragraph>{t('order.paymentNote', { amount: formatYuan(props.totalFen) })}</Typography.Paragraph>
      <Form layout="vertical" component="div">
        <Form.Item
          label={t('order.reference')}
          required
          htmlFor="payment-reference"
          validateStatus={tried && missing ? 'error' : undefined}
          help={tried && missing ? t('order.referenceMissing') : t('order.referenceHint')}
        >
          <Input
            id="payment-reference"
            value={reference}
            maxLength={100}
            onChange={(event) => setReference(event.target.value)}
            onPressEnter={confirm}
          />
        </Form.Item>
      </Form>
      {props.error ? <Alert type="error" showIcon title={errorOf(props.error)} /> : null}
    </Modal>
  );
}
