import { Button, Card, Col, Form, Input, InputNumber, Row, Select } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import type { FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProductCreateRequest } from '@shanhai/shared/contracts';
import { useCategories, useLocalized, useTownships } from '@shanhai/web/shared';
import { PORTAL_NS } from '../shell/portal-messages';
import { priceFenOf } from './yuan';

export interface VariantValues {
  labelZh: string;
  labelEn?: string;
  /** yuan as typed; sent as fen */
  priceYuan: string;
  shippingWeightGrams?: number | null;
}

export interface ProductValues {
  nameZh: string;
  nameEn: string;
  categorySlug: string;
  townshipSlug?: string;
  villageSlug: string;
  descriptionZh?: string;
  descriptionEn?: string;
  variants?: VariantValues[];
}

/** The form's values as the create request: prices typed in yuan become whole fen, exactly. */
export function productCreateRequest(v: ProductValues): ProductCreateRequest {
  return {
    nameZh: v.nameZh,
    nameEn: v.nameEn,
    categorySlug: v.categorySlug,
    villageSlug: v.villageSlug,
    descriptionZh: v.descriptionZh ?? '',
    descriptionEn: v.descriptionEn ?? '',
    variants: (v.variants ?? []).map((variant) => {
      const price = priceFenOf(variant.priceYuan);
      if (!('fen' in price)) throw new Error(`not a price: ${variant.priceYuan}`);
      return {
        labelZh: variant.labelZh,
        labelEn: variant.labelEn ?? '',
        priceFen: price.fen,
        shippingWeightGrams: variant.shippingWeightGrams ?? 0,
      };
    }),
  };
}

/** The price field's rule: what the API would refuse is said here, in the user's language. */
export function usePriceRule() {
  const { t } = useTranslation(PORTAL_NS);
  return {
    validator: (_: unknown, value: string | undefined) => {
      const price = priceFenOf(value);
      return 'problem' in price
        ? Promise.reject(new Error(t(`products.price.${price.problem}`)))
        : Promise.resolve();
    },
  };
}

/**
 * A product's names, category, village and description, and (when creating) its variants with a
 * price in yuan and a shipping weight in grams.
 */
export function ProductFields({
  form,
  withVariants,
}: {
  form: FormInstance<ProductValues>;
  withVariants: boolean;
}) {
  const { t } = useTranslation(PORTAL_NS);
  const localize = useLocalized();
  const categories = useCategories();
  const townships = useTownships();
  const townshipSlug = Form.useWatch('townshipSlug', form);
  const villages = townships.data?.find((tw) => tw.slug === townshipSlug)?.villages ?? [];
  const priceRule = usePriceRule();
  const required = { required: true, message: t('form.required') };
  return (
    <>
      <Card title={t('products.sections.product')}>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="nameZh" label={t('products.nameZh')} rules={[required]}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="nameEn" label={t('products.nameEn')} rules={[required]}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="categorySlug" label={t('products.category')} rules={[required]}>
              <Select
                loading={categories.isPending}
                options={(categories.data ?? []).map((c) => ({ value: c.slug, label: localize(c.name) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="townshipSlug" label={t('products.township')} rules={[required]}>
              <Select
                loading={townships.isPending}
                options={(townships.data ?? []).map((tw) => ({ value: tw.slug, label: localize(tw.name) }))}
                onChange={() => form.setFieldValue('villageSlug', undefined)}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="villageSlug" label={t('products.village')} rules={[required]}>
              <Select
                disabled={!townshipSlug}
                options={villages.map((v) => ({ value: v.slug, label: localize(v.name) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="descriptionZh" label={t('products.descriptionZh')}>
              <Input.TextArea rows={4} maxLength={8000} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="descriptionEn" label={t('products.descriptionEn')}>
              <Input.TextArea rows={4} maxLength={8000} />
            </Form.Item>
          </Col>
        </Row>
      </Card>
      {withVariants && (
        <Card title={t('products.sections.variants')}>
          <Form.List name="variants">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field, index) => (
                  <Row gutter={16} key={field.key}>
                    <Col xs={24} md={6}>
                      <Form.Item
                        name={[field.name, 'labelZh']}
                        label={t('products.variant.labelZh', { n: index + 1 })}
                        rules={[required]}
                      >
                        <Input maxLength={100} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={6}>
                      <Form.Item
                        name={[field.name, 'labelEn']}
                        label={t('products.variant.labelEn', { n: index + 1 })}
                      >
                        <Input maxLength={100} />
                      </Form.Item>
                    </Col>
                    <Col xs={12} md={5}>
                      <Form.Item
                        name={[field.name, 'priceYuan']}
                        label={t('products.variant.price', { n: index + 1 })}
                        rules={[priceRule]}
                      >
                        <Input prefix="¥" inputMode="decimal" />
                      </Form.Item>
                    </Col>
                    <Col xs={10} md={5}>
                      <Form.Item
                        name={[field.name, 'shippingWeightGrams']}
                        label={t('products.variant.weight', { n: index + 1 })}
                      >
                        <InputNumber
                          min={0}
                          max={100_000}
                          precision={0}
                          suffix="g"
                          style={{ width: '100%' }}
                        />
                      </Form.Item>
                    </Col>
                    <Col xs={2} md={2}>
                      {fields.length > 1 && (
                        <Button
                          type="text"
                          className="co-remove-row"
                          aria-label={t('products.variant.remove', { n: index + 1 })}
                          icon={<MinusCircleOutlined />}
                          onClick={() => remove(field.name)}
                        />
                      )}
                    </Col>
                  </Row>
                ))}
                {fields.length < 20 && (
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
                    {t('products.variant.add')}
                  </Button>
                )}
              </>
            )}
          </Form.List>
        </Card>
      )}
    </>
  );
}
