import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { Alert, Button, Card, DatePicker, Flex, Form, Input, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { AuditLogDto } from '@shanhai/shared/contracts';
import { useLocale } from '@shanhai/web/shared';
import { formatDateTime } from '../format/date-time';
import { useSessionEndsOn401 } from '../shell/admin-gate';
import { auditDiff } from './audit-diff';
import { auditFilterFromParams, auditFilterToParams, type AuditFilter } from './audit-filter';
import { useAuditLog } from './console-api';
import { CONSOLE_NS } from './console-messages';
import { PageHeading, useConsoleError } from './console-ui';

/** One row's before and after, field by field: what changed is marked, what was added or removed said so. */
export function AuditDiff({ before, after }: { before: unknown; after: unknown }) {
  const { t } = useTranslation(CONSOLE_NS);
  const rows = auditDiff(before, after);
  if (rows.length === 0) return <Typography.Text type="secondary">{t('audit.noValues')}</Typography.Text>;
  return (
    <table className="bo-diff" data-testid="audit-diff">
      <thead>
        <tr>
          <th scope="col">{t('audit.field')}</th>
          <th scope="col">{t('audit.before')}</th>
          <th scope="col">{t('audit.after')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.field} className={`bo-diff__${row.change}`} data-change={row.change}>
            <th scope="row">
              <code>{row.field}</code>
              {row.change !== 'same' && <span className="bo-diff__mark"> {t(`audit.change.${row.change}`)}</span>}
            </th>
            <td>{row.before === null ? <span className="bo-diff__none">{t('none')}</span> : <code>{row.before}</code>}</td>
            <td>{row.after === null ? <span className="bo-diff__none">{t('none')}</span> : <code>{row.after}</code>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** `/admin/audit`: who wrote what, before and after, from which address and when (Beijing time). */
export function AuditPage() {
  const { t } = useTranslation(CONSOLE_NS);
  const errorOf = useConsoleError();
  const locale = useLocale();
  const [params, setParams] = useSearchParams();
  const filter = auditFilterFromParams(params);
  const [draft, setDraft] = useState<AuditFilter>(filter);
  const log = useAuditLog(filter);
  useSessionEndsOn401(log.error);

  const key = params.toString();
  useEffect(() => setDraft(auditFilterFromParams(new URLSearchParams(key))), [key]);
  const set = (patch: Partial<AuditFilter>) => setDraft((d) => ({ ...d, ...patch }));

  return (
    <div className="bo-page" data-testid="console-audit">
      <Flex vertical gap={16}>
        <PageHeading title={t('audit.title')} lead={t('audit.lead')} />
        <Card>
          <Form layout="vertical" onFinish={() => setParams(auditFilterToParams(draft))} data-testid="audit-filters">
            <Flex wrap gap={12} align="end">
              <Form.Item label={t('audit.actor')} htmlFor="audit-actor">
                <Input
                  id="audit-actor"
                  value={draft.actor ?? ''}
                  placeholder={t('audit.actorHint')}
                  onChange={(e) => set({ actor: e.target.value })}
                  allowClear
                />
              </Form.Item>
              <Form.Item label={t('audit.action')} htmlFor="audit-action">
                <Input
                  id="audit-action"
                  value={draft.action ?? ''}
                  placeholder="order.payment.record"
                  onChange={(e) => set({ action: e.target.value })}
                  allowClear
                />
              </Form.Item>
              <Form.Item label={t('audit.entity')} htmlFor="audit-entity">
                <Input
                  id="audit-entity"
                  value={draft.entity ?? ''}
                  placeholder="order"
                  onChange={(e) => set({ entity: e.target.value })}
                  allowClear
                />
              </Form.Item>
              <Form.Item label={t('orders.from')} htmlFor="audit-from">
                <DatePicker
                  id="audit-from"
                  value={draft.from ? dayjs(draft.from) : null}
                  onChange={(d) => set({ from: d ? d.format('YYYY-MM-DD') : undefined })}
                />
              </Form.Item>
              <Form.Item label={t('orders.to')} htmlFor="audit-to">
                <DatePicker
                  id="audit-to"
                  value={draft.to ? dayjs(draft.to) : null}
                  onChange={(d) => set({ to: d ? d.format('YYYY-MM-DD') : undefined })}
                />
              </Form.Item>
              <Form.Item>
                <Flex gap={8}>
                  <Button type="primary" htmlType="submit">
                    {t('actions.search')}
                  </Button>
                  <Button onClick={() => setParams({})}>{t('actions.clear')}</Button>
                </Flex>
              </Form.Item>
            </Flex>
          </Form>
          {draft.actor && !auditFilterFromParams(new URLSearchParams({ actor: draft.actor })).actor && (
            <Typography.Text type="warning">{t('audit.actorInvalid')}</Typography.Text>
          )}
        </Card>
        <Card>
          {log.isError && <Alert type="error" showIcon className="bo-gap" title={errorOf(log.error)} />}
          <Typography.Paragraph type="secondary">{t('audit.latest')}</Typography.Paragraph>
          <Table<AuditLogDto>
            data-testid="audit-log"
            size="small"
            rowKey="id"
            loading={log.isFetching}
            dataSource={log.data ?? []}
            pagination={{ pageSize: 50, showSizeChanger: false }}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('audit.empty') }}
            expandable={{
              expandedRowRender: (row) => <AuditDiff before={row.before} after={row.after} />,
            }}
            columns={[
              { key: 'at', title: t('audit.at'), render: (_, r) => formatDateTime(r.at, locale) },
              { key: 'action', title: t('audit.action'), render: (_, r) => <Typography.Text code>{r.action}</Typography.Text> },
              {
                key: 'entity',
                title: t('audit.entity'),
                render: (_, r) => (
                  <span>
                    {r.entity} <Typography.Text type="secondary">{r.entityId}</Typography.Text>
                  </span>
                ),
              },
              {
                key: 'actor',
                title: t('audit.actor'),
                render: (_, r) =>
                  r.actorUserId ? (
                    <Button
                      type="link"
                      size="small"
                      className="bo-link-button"
                      title={t('audit.byActor')}
                      onClick={() => setParams(auditFilterToParams({ ...filter, actor: r.actorUserId ?? undefined }))}
                    >
                      {r.actorUserId.slice(0, 8)}
                    </Button>
                  ) : (
                    t('audit.system')
                  ),
              },
              { key: 'ip', title: t('audit.ip'), render: (_, r) => r.ip ?? t('none') },
            ]}
          />
        </Card>
      </Flex>
    </div>
  );
}
