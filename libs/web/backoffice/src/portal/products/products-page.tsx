import { Link } from 'react-router';
import { App, Button, Image, Space, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { PortalProductDto } from '@shanhai/shared/contracts';
import { ErrorState, useErrorMessage, useLocalized } from '@shanhai/web/shared';
import { formatYuan } from '../../format/money';
import { usePortalProducts, useSetProductStatus } from '../api/portal-api';
import { PORTAL_NS } from '../shell/portal-messages';
import { ReviewTag, VisibilityTag } from './review-tags';

function priceRange(product: PortalProductDto): string {
  const prices = product.variants.map((v) => v.priceFen);
  if (prices.length === 0) return '—';
  const [min, max] = [Math.min(...prices), Math.max(...prices)];
  return min === max ? formatYuan(min) : `${formatYuan(min)} – ${formatYuan(max)}`;
}

/** `/co/products`: every product of the cooperative with its review and whether buyers see it. */
export function ProductsPage() {
  const { t } = useTranslation(PORTAL_NS);
  const localize = useLocalized();
  const messageOf = useErrorMessage(PORTAL_NS);
  const { message } = App.useApp();
  const products = usePortalProducts();
  const setStatus = useSetProductStatus();

  const toggle = (product: PortalProductDto) => {
    const status = product.status === 'active' ? 'hidden' : 'active';
    setStatus.mutate(
      { id: product.id, status },
      {
        onSuccess: () => void message.success(t(`products.statusChanged.${status}`)),
        onError: (error) => void message.error(messageOf(error)),
      },
    );
  };

  return (
    <div className="co-page">
      <title>{t('documentTitle', { page: t('products.title') })}</title>
      <div className="co-page__head">
        <Typography.Title level={1}>{t('products.title')}</Typography.Title>
        <Link to="/co/products/new">
          <Button type="primary" icon={<PlusOutlined />}>
            {t('products.new')}
          </Button>
        </Link>
      </div>
      {products.isError ? (
        <ErrorState error={products.error} ns={PORTAL_NS} onRetry={() => void products.refetch()} />
      ) : (
        <Table<PortalProductDto>
          rowKey="id"
          loading={products.isPending}
          dataSource={products.data ?? []}
          pagination={false}
          locale={{ emptyText: t('products.empty') }}
          columns={[
            {
              key: 'photo',
              title: t('products.columns.photo'),
              width: 72,
              render: (_, p) =>
                p.images[0] ? (
                  <Image
                    width={48}
                    height={48}
                    src={p.images[0].thumbUrl ?? p.images[0].url}
                    alt={localize(p.name)}
                    preview={false}
                  />
                ) : null,
            },
            {
              key: 'name',
              title: t('products.columns.name'),
              render: (_, p) => <Link to={`/co/products/${p.id}`}>{localize(p.name)}</Link>,
            },
            { key: 'price', title: t('products.columns.price'), render: (_, p) => priceRange(p) },
            {
              key: 'stock',
              title: t('products.columns.stock'),
              render: (_, p) => p.variants.reduce((sum, v) => sum + v.available, 0),
            },
            {
              key: 'review',
              title: t('products.columns.review'),
              render: (_, p) => (
                <Space direction="vertical" size={0}>
                  <ReviewTag status={p.reviewStatus} />
                  {p.reviewReason && <Typography.Text type="secondary">{p.reviewReason}</Typography.Text>}
                </Space>
              ),
            },
            {
              key: 'status',
              title: t('products.columns.visibility'),
              render: (_, p) => <VisibilityTag status={p.status} />,
            },
            {
              key: 'actions',
              title: t('products.columns.actions'),
              render: (_, p) =>
                p.reviewStatus === 'approved' || p.status === 'active' ? (
                  <Button
                    size="small"
                    onClick={() => toggle(p)}
                    loading={setStatus.isPending && setStatus.variables?.id === p.id}
                  >
                    {p.status === 'active' ? t('products.hide') : t('products.show')}
                  </Button>
                ) : null,
            },
          ]}
        />
      )}
    </div>
  );
}
