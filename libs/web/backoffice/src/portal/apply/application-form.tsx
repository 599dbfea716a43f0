import { useState } from 'react';
import { Alert, Button, Card, Col, Form, Input, InputNumber, Row, Select, Space } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import {
  BenefitMechanismTypes,
  LegalForms,
  type BenefitMechanismType,
  type CooperativeApplicationDto,
  type CooperativeApplicationRequest,
  type LegalForm,
} from '@shanhai/shared/contracts';
import { useErrorMessage, useLocalized, useTownships } from '@shanhai/web/shared';
import { useApply } from '../api/portal-api';
import { showFieldErrors } from '../shell/field-errors';
import { PORTAL_NS } from '../shell/portal-messages';
import { creditCodeMessageKey } from './credit-code-rule';

interface ApplicationValues {
  nameZh: string;
  nameEn: string;
  legalForm: LegalForm;
  creditCode: string;
  townshipSlug: string;
  villageSlug: string;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
  storyZh: string;
  storyEn?: string;
  benefitMechanisms: { type: BenefitMechanismType; descriptionZh: string; descriptionEn?: string }[];
  linkedHouseholds: number;
  linkedPersons: number;
}

/** The form's values as the API's request. */
export function applicationRequest(v: ApplicationValues): CooperativeApplicationRequest {
  return {
    nameZh: v.nameZh,
    nameEn: v.nameEn,
    legalForm: v.legalForm,
    creditCode: v.creditCode.trim().toUpperCase(),
    townshipSlug: v.townshipSlug,
    villageSlug: v.villageSlug,
    contactName: v.contactName,
    contactPhone: v.contactPhone,
    contactEmail: v.contactEmail,
    storyZh: v.storyZh,
    storyEn: v.storyEn ?? '',
    benefitMechanisms: v.benefitMechanisms.map((m) => ({
      type: m.type,
      descriptionZh: m.descriptionZh,
      descriptionEn: m.descriptionEn ?? '',
    })),
    linkedHouseholds: v.linkedHouseholds,
    linkedPersons: v.linkedPersons,
  };
}

/**
 * Applying to sell: who the cooperative is (with its credit code checked here by the same rule
 * the API uses), where it is, whom to call, its story, how it benefits households (counts only:
 * households are never named). The API's field problems are shown on the fields.
 */
export function ApplicationForm({
  onApplied,
}: {
  onApplied: (application: CooperativeApplicationDto) => void;
}) {
  const { t } = useTranslation(PORTAL_NS);
  const messageOf = useErrorMessage(PORTAL_NS);
  const localize = useLocalized();
  const [form] = Form.useForm<ApplicationValues>();
  const apply = useApply();
  const townships = useTownships();
  const townshipSlug = Form.useWatch('townshipSlug', form);
  const villages = townships.data?.find((tw) => tw.slug === townshipSlug)?.villages ?? [];
  const [otherProblems, setOtherProblems] = useState<string[]>([]);

  const submit = (values: ApplicationValues) => {
    setOtherProblems([]);
    apply.mutate(applicationRequest(values), {
      onSuccess: onApplied,
      onError: (error) => setOtherProblems(showFieldErrors(form, error)),
    });
  };

  const required = { required: true, message: t('form.required') };

  return (
    <Form<ApplicationValues>
      form={form}
      layout="vertical"
      onFinish={submit}
      initialValues={{ benefitMechanisms: [{}], legalForm: 'cooperative' }}
      aria-label={t('apply.formLabel')}
    >
      {apply.isError && (
        <Alert
          type="error"
          showIcon
          className="co-form-alert"
          title={messageOf(apply.error)}
          description={otherProblems.length > 0 ? otherProblems.join(' · ') : undefined}
        />
      )}
      <Card title={t('apply.sections.who')}>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="nameZh" label={t('apply.nameZh')} rules={[required]}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="nameEn" label={t('apply.nameEn')} rules={[required]}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="legalForm" label={t('apply.legalForm')} rules={[required]}>
              <Select options={LegalForms.map((f) => ({ value: f, label: t(`legalForms.${f}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="creditCode"
              label={t('apply.creditCode.label')}
              extra={t('apply.creditCode.help')}
              validateFirst
              rules={[
                {
                  validator: (_, value: string | undefined) => {
                    const key = creditCodeMessageKey(value);
                    return key ? Promise.reject(new Error(t(key))) : Promise.resolve();
                  },
                },
              ]}
            >
              <Input maxLength={18} autoComplete="off" spellCheck={false} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="townshipSlug" label={t('apply.township')} rules={[required]}>
              <Select
                loading={townships.isPending}
                options={(townships.data ?? []).map((tw) => ({ value: tw.slug, label: localize(tw.name) }))}
                onChange={() => form.setFieldValue('villageSlug', undefined)}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="villageSlug" label={t('apply.village')} rules={[required]}>
              <Select
                disabled={!townshipSlug}
                options={villages.map((v) => ({ value: v.slug, label: localize(v.name) }))}
              />
            </Form.Item>
          </Col>
        </Row>
      </Card>
      <Card title={t('apply.sections.contact')}>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="contactName" label={t('apply.contactName')} rules={[required]}>
              <Input maxLength={60} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="contactPhone" label={t('apply.contactPhone')} rules={[required]}>
              <Input type="tel" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="contactEmail"
              label={t('apply.contactEmail')}
              rules={[required, { type: 'email', message: t('form.email') }]}
            >
              <Input type="email" />
            </Form.Item>
          </Col>
        </Row>
      </Card>
      <Card title={t('apply.sections.story')}>
        <Form.Item name="storyZh" label={t('apply.storyZh')} rules={[required]}>
          <Input.TextArea rows={4} maxLength={4000} />
        </Form.Item>
        <Form.Item name="storyEn" label={t('apply.storyEn')}>
          <Input.TextArea rows={4} maxLength={4000} />
        </Form.Item>
      </Card>
      <Card title={t('apply.sections.benefit')}>
        <Form.List name="benefitMechanisms">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <Row gutter={16} key={field.key} align="top">
                  <Col xs={24} md={6}>
                    <Form.Item
                      name={[field.name, 'type']}
                      label={t('apply.mechanism.type', { n: index + 1 })}
                      rules={[required]}
                    >
                      <Select
                        options={BenefitMechanismTypes.map((m) => ({
                          value: m,
                          label: t(`mechanisms.${m}`),
                        }))}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={8}>
                    <Form.Item
                      name={[field.name, 'descriptionZh']}
                      label={t('apply.mechanism.descriptionZh')}
                      rules={[required]}
                    >
                      <Input maxLength={1000} />
                    </Form.Item>
                  </Col>
                  <Col xs={22} md={8}>
                    <Form.Item
                      name={[field.name, 'descriptionEn']}
                      label={t('apply.mechanism.descriptionEn')}
                    >
                      <Input maxLength={1000} />
                    </Form.Item>
                  </Col>
                  <Col xs={2} md={2}>
                    {fields.length > 1 && (
                      <Button
                        type="text"
                        className="co-remove-row"
                        aria-label={t('apply.mechanism.remove', { n: index + 1 })}
                        icon={<MinusCircleOutlined />}
                        onClick={() => remove(field.name)}
                      />
                    )}
                  </Col>
                </Row>
              ))}
              {fields.length < 8 && (
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
                  {t('apply.mechanism.add')}
                </Button>
              )}
            </>
          )}
        </Form.List>
        <Row gutter={16} className="co-counts">
          <Col xs={24} md={12}>
            <Form.Item
              name="linkedHouseholds"
              label={t('apply.linkedHouseholds')}
              extra={t('apply.countsHelp')}
              rules={[required]}
            >
              <InputNumber min={0} max={100_000} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="linkedPersons"
              label={t('apply.linkedPersons')}
              dependencies={['linkedHouseholds']}
              rules={[
                required,
                ({ getFieldValue }) => ({
                  validator: (_, value: number | null | undefined) => {
                    const households = getFieldValue('linkedHouseholds') as number | null | undefined;
                    if (value == null || households == null || value >= households) return Promise.resolve();
                    return Promise.reject(new Error(t('apply.personsBelowHouseholds')));
                  },
                }),
              ]}
            >
              <InputNumber min={0} max={1_000_000} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      </Card>
      <Space className="co-form-actions">
        <Button type="primary" htmlType="submit" loading={apply.isPending}>
          {t('apply.submit')}
        </Button>
      </Space>
    </Form>
  );
}
