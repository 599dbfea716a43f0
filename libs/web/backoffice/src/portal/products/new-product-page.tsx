import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Alert, Button, Form, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '@shanhai/web/shared';
import { useCreateProduct } from '../api/portal-api';
import { showFieldErrors } from '../shell/field-errors';
import { PORTAL_NS } from '../shell/portal-messages';
import { ProductFields, productCreateRequest, type ProductValues } from './product-form';

/** `/co/products/new`: a new product with its variants; it waits for the platform's review. */
export function NewProductPage() {
  const { t } = useTranslation(PORTAL_NS);
  const messageOf = useErrorMessage(PORTAL_NS);
  const navigate = useNavigate();
  const [form] = Form.useForm<ProductValues>();
  const create = useCreateProduct();
  const [otherProblems, setOtherProblems] = useState<string[]>([]);

  const submit = (values: ProductValues) => {
    setOtherProblems([]);
    create.mutate(productCreateRequest(values), {
      onSuccess: (product) => void navigate(`/co/products/${product.id}`),
      onError: (error) => setOtherProblems(showFieldErrors(form, error, { priceFen: 'priceYuan' })),
    });
  };

  return (
    <div className="co-page">
      <title>{t('documentTitle', { page: t('products.newTitle') })}</title>
      <Typography.Title level={1}>{t('products.newTitle')}</Typography.Title>
      <Typography.Paragraph>{t('products.newIntro')}</Typography.Paragraph>
      <Form<ProductValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ variants: [{}] }}
        aria-label={t('products.newTitle')}
      >
        {create.isError && (
          <Alert
            type="error"
            showIcon
            className="co-form-alert"
            title={messageOf(create.error)}
            description={otherProblems.length > 0 ? otherProblems.join(' · ') : undefined}
          />
        )}
        <ProductFields form={form} withVariants />
        <Space className="co-form-actions">
          <Button type="primary" htmlType="submit" loading={create.isPending}>
            {t('products.create')}
          </Button>
          <Button onClick={() => void navigate('/co/products')}>{t('form.cancel')}</Button>
        </Space>
      </Form>
    </div>
  );
}
