import { useMemo, useState } from 'react';
import { Button, Card, Empty, Flex, Segmented, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AidBreakdownRow, AidFilter, CooperativeListItemDto } from '@shanhai/shared/contracts';
import { formatNumber, useLocale } from '@shanhai/web/shared';
import { formatYuan } from '../format/money';
import { ExportLinks } from '../shell/export-links';
import { chartData } from './breakdown-data';
import { barOption, pieOption, trendOption, type AidChartOption, type ChartDatum } from './chart-options';
import type { AidDimension } from './dashboard-query';
import { AID_DASHBOARD_NS } from './dashboard-messages';
import { EChart } from './echart';

export type BreakdownChartKind = 'trend' | 'pie' | 'bar' | 'horizontal-bar';

interface TableRow extends ChartDatum {
  quantity: number;
  entries: number;
}

/**
 * One breakdown of the dashboard: a chart, or the same figures as a table (for reading exact
 * amounts and for keyboards and screen readers). A click on a bar, slice or name drills down: it
 * adds that item to the filters and shows its entries.
 */
export function BreakdownCard({
  dimension,
  title,
  kind,
  rows,
  nameOf,
  cooperatives,
  filter,
  onDrill,
}: {
  dimension: AidDimension;
  title: string;
  kind: BreakdownChartKind;
  rows: readonly AidBreakdownRow[];
  /** names a row of a dimension in the current language */
  nameOf: (dimension: AidDimension) => (row: AidBreakdownRow) => string;
  /** to find a cooperative's slug, which the filter takes */
  cooperatives: readonly CooperativeListItemDto[];
  filter: AidFilter;
  onDrill: (dimension: AidDimension, key: string) => void;
}) {
  const { t } = useTranslation(AID_DASHBOARD_NS);
  const locale = useLocale();
  const [mode, setMode] = useState<'chart' | 'table'>('chart');
  const data = useMemo(
    () => chartData(dimension, rows, nameOf(dimension), cooperatives),
    [dimension, rows, nameOf, cooperatives],
  );

  const option = useMemo((): AidChartOption => {
    const label = t('charts.chartLabel', { title });
    switch (kind) {
      case 'trend':
        return trendOption(data, {
          locale,
          label,
          monthly: t('charts.monthly'),
          cumulative: t('charts.cumulative'),
        });
      case 'pie':
        return pieOption(data, { label });
      case 'bar':
        return barOption(data, { locale, label });
      case 'horizontal-bar':
        return barOption(data, { locale, label, horizontal: true });
    }
  }, [data, kind, locale, t, title]);

  const tableRows = useMemo((): TableRow[] => {
    const byKey = new Map(rows.map((r) => [r.key, r]));
    return data.map((d) => ({
      ...d,
      quantity: byKey.get(d.key)?.quantity ?? 0,
      entries: byKey.get(d.key)?.entries ?? 0,
    }));
  }, [data, rows]);

  const drill = (key: string) => onDrill(dimension, key);
  const height = kind === 'horizontal-bar' ? Math.max(240, data.length * 28 + 40) : 300;

  return (
    <Card
      title={<h2 className="bo-card-title">{title}</h2>}
      data-testid={`breakdown-${dimension}`}
      extra={
        <Flex gap={8} wrap>
          <Segmented
            size="small"
            aria-label={t('charts.viewLabel', { title })}
            value={mode}
            onChange={(value) => setMode(value)}
            options={[
              { value: 'chart' as const, label: t('charts.showChart') },
              { value: 'table' as const, label: t('charts.showTable') },
            ]}
          />
          <ExportLinks view={dimension} filter={filter} what={title} />
        </Flex>
      }
    >
      {data.length === 0 ? (
        <Empty description={t('charts.empty')} />
      ) : mode === 'chart' ? (
        <EChart
          option={option}
          height={height}
          label={t('charts.chartLabel', { title })}
          onItemClick={drill}
          testId={`chart-${dimension}`}
        />
      ) : (
        <Table<TableRow>
          size="small"
          rowKey="key"
          pagination={false}
          dataSource={tableRows}
          scroll={{ x: 'max-content' }}
          columns={[
            {
              key: 'name',
              title: t('charts.name'),
              render: (_, row) =>
                row.drillKey === null ? (
                  <Typography.Text>{row.name}</Typography.Text>
                ) : (
                  <Button
                    type="link"
                    size="small"
                    className="bo-drill"
                    aria-label={t('charts.drill', { name: row.name })}
                    onClick={() => drill(row.drillKey as string)}
                  >
                    {row.name}
                  </Button>
                ),
            },
            {
              key: 'amount',
              title: t('charts.amount'),
              align: 'right',
              render: (_, row) => <span className="bo-money">{formatYuan(row.fen)}</span>,
            },
            {
              key: 'quantity',
              title: t('charts.quantity'),
              align: 'right',
              render: (_, row) => formatNumber(row.quantity, locale),
            },
            {
              key: 'entries',
              title: t('charts.entries'),
              align: 'right',
              render: (_, row) => formatNumber(row.entries, locale),
            },
          ]}
        />
      )}
    </Card>
  );
}
