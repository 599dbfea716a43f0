import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { Alert, App, Button, Form, Space, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PortalProductDto } from '@shanhai/shared/contracts';
import { ErrorState, useErrorMessage, useLocalized, useTownships } from '@shanhai/web/shared';
import { usePortalProduct, useSetProductStatus, useUpdateProduct } from '../api/portal-api';
import { showFieldErrors } from '../shell/field-errors';
import { PORTAL_NS } from '../shell/portal-messages';
import { PhotosCard } from './photos-card';
import { ProductFields, type ProductValues } from './product-form';
import { ReviewTag, VisibilityTag } from './review-tags';
import { VariantsCard } from './variants-card';

function DetailsForm({ product }: { product: PortalProductDto }) {
  const { t } = useTranslation(PORTAL_NS);
  const messageOf = useErrorMessage(PORTAL_NS);
  const { message } = App.useApp();
  const townships = useTownships();
  const [form] = Form.useForm<ProductValues>();
  const update = useUpdateProduct(product.id);
  const [otherProblems, setOtherProblems] = useState<string[]>([]);
  if (townships.isPending) return <Spin />;
  const townshipSlug = townships.data?.find((tw) =>
    tw.villages.some((v) => v.slug === product.villageSlug),
  )?.slug;
  return (
    <Form<ProductValues>
      form={form}
      layout="vertical"
      aria-label={t('products.editTitle')}
      initialValues={{
        nameZh: product.name.zh,
        nameEn: product.name.en,
        categorySlug: product.categorySlug,
        townshipSlug,
        villageSlug: product.villageSlug,
        descriptionZh: product.description.zh,
        descriptionEn: product.description.en,
      }}
      onFinish={(v) => {
        setOtherProblems([]);
        update.mutate(
          {
            nameZh: v.nameZh,
            nameEn: v.nameEn,
            categorySlug: v.categorySlug,
            villageSlug: v.villageSlug,
            descriptionZh: v.descriptionZh ?? '',
            descriptionEn: v.descriptionEn ?? '',
          },
          {
            onSuccess: () => void message.success(t('products.saved')),
            onError: (error) => setOtherProblems(showFieldErrors(form, error)),
          },
        );
      }}
    >
      {update.isError && (
        <Alert
          type="error"
          showIcon
          className="co-form-alert"
          title={messageOf(update.error)}
          description={otherProblems.length > 0 ? otherProblems.join(' · ') : undefined}
        />
      )}
      <ProductFields form={form} withVariants={false} />
      <Space className="co-form-actions">
        <Button type="primary" htmlType="submit" loading={update.isPending}>
          {t('form.save')}
        </Button>
      </Space>
    </Form>
  );
}

/** `/co/products/:id`: review and visibility, details, photos, variants, stock and its history. */
export function ProductPage() {
  const { t } = useTranslation(PORTAL_NS);
  const localize = useLocalized();
  const messageOf = useErrorMessage(PORTAL_NS);
  const { message } = App.useApp();
  const { id = '' } = useParams();
  const product = usePortalProduct(id);
  const setStatus = useSetProductStatus();
  if (product.isPending)
    return (
      <div className="bo-centre">
        <Spin size="large" />
      </div>
    );
  if (product.isError)
    return <ErrorState error={product.error} ns={PORTAL_NS} onRetry={() => void product.refetch()} />;
  const p = product.data;
  const next = p.status === 'active' ? 'hidden' : 'active';
  return (
    <div className="co-page">
      <title>{t('documentTitle', { page: localize(p.name) })}</title>
      <Link to="/co/products">{t('products.back')}</Link>
      <div className="co-page__head">
        <Typography.Title level={1}>{localize(p.name)}</Typography.Title>
        <Space>
          <ReviewTag status={p.reviewStatus} />
          <VisibilityTag status={p.status} />
          <Button
            disabled={next === 'active' && p.reviewStatus !== 'approved'}
            loading={setStatus.isPending}
            onClick={() =>
              setStatus.mutate(
                { id: p.id, status: next },
                {
                  onSuccess: () => void message.success(t(`products.statusChanged.${next}`)),
                  onError: (error) => void message.error(messageOf(error)),
                },
              )
            }
          >
            {next === 'active' ? t('products.show') : t('products.hide')}
          </Button>
        </Space>
      </div>
      {p.reviewStatus === 'pending' && <Alert type="info" showIcon title={t('products.pendingReview')} />}
      {p.reviewStatus === 'rejected' && (
        <Alert
          type="error"
          showIcon
          title={t('products.rejected')}
          description={p.reviewReason ?? undefined}
        />
      )}
      <PhotosCard product={p} />
      <VariantsCard product={p} />
      <DetailsForm product={p} key={p.updatedAt} />
    </div>
  );
}
