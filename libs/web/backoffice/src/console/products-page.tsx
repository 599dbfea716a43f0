import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { Alert, Button, Card, Empty, Flex, Image, Popconfirm, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProductQueueItemDto, ProductReviewStatus } from '@shanhai/shared/contracts';
import { useLocale, useLocalized } from '@shanhai/web/shared';
import { formatDateTime } from '../format/date-time';
import { formatYuan } from '../format/money';
import { useSessionEndsOn401 } from '../shell/admin-gate';
import { useProductQueue, useProductReview } from './console-api';
import { CONSOLE_NS } from './console-messages';
import { PageHeading, ReasonModal, useConsoleError } from './console-ui';

// The review states as the queue's tabs. Spelled here, not imported: the portal contracts module
// builds its zod schemas when loaded, which would put zod into the shell's shared chunk.
const ProductReviewStatuses = ['pending', 'approved', 'rejected'] as const satisfies readonly ProductReviewStatus[];

function reviewOf(params: URLSearchParams): ProductReviewStatus {
  const review = params.get('review');
  return (ProductReviewStatuses as readonly string[]).includes(review ?? '') ? (review as ProductReviewStatus) : 'pending';
}

/** `/admin/products`: products waiting for review, with their photos and variants; approve or reject. */
export function ProductsPage() {
  const { t } = useTranslation(CONSOLE_NS);
  const errorOf = useConsoleError();
  const [params, setParams] = useSearchParams();
  const review = reviewOf(params);
  const queue = useProductQueue(review);
  const decide = useProductReview();
  const [rejecting, setRejecting] = useState<ProductQueueItemDto | null>(null);
  useSessionEndsOn401(queue.error);

  return (
    <div className="bo-page" data-testid="console-products">
      <Flex vertical gap={16}>
        <PageHeading title={t('products.title')} lead={t('products.lead')} />
        <Tabs
          activeKey={review}
          onChange={(key) => setParams(key === 'pending' ? {} : { review: key })}
          items={ProductReviewStatuses.map((s) => ({ key: s, label: t(`reviewStatus.${s}`) }))}
        />
        {queue.isError && <Alert type="error" showIcon title={errorOf(queue.error)} />}
        {decide.isError && !rejecting && <Alert type="error" showIcon title={errorOf(decide.error)} />}
        {queue.isSuccess && queue.data.length === 0 && <Empty description={t(`products.empty.${review}`)} />}
        {queue.data?.map((product) => (
          <ProductCard
            key={product.id}
            product={product}
            pending={decide.isPending && decide.variables?.productId === product.id}
            onApprove={() => decide.mutate({ productId: product.id, reason: null })}
            onReject={() => {
              decide.reset();
              setRejecting(product);
            }}
          />
        ))}
      </Flex>
      <ReasonModal
        open={rejecting !== null}
        title={t('products.rejectTitle', { name: rejecting?.name.zh ?? '' })}
        description={t('products.reasonNote')}
        confirmText={t('actions.reject')}
        pending={decide.isPending}
        error={decide.error}
        onCancel={() => {
          setRejecting(null);
          decide.reset();
        }}
        onConfirm={(reason) =>
          rejecting && decide.mutate({ productId: rejecting.id, reason }, { onSuccess: () => setRejecting(null) })
        }
      />
    </div>
  );
}

function ProductCard(props: {
  product: ProductQueueItemDto;
  pending: boolean;
  onApprove: () => void;
  onReject: () => void;
}) {
  const { t } = useTranslation(CONSOLE_NS);
  const localize = useLocalized();
  const locale = useLocale();
  const p = props.product;
  return (
    <Card
      data-testid="product-review"
      title={
        <h2 className="bo-card-title">
          {localize(p.name)} <Tag>{t(`reviewStatus.${p.reviewStatus}`)}</Tag>
        </h2>
      }
      extra={
        <Space>
          {p.reviewStatus !== 'approved' && (
            <Popconfirm
              title={t('products.approveConfirm')}
              okText={t('actions.approve')}
              cancelText={t('actions.cancel')}
              onConfirm={props.onApprove}
            >
              <Button type="primary" loading={props.pending}>
                {t('actions.approve')}
              </Button>
            </Popconfirm>
          )}
          {p.reviewStatus !== 'rejected' && (
            <Button danger onClick={props.onReject}>
              {t('actions.reject')}
            </Button>
          )}
        </Space>
      }
    >
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">
          {t('products.meta', {
            cooperative: localize(p.cooperative.name),
            category: p.categorySlug,
            updated: formatDateTime(p.updatedAt, locale),
          })}
        </Typography.Text>
        {p.reviewReason && <Alert type="warning" showIcon title={t('products.reason', { reason: p.reviewReason })} />}
        {p.imageUrls.length > 0 ? (
          <Image.PreviewGroup>
            <Space wrap>
              {p.imageUrls.map((url, index) => (
                <Image
                  key={url}
                  src={url}
                  width={120}
                  height={120}
                  className="bo-thumb"
                  alt={t('products.photo', { name: localize(p.name), n: index + 1 })}
                />
              ))}
            </Space>
          </Image.PreviewGroup>
        ) : (
          <Typography.Text type="warning">{t('products.noPhotos')}</Typography.Text>
        )}
        <Typography.Paragraph className="bo-pre" ellipsis={{ rows: 3, expandable: true }}>
          {localize(p.description)}
        </Typography.Paragraph>
        <Table
          size="small"
          rowKey="sku"
          pagination={false}
          dataSource={p.variants}
          columns={[
            { key: 'sku', title: t('products.sku'), render: (_, v) => <Typography.Text code>{v.sku}</Typography.Text> },
            { key: 'label', title: t('products.variant'), render: (_, v) => localize(v.label) },
            { key: 'price', title: t('products.price'), align: 'right', render: (_, v) => formatYuan(v.priceFen) },
          ]}
        />
      </Flex>
    </Card>
  );
}
