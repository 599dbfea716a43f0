import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Form,
  Input,
  Row,
  Select,
  Table,
  Typography,
  Upload,
} from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import type { UploadFile } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { CertificateSubmissionDto } from '@shanhai/shared/contracts';
import { ErrorState, useErrorMessage, useLocalized } from '@shanhai/web/shared';
import {
  useAttachScan,
  usePortalCertificates,
  usePortalProducts,
  useSubmitCertificate,
} from '../api/portal-api';
import { showFieldErrors } from '../shell/field-errors';
import { PORTAL_NS } from '../shell/portal-messages';
import { ReviewTag } from '../products/review-tags';

interface CertificateValues {
  productId: string;
  number: string;
  issuer: string;
  validFrom: Dayjs;
  validTo: Dayjs;
}

function SubmitForm() {
  const { t } = useTranslation(PORTAL_NS);
  const localize = useLocalized();
  const messageOf = useErrorMessage(PORTAL_NS);
  const { message } = App.useApp();
  const [form] = Form.useForm<CertificateValues>();
  const products = usePortalProducts();
  const submit = useSubmitCertificate();
  // the chosen scan, held here until the certificate exists (it is sent to the new submission)
  const [scan, setScan] = useState<{ file: File; shown: UploadFile[] } | null>(null);
  const [otherProblems, setOtherProblems] = useState<string[]>([]);
  const required = { required: true, message: t('form.required') };
  return (
    <Card title={t('certificates.submitTitle')}>
      <Form<CertificateValues>
        form={form}
        layout="vertical"
        aria-label={t('certificates.submitTitle')}
        onFinish={(v) => {
          setOtherProblems([]);
          submit.mutate(
            {
              productId: v.productId,
              request: {
                number: v.number,
                issuer: v.issuer,
                validFrom: v.validFrom.format('YYYY-MM-DD'),
                validTo: v.validTo.format('YYYY-MM-DD'),
              },
              scan: scan?.file ?? null,
            },
            {
              onSuccess: ({ scanError }) => {
                if (scanError)
                  void message.warning(`${t('certificates.scanFailed')} ${messageOf(scanError)}`);
                else void message.success(t('certificates.submitted'));
                form.resetFields();
                setScan(null);
              },
              onError: (error) => setOtherProblems(showFieldErrors(form, error)),
            },
          );
        }}
      >
        {submit.isError && (
          <Alert
            type="error"
            showIcon
            className="co-form-alert"
            title={messageOf(submit.error)}
            description={otherProblems.length > 0 ? otherProblems.join(' · ') : undefined}
          />
        )}
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="productId" label={t('certificates.product')} rules={[required]}>
              <Select
                loading={products.isPending}
                options={(products.data ?? []).map((p) => ({ value: p.id, label: localize(p.name) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="number" label={t('certificates.number')} rules={[required]}>
              <Input maxLength={64} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="issuer" label={t('certificates.issuer')} rules={[required]}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="validFrom" label={t('certificates.validFrom')} rules={[required]}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item
              name="validTo"
              label={t('certificates.validTo')}
              dependencies={['validFrom']}
              rules={[
                required,
                ({ getFieldValue }) => ({
                  validator: (_, value: Dayjs | undefined) => {
                    const from = getFieldValue('validFrom') as Dayjs | undefined;
                    return value && from && value.isBefore(from, 'day')
                      ? Promise.reject(new Error(t('certificates.toBeforeFrom')))
                      : Promise.resolve();
                  },
                }),
              ]}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item label={t('certificates.scan')} extra={t('certificates.scanHint')}>
              <Upload
                accept="image/jpeg,image/png,image/webp"
                maxCount={1}
                fileList={scan?.shown ?? []}
                beforeUpload={(file) => {
                  setScan({ file, shown: [{ uid: file.uid, name: file.name, status: 'done' }] });
                  return false;
                }}
                onRemove={() => setScan(null)}
              >
                <Button icon={<UploadOutlined />}>{t('certificates.chooseScan')}</Button>
              </Upload>
            </Form.Item>
          </Col>
        </Row>
        <Button type="primary" htmlType="submit" loading={submit.isPending}>
          {t('certificates.submit')}
        </Button>
      </Form>
    </Card>
  );
}

function AttachScanButton({ submissionId }: { submissionId: string }) {
  const { t } = useTranslation(PORTAL_NS);
  const messageOf = useErrorMessage(PORTAL_NS);
  const { message } = App.useApp();
  const attach = useAttachScan();
  return (
    <Upload
      accept="image/jpeg,image/png,image/webp"
      showUploadList={false}
      customRequest={({ file }) =>
        attach.mutate(
          { submissionId, scan: file as File },
          {
            onSuccess: () => void message.success(t('certificates.scanAttached')),
            onError: (error) => void message.error(messageOf(error)),
          },
        )
      }
    >
      <Button size="small" loading={attach.isPending} icon={<UploadOutlined />}>
        {t('certificates.attachScan')}
      </Button>
    </Upload>
  );
}

/** `/co/certificates`: submit an aid certificate for a product; every certificate and its review. */
export function CertificatesPage() {
  const { t } = useTranslation(PORTAL_NS);
  const localize = useLocalized();
  const certificates = usePortalCertificates();
  return (
    <div className="co-page">
      <title>{t('documentTitle', { page: t('certificates.title') })}</title>
      <Typography.Title level={1}>{t('certificates.title')}</Typography.Title>
      <SubmitForm />
      <Card title={t('certificates.listTitle')}>
        {certificates.isError ? (
          <ErrorState error={certificates.error} ns={PORTAL_NS} onRetry={() => void certificates.refetch()} />
        ) : (
          <Table<CertificateSubmissionDto>
            rowKey={(c) => c.submissionId ?? c.certificateId ?? c.number}
            loading={certificates.isPending}
            dataSource={certificates.data ?? []}
            pagination={false}
            locale={{ emptyText: t('certificates.empty') }}
            columns={[
              { key: 'product', title: t('certificates.product'), render: (_, c) => localize(c.productName) },
              { key: 'number', title: t('certificates.number'), dataIndex: 'number' },
              { key: 'issuer', title: t('certificates.issuer'), dataIndex: 'issuer' },
              {
                key: 'valid',
                title: t('certificates.valid'),
                render: (_, c) => `${c.validFrom} – ${c.validTo}`,
              },
              {
                key: 'status',
                title: t('certificates.status'),
                render: (_, c) => (
                  <>
                    <ReviewTag status={c.status} />
                    {c.reason && <Typography.Text type="secondary">{c.reason}</Typography.Text>}
                  </>
                ),
              },
              {
                key: 'scan',
                title: t('certificates.scan'),
                render: (_, c) =>
                  c.scanUrl ? (
                    <a href={c.scanUrl} target="_blank" rel="noreferrer">
                      {t('certificates.viewScan')}
                    </a>
                  ) : c.status === 'pending' && c.submissionId ? (
                    <AttachScanButton submissionId={c.submissionId} />
                  ) : (
                    '—'
                  ),
              },
            ]}
          />
        )}
      </Card>
    </div>
  );
}
