import { useState } from 'react';
import { App, Button, Card, Form, Input, InputNumber, Modal, Select, Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  StockReasons,
  type PortalProductDto,
  type PortalVariantDto,
  type StockReason,
} from '@shanhai/shared/contracts';
import { useErrorMessage, useLocale, useLocalized } from '@shanhai/web/shared';
import { formatDateTime } from '../../format/date-time';
import { formatYuan } from '../../format/money';
import { useAddVariant, useChangeStock, useStockMovements, useUpdateVariant } from '../api/portal-api';
import { showFieldErrors } from '../shell/field-errors';
import { PORTAL_NS } from '../shell/portal-messages';
import { usePriceRule } from './product-form';
import { priceFenOf, yuanInputOf } from './yuan';

interface StockValues {
  delta: number;
  reason: StockReason;
  note?: string;
}

function StockModal({ variant, onClose }: { variant: PortalVariantDto; onClose: () => void }) {
  const { t } = useTranslation(PORTAL_NS);
  const messageOf = useErrorMessage(PORTAL_NS);
  const { message } = App.useApp();
  const [form] = Form.useForm<StockValues>();
  const change = useChangeStock();
  return (
    <Modal
      open
      title={t('products.stock.title', { sku: variant.sku })}
      okText={t('products.stock.save')}
      cancelText={t('form.cancel')}
      confirmLoading={change.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <p>{t('products.stock.available', { count: variant.available })}</p>
      <Form<StockValues>
        form={form}
        layout="vertical"
        onFinish={(values) =>
          change.mutate(
            {
              variantId: variant.id,
              change: { delta: values.delta, reason: values.reason, note: values.note?.trim() || undefined },
            },
            {
              onSuccess: () => {
                void message.success(t('products.stock.saved'));
                onClose();
              },
              onError: (error) => {
                showFieldErrors(form, error);
                void message.error(messageOf(error));
              },
            },
          )
        }
      >
        <Form.Item
          name="delta"
          label={t('products.stock.delta')}
          extra={t('products.stock.deltaHelp')}
          rules={[
            { required: true, message: t('form.required') },
            {
              validator: (_, value: number | null | undefined) =>
                value === 0 ? Promise.reject(new Error(t('products.stock.zero'))) : Promise.resolve(),
            },
            {
              validator: (_, value: number | null | undefined) =>
                value != null && variant.available + value < 0
                  ? Promise.reject(new Error(t('products.stock.negative', { count: variant.available })))
                  : Promise.resolve(),
            },
          ]}
        >
          <InputNumber min={-100_000} max={100_000} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('products.stock.reason')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <Select options={StockReasons.map((r) => ({ value: r, label: t(`stockReasons.${r}`) }))} />
        </Form.Item>
        <Form.Item name="note" label={t('products.stock.note')}>
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function PriceModal({ variant, onClose }: { variant: PortalVariantDto; onClose: () => void }) {
  const { t } = useTranslation(PORTAL_NS);
  const messageOf = useErrorMessage(PORTAL_NS);
  const { message } = App.useApp();
  const [form] = Form.useForm<{ priceYuan: string; shippingWeightGrams: number }>();
  const update = useUpdateVariant();
  const priceRule = usePriceRule();
  return (
    <Modal
      open
      title={t('products.variantEdit.title', { sku: variant.sku })}
      okText={t('form.save')}
      cancelText={t('form.cancel')}
      confirmLoading={update.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          priceYuan: yuanInputOf(variant.priceFen),
          shippingWeightGrams: variant.shippingWeightGrams,
        }}
        onFinish={(values) => {
          const price = priceFenOf(values.priceYuan);
          if (!('fen' in price)) return;
          update.mutate(
            {
              id: variant.id,
              change: { priceFen: price.fen, shippingWeightGrams: values.shippingWeightGrams ?? 0 },
            },
            {
              onSuccess: () => {
                void message.success(t('products.variantEdit.saved'));
                onClose();
              },
              onError: (error) => {
                showFieldErrors(form, error, { priceFen: 'priceYuan' });
                void message.error(messageOf(error));
              },
            },
          );
        }}
      >
        <Form.Item name="priceYuan" label={t('products.variantEdit.price')} rules={[priceRule]}>
          <Input prefix="¥" inputMode="decimal" />
        </Form.Item>
        <Form.Item name="shippingWeightGrams" label={t('products.variantEdit.weight')}>
          <InputNumber min={0} max={100_000} precision={0} suffix="g" style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface NewVariantValues {
  labelZh: string;
  labelEn?: string;
  priceYuan: string;
  shippingWeightGrams?: number;
}

/** Adds a variant (a second weight grade, a gift box) to a listed product; its stock starts at 0. */
function AddVariantModal({ product, onClose }: { product: PortalProductDto; onClose: () => void }) {
  const { t } = useTranslation(PORTAL_NS);
  const messageOf = useErrorMessage(PORTAL_NS);
  const { message } = App.useApp();
  const [form] = Form.useForm<NewVariantValues>();
  const add = useAddVariant();
  const priceRule = usePriceRule();
  return (
    <Modal
      open
      title={t('products.variantAdd.title')}
      okText={t('form.save')}
      cancelText={t('form.cancel')}
      confirmLoading={add.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <p>{t('products.variantAdd.hint')}</p>
      <Form<NewVariantValues>
        form={form}
        layout="vertical"
        onFinish={(values) => {
          const price = priceFenOf(values.priceYuan);
          if (!('fen' in price)) return;
          add.mutate(
            {
              productId: product.id,
              variant: {
                labelZh: values.labelZh.trim(),
                labelEn: values.labelEn?.trim() ?? '',
                priceFen: price.fen,
                shippingWeightGrams: values.shippingWeightGrams ?? 0,
              },
            },
            {
              onSuccess: () => {
                void message.success(t('products.variantAdd.saved'));
                onClose();
              },
              onError: (error) => {
                showFieldErrors(form, error, { priceFen: 'priceYuan' });
                void message.error(messageOf(error));
              },
            },
          );
        }}
      >
        <Form.Item
          name="labelZh"
          label={t('products.variantAdd.labelZh')}
          rules={[{ required: true, whitespace: true, message: t('form.required') }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="labelEn" label={t('products.variantAdd.labelEn')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="priceYuan"
          label={t('products.variantEdit.price')}
          rules={[{ required: true, message: t('form.required') }, priceRule]}
        >
          <Input prefix="¥" inputMode="decimal" />
        </Form.Item>
        <Form.Item name="shippingWeightGrams" label={t('products.variantEdit.weight')}>
          <InputNumber min={0} max={100_000} precision={0} suffix="g" style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The variants with price, weight and stock; a stock change with its reason; the movement history. */
export function VariantsCard({ product }: { product: PortalProductDto }) {
  const { t } = useTranslation(PORTAL_NS);
  const localize = useLocalized();
  const locale = useLocale();
  const [stockOf, setStockOf] = useState<PortalVariantDto | null>(null);
  const [priceOf, setPriceOf] = useState<PortalVariantDto | null>(null);
  const [adding, setAdding] = useState(false);
  const movements = useStockMovements(null);
  const ids = new Set(product.variants.map((v) => v.id));
  const mine = (movements.data ?? []).filter((m) => ids.has(m.variantId));
  return (
    <>
      <Card
        title={t('products.sections.variants')}
        extra={
          <Button size="small" onClick={() => setAdding(true)}>
            {t('products.variantAdd.open')}
          </Button>
        }
      >
        <Table<PortalVariantDto>
          rowKey="id"
          pagination={false}
          dataSource={product.variants}
          columns={[
            { key: 'sku', title: 'SKU', dataIndex: 'sku' },
            { key: 'label', title: t('products.variant.label'), render: (_, v) => localize(v.label) },
            { key: 'price', title: t('products.columns.price'), render: (_, v) => formatYuan(v.priceFen) },
            {
              key: 'weight',
              title: t('products.variantEdit.weight'),
              render: (_, v) => `${v.shippingWeightGrams} g`,
            },
            { key: 'available', title: t('products.columns.stock'), dataIndex: 'available' },
            {
              key: 'actions',
              title: t('products.columns.actions'),
              render: (_, v) => (
                <Space>
                  <Button size="small" onClick={() => setPriceOf(v)}>
                    {t('products.variantEdit.open')}
                  </Button>
                  <Button size="small" onClick={() => setStockOf(v)}>
                    {t('products.stock.open')}
                  </Button>
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <Card title={t('products.movements.title')}>
        <Table
          rowKey="id"
          size="small"
          loading={movements.isPending}
          dataSource={mine}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          locale={{ emptyText: t('products.movements.empty') }}
          columns={[
            { key: 'at', title: t('products.movements.at'), render: (_, m) => formatDateTime(m.at, locale) },
            { key: 'sku', title: 'SKU', dataIndex: 'sku' },
            {
              key: 'delta',
              title: t('products.movements.delta'),
              render: (_, m) => (m.delta > 0 ? `+${m.delta}` : String(m.delta)),
            },
            {
              key: 'reason',
              title: t('products.stock.reason'),
              render: (_, m) => t(`stockReasons.${m.reason}`),
            },
            { key: 'note', title: t('products.stock.note'), render: (_, m) => m.note ?? '' },
            { key: 'after', title: t('products.movements.after'), dataIndex: 'availableAfter' },
          ]}
        />
      </Card>
      {stockOf && <StockModal variant={stockOf} onClose={() => setStockOf(null)} />}
      {priceOf && <PriceModal variant={priceOf} onClose={() => setPriceOf(null)} />}
      {adding && <AddVariantModal product={product} onClose={() => setAdding(false)} />}
    </>
  );
}
