import { useState } from 'react';
import { Alert, App, Button, Card, Col, DatePicker, Form, Input, Radio, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import {
  IndicatorKinds,
  IndicatorUnits,
  type IndicatorKind,
  type IndicatorUnit,
} from '@shanhai/shared/contracts';
import { isApiError, useErrorMessage } from '@shanhai/web/shared';
import { useCreateIndicator } from '../api/create-indicator';
import { useSessionEndsOn401 } from '../shell/admin-gate';
import { BACKOFFICE_NS } from '../shell/backoffice-messages';
import {
  INDICATOR_FIELDS,
  problemsFromServer,
  toIndicatorRequest,
  type IndicatorField,
  type IndicatorProblems,
} from './indicator-request';
import { INDICATORS_NS } from './indicators-messages';

/** What antd's form holds: dates as dayjs, everything else as typed. */
interface FormState {
  kind: IndicatorKind;
  key?: string;
  labelZh?: string;
  labelEn?: string;
  unit: IndicatorUnit;
  value?: string;
  periodStart?: Dayjs | null;
  periodEnd?: Dayjs | null;
  source?: string;
}

/**
 * Adds a reported figure or a target. The form checks with the contract's schema before sending;
 * what the API still refuses comes back per field and is shown on that field, in the reader's
 * language, with anything the form has no field for listed above the button.
 */
export function IndicatorForm() {
  const { t } = useTranslation([INDICATORS_NS, BACKOFFICE_NS]);
  const messageOf = useErrorMessage(BACKOFFICE_NS);
  const { message } = App.useApp();
  const [form] = Form.useForm<FormState>();
  const unit = Form.useWatch('unit', form) ?? 'fen';
  const create = useCreateIndicator();
  useSessionEndsOn401(create.error);
  const [otherProblems, setOtherProblems] = useState<string[]>([]);

  const problemText = (field: IndicatorField, problem: NonNullable<IndicatorProblems[IndicatorField]>) =>
    t([`validation.${field}.${problem.code}`, `validation.${problem.code}`], { limit: problem.limit });

  const show = (problems: IndicatorProblems) =>
    form.setFields(
      INDICATOR_FIELDS.map((name) => {
        const problem = problems[name];
        return { name, errors: problem ? [problemText(name, problem)] : [] };
      }),
    );

  const submit = (state: FormState) => {
    setOtherProblems([]);
    const parsed = toIndicatorRequest({
      kind: state.kind,
      key: state.key ?? '',
      labelZh: state.labelZh ?? '',
      labelEn: state.labelEn ?? '',
      unit: state.unit,
      value: state.value ?? '',
      periodStart: state.periodStart?.format('YYYY-MM-DD') ?? '',
      periodEnd: state.periodEnd?.format('YYYY-MM-DD') ?? '',
      source: state.source ?? '',
    });
    if (!parsed.ok) return show(parsed.problems);
    show({});
    create.mutate(parsed.request, {
      onSuccess: () => {
        void message.success(t('form.saved', { label: parsed.request.labelZh }));
        form.resetFields();
      },
      onError: (error) => {
        if (!isApiError(error)) return;
        if (error.code === 'INDICATOR_KEY_TAKEN') return show({ key: { code: 'taken' } });
        if (error.fields) {
          const fromServer = problemsFromServer(error.fields);
          show(fromServer.problems);
          setOtherProblems(fromServer.other);
        }
      },
    });
  };

  const showAlert =
    create.isError &&
    !(isApiError(create.error) && (create.error.fields || create.error.code === 'INDICATOR_KEY_TAKEN'));

  return (
    <Card title={<h2 className="bo-card-title">{t('form.title')}</h2>} data-testid="indicator-form">
      <Form<FormState>
        form={form}
        layout="vertical"
        initialValues={{ kind: 'target', unit: 'fen' }}
        onFinish={submit}
        // the contract's schema checks on submit; antd's own rules would say it twice
        validateTrigger={[]}
      >
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="kind" label={t('form.kind')}>
              <Radio.Group
                optionType="button"
                options={IndicatorKinds.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="key" label={t('form.key')} extra={t('form.keyHint')}>
              <Input autoComplete="off" spellCheck={false} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="labelZh" label={t('form.labelZh')}>
              <Input lang="zh-CN" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="labelEn" label={t('form.labelEn')}>
              <Input lang="en" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="unit" label={t('form.unit')}>
              <Select options={IndicatorUnits.map((u) => ({ value: u, label: t(`units.${u}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item
              name="value"
              label={unit === 'fen' ? t('form.valueMoney') : t('form.value')}
              extra={unit === 'fen' ? t('form.valueMoneyHint') : undefined}
            >
              <Input inputMode="decimal" autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="periodStart" label={t('form.periodStart')}>
              <DatePicker className="bo-full" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="periodEnd" label={t('form.periodEnd')}>
              <DatePicker className="bo-full" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="source" label={t('form.source')} extra={t('form.sourceHint')}>
              <Input.TextArea rows={2} />
            </Form.Item>
          </Col>
        </Row>
        {otherProblems.length > 0 && (
          <Alert
            type="error"
            showIcon
            className="bo-gap"
            title={t('form.otherProblems')}
            description={
              <ul>
                {otherProblems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            }
          />
        )}
        {showAlert && <Alert type="error" showIcon className="bo-gap" title={messageOf(create.error)} />}
        <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="indicator-submit">
          {t('form.submit')}
        </Button>
      </Form>
    </Card>
  );
}
