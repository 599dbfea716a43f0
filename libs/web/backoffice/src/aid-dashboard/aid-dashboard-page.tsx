import { useCallback, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { Alert, Button, Col, Flex, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AidBreakdownRow, AidBreakdownsDto, CooperativeListItemDto } from '@shanhai/shared/contracts';
import {
  formatIsoMonth,
  isApiError,
  useCooperatives,
  useErrorMessage,
  useLocale,
  useLocalized,
  useTownships,
} from '@shanhai/web/shared';
import { useAidBreakdowns } from '../api/get-aid-breakdowns';
import { useAidSummary } from '../api/get-aid-summary';
import { useSessionEndsOn401 } from '../shell/admin-gate';
import { BACKOFFICE_NS } from '../shell/backoffice-messages';
import { BenefitCard } from './benefit-card';
import { BreakdownCard, type BreakdownChartKind } from './breakdown-card';
import { DIMENSION_ROWS } from './breakdown-data';
import {
  activeFilterCount,
  AID_FILTER_KEYS,
  drillDown,
  readDashboardQuery,
  writeDashboardQuery,
  type AidDimension,
  type DashboardPatch,
} from './dashboard-query';
import { AID_DASHBOARD_NS } from './dashboard-messages';
import { EntriesTable } from './entries-table';
import { FilterBar } from './filter-bar';
import { HeadlineCards } from './headline-cards';

const EMPTY_BREAKDOWNS: Omit<AidBreakdownsDto, 'filter' | 'recordedFen'> = {
  byPeriod: [],
  byChannel: [],
  byCategory: [],
  byTownship: [],
  byVillage: [],
  byCooperative: [],
};
const NO_COOPERATIVES: CooperativeListItemDto[] = [];

/**
 * `/admin/aid`: consumption aid at a glance — the reported opening balance and what was recorded
 * since, then the recorded part broken down by month, channel, category, place and cooperative,
 * down to the ledger entries. Filters, drill-downs and the entries' page are all in the URL.
 */
export function AidDashboardPage() {
  const { t, i18n } = useTranslation([AID_DASHBOARD_NS, BACKOFFICE_NS]);
  const locale = useLocale();
  const localize = useLocalized();
  const messageOf = useErrorMessage(BACKOFFICE_NS);
  const [params, setParams] = useSearchParams();
  const query = useMemo(() => readDashboardQuery(params), [params]);
  const { filter } = query;

  const summary = useAidSummary();
  const breakdowns = useAidBreakdowns(filter);
  const cooperatives = useCooperatives().data;
  const townships = useTownships().data;
  useSessionEndsOn401(summary.error ?? breakdowns.error);

  const entriesRef = useRef<HTMLDivElement>(null);
  const update = useCallback(
    (patch: DashboardPatch) => setParams(writeDashboardQuery(query, patch)),
    [query, setParams],
  );
  const drill = useCallback(
    (dimension: AidDimension, key: string) => {
      update(drillDown(dimension, key));
      entriesRef.current?.scrollIntoView?.({ behavior: 'smooth', block: 'start' });
    },
    [update],
  );

  const nameOf = useCallback(
    (dimension: AidDimension) =>
      (row: AidBreakdownRow): string => {
        if (dimension === 'period') return formatIsoMonth(`${row.key}-01`, locale);
        if (dimension === 'channel')
          return i18n.exists(`channels.${row.key}`, { ns: BACKOFFICE_NS })
            ? t(`channels.${row.key}`, { ns: BACKOFFICE_NS })
            : row.key;
        return row.name ? localize(row.name) : t(`charts.noName.${dimension}`);
      },
    [i18n, locale, localize, t],
  );

  // The API refuses a slug that names nothing (400 naming the filter), so a typo never reads as "no sales".
  const failure = breakdowns.error;
  const refused =
    isApiError(failure) && failure.status === 400
      ? AID_FILTER_KEYS.filter((key) => failure.fields?.[key])
      : [];
  const figures = breakdowns.data ?? EMPTY_BREAKDOWNS;
  const card = (dimension: AidDimension, kind: BreakdownChartKind, title: string) => {
    const rows = figures[DIMENSION_ROWS[dimension]];
    return (
      <BreakdownCard
        dimension={dimension}
        kind={kind}
        title={title}
        rows={rows}
        nameOf={nameOf}
        cooperatives={cooperatives ?? NO_COOPERATIVES}
        filter={filter}
        onDrill={drill}
      />
    );
  };

  // With a township chosen, the place chart shows its villages.
  const township = townships?.find((tw) => tw.slug === filter.township);
  const placeCard = filter.township
    ? card(
        'village',
        'horizontal-bar',
        t('charts.village', { township: township ? localize(township.name) : filter.township }),
      )
    : card('township', 'bar', t('charts.township'));

  return (
    <div className="bo-page" data-testid="aid-dashboard">
      <title>{t('documentTitle', { ns: BACKOFFICE_NS, page: t('title') })}</title>
      <Flex vertical gap={16}>
        <div>
          <Typography.Title level={1} className="bo-title">
            {t('title')}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t('lead')}</Typography.Paragraph>
        </div>
        {summary.isError && <Alert type="error" showIcon title={messageOf(summary.error)} />}
        <HeadlineCards
          summary={summary.data}
          filteredFen={activeFilterCount(filter) > 0 && breakdowns.data ? breakdowns.data.recordedFen : null}
        />
        <FilterBar filter={filter} ignored={query.ignored} onChange={update} />
        {breakdowns.isError && refused.length > 0 ? (
          <Alert
            type="error"
            showIcon
            data-testid="filters-refused"
            title={t('filters.refused', { names: refused.map((key) => t(`filters.${key}`)).join('、') })}
            action={
              <Button
                size="small"
                onClick={() => update(Object.fromEntries(refused.map((key) => [key, null])))}
              >
                {t('filters.clearRefused')}
              </Button>
            }
          />
        ) : breakdowns.isError ? (
          <Alert type="error" showIcon title={messageOf(breakdowns.error)} />
        ) : (
          <Typography.Text type="secondary">{t('charts.hint')}</Typography.Text>
        )}
        {/* "nothing recorded" only when the figures were read: a failed read shows its error above */}
        {(breakdowns.data || !breakdowns.isError) && (
          <Row gutter={[16, 16]}>
            <Col span={24}>{card('period', 'trend', t('charts.period'))}</Col>
            <Col xs={24} xl={12}>
              {card('channel', 'pie', t('charts.channel'))}
            </Col>
            <Col xs={24} xl={12}>
              {card('category', 'bar', t('charts.category'))}
            </Col>
            <Col xs={24} xl={12}>
              {placeCard}
            </Col>
            <Col xs={24} xl={12}>
              {card('cooperative', 'horizontal-bar', t('charts.cooperative'))}
            </Col>
          </Row>
        )}
        <BenefitCard />
        <EntriesTable
          ref={entriesRef}
          filter={filter}
          page={query.page}
          pageSize={query.pageSize}
          onChange={update}
        />
      </Flex>
    </div>
  );
}
