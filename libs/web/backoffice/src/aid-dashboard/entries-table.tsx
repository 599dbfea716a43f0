import { useMemo, type Ref } from 'react';
import { Alert, Card, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AidEntryDto, AidFilter, LocalizedText } from '@shanhai/shared/contracts';
import {
  formatIsoDate,
  formatIsoMonth,
  formatNumber,
  useCategories,
  useErrorMessage,
  useLocale,
  useLocalized,
  useTownships,
} from '@shanhai/web/shared';
import { useAidEntries } from '../api/get-aid-entries';
import { formatYuan } from '../format/money';
import { useSessionEndsOn401 } from '../shell/admin-gate';
import { BACKOFFICE_NS } from '../shell/backoffice-messages';
import { ExportLinks } from '../shell/export-links';
import { ENTRIES_PAGE_SIZES, type DashboardPatch } from './dashboard-query';
import { AID_DASHBOARD_NS } from './dashboard-messages';

/** Slug → name of categories, townships and villages, from the catalogue's public lists. */
function usePlaceNames() {
  const categories = useCategories().data;
  const townships = useTownships().data;
  return useMemo(() => {
    const names = new Map<string, LocalizedText>();
    for (const c of categories ?? []) names.set(`category:${c.slug}`, c.name);
    for (const tw of townships ?? []) {
      names.set(`township:${tw.slug}`, tw.name);
      for (const v of tw.villages) names.set(`village:${v.slug}`, v.name);
    }
    return names;
  }, [categories, townships]);
}

/**
 * The ledger entries behind the figures on screen, a page at a time from the server, newest first,
 * with the count and sum of every page. The page and its size live in the URL with the filters.
 */
export function EntriesTable({
  filter,
  page,
  pageSize,
  onChange,
  ref,
}: {
  filter: AidFilter;
  page: number;
  pageSize: number;
  onChange: (patch: DashboardPatch) => void;
  ref?: Ref<HTMLDivElement>;
}) {
  const { t } = useTranslation([AID_DASHBOARD_NS, BACKOFFICE_NS]);
  const locale = useLocale();
  const localize = useLocalized();
  const messageOf = useErrorMessage(BACKOFFICE_NS);
  const names = usePlaceNames();
  const entries = useAidEntries({ filter, page, pageSize });
  useSessionEndsOn401(entries.error);
  const empty = t('empty', { ns: BACKOFFICE_NS });
  const nameOf = (kind: string, slug: string | null) => {
    if (!slug) return empty;
    const name = names.get(`${kind}:${slug}`);
    return name ? localize(name) : slug;
  };

  return (
    <div ref={ref} className="bo-scroll-target">
      <Card
        title={<h2 className="bo-card-title">{t('entries.title')}</h2>}
        data-testid="entries"
        extra={<ExportLinks view="entries" filter={filter} what={t('export.entries')} />}
      >
        {entries.isError && (
          <Alert type="error" showIcon className="bo-gap" title={messageOf(entries.error)} />
        )}
        {entries.data && (
          <Typography.Paragraph data-testid="entries-summary">
            {t('entries.summary', {
              count: formatNumber(entries.data.total, locale),
              amount: formatYuan(entries.data.amountFen),
            })}
          </Typography.Paragraph>
        )}
        <Table<AidEntryDto>
          size="small"
          rowKey="id"
          loading={entries.isFetching}
          dataSource={entries.data?.entries ?? []}
          scroll={{ x: 'max-content' }}
          pagination={{
            current: page,
            pageSize,
            total: entries.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: ENTRIES_PAGE_SIZES.map(String),
            onChange: (nextPage, nextSize) =>
              onChange(nextSize !== pageSize ? { page: 1, pageSize: nextSize } : { page: nextPage }),
          }}
          columns={[
            {
              key: 'occurredOn',
              title: t('entries.occurredOn'),
              render: (_, e) => formatIsoDate(e.occurredOn, locale),
            },
            {
              key: 'period',
              title: t('entries.period'),
              render: (_, e) => formatIsoMonth(`${e.period}-01`, locale),
            },
            {
              key: 'kind',
              title: t('entries.kind'),
              render: (_, e) => t(`kinds.${e.kind}`, { ns: BACKOFFICE_NS }),
            },
            {
              key: 'channel',
              title: t('entries.channel'),
              render: (_, e) => t(`channels.${e.channel}`, { ns: BACKOFFICE_NS }),
            },
            {
              key: 'cooperative',
              title: t('entries.cooperative'),
              render: (_, e) => (e.cooperativeName ? localize(e.cooperativeName) : empty),
            },
            {
              key: 'place',
              title: t('entries.place'),
              render: (_, e) =>
                e.townshipSlug || e.villageSlug
                  ? `${nameOf('township', e.townshipSlug)} / ${nameOf('village', e.villageSlug)}`
                  : empty,
            },
            {
              key: 'category',
              title: t('entries.category'),
              render: (_, e) => nameOf('category', e.categorySlug),
            },
            {
              key: 'quantity',
              title: t('entries.quantity'),
              align: 'right',
              render: (_, e) => formatNumber(e.quantity, locale),
            },
            {
              key: 'amount',
              title: t('entries.amount'),
              align: 'right',
              render: (_, e) => <span className="bo-money">{formatYuan(e.amountFen)}</span>,
            },
            {
              key: 'source',
              title: t('entries.source'),
              render: (_, e) => (
                <>
                  <Typography.Text code>{e.sourceRef}</Typography.Text>
                  {e.reason && (
                    <Typography.Text type="secondary" className="bo-block">
                      {t('entries.reason', { reason: e.reason })}
                    </Typography.Text>
                  )}
                </>
              ),
            },
          ]}
        />
      </Card>
    </div>
  );
}
