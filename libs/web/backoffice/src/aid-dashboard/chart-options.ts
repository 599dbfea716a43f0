import type { ComposeOption } from 'echarts/core';
import type { BarSeriesOption, LineSeriesOption, PieSeriesOption } from 'echarts/charts';
import type {
  AriaComponentOption,
  GridComponentOption,
  LegendComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { Locale } from '@shanhai/shared/contracts';
import { axisYuanLabel, formatYuan } from '../format/money';

export type AidChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | PieSeriesOption
  | AriaComponentOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
>;

/** One bar or slice: its key (what a click filters by, null when it cannot), its name and exact fen. */
export interface ChartDatum {
  key: string;
  drillKey: string | null;
  name: string;
  fen: number;
}

// Every data item carries its drill key and exact fen: a click filters by the key, a tooltip shows
// the exact amount (the drawn value is yuan as a float, for the geometry only).
interface ItemData {
  value: number;
  name: string;
  drillKey: string | null;
  fen: number;
}

// The storefront's green first, then colours that stay apart for colour-blind readers.
export const CHART_COLORS = [
  '#1f5c3f',
  '#e0a526',
  '#2f7ea8',
  '#c8553d',
  '#7a5195',
  '#5f9e6e',
  '#8c6d46',
  '#8c8c8c',
];

const yuanOf = (fen: number) => fen / 100;

function item(datum: ChartDatum): ItemData {
  return { value: yuanOf(datum.fen), name: datum.name, drillKey: datum.drillKey, fen: datum.fen };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function isItemData(data: unknown): data is ItemData {
  return typeof data === 'object' && data !== null && 'fen' in data && 'drillKey' in data;
}

/** The tooltip line of one item: its name and exact amount (names come from data: escaped). */
export function tooltipLine(data: unknown, seriesName?: string): string {
  if (!isItemData(data)) return '';
  const prefix = seriesName ? `${escapeHtml(seriesName)}: ` : '';
  return `${escapeHtml(data.name)}<br/>${prefix}${formatYuan(data.fen)}`;
}

/** The drill key of a clicked item, or null for an item that cannot be drilled into. */
export function clickedKey(event: { data?: unknown }): string | null {
  return isItemData(event.data) ? event.data.drillKey : null;
}

const base = (label: string): AidChartOption => ({
  color: CHART_COLORS,
  aria: { enabled: true, label: { description: label } },
  animationDuration: 300,
});

function amountAxis(locale: Locale) {
  return {
    type: 'value' as const,
    axisLabel: { formatter: (value: number) => axisYuanLabel(value, locale) },
  };
}

/**
 * Bars by amount, largest first as given. Horizontal for long names (cooperatives, villages):
 * the first row then sits at the top.
 */
export function barOption(
  data: readonly ChartDatum[],
  options: { locale: Locale; label: string; horizontal?: boolean },
): AidChartOption {
  const rows = options.horizontal ? [...data].reverse() : data;
  const names = rows.map((d) => d.name);
  const category = {
    type: 'category' as const,
    data: names,
    axisLabel: { width: 140, overflow: 'truncate' as const },
  };
  const value = amountAxis(options.locale);
  return {
    ...base(options.label),
    grid: { left: 8, right: 24, top: 16, bottom: 8 },
    tooltip: { trigger: 'item', formatter: (p: unknown) => tooltipLine((p as { data?: unknown }).data) },
    xAxis: options.horizontal
      ? value
      : { ...category, axisLabel: { ...category.axisLabel, interval: 0, rotate: names.length > 6 ? 30 : 0 } },
    yAxis: options.horizontal ? category : value,
    series: [{ type: 'bar', data: rows.map(item), barMaxWidth: 36, cursor: 'pointer' }],
  };
}

/** A ring of slices with a legend: channels, categories. */
export function pieOption(data: readonly ChartDatum[], options: { label: string }): AidChartOption {
  return {
    ...base(options.label),
    tooltip: { trigger: 'item', formatter: (p: unknown) => tooltipLine((p as { data?: unknown }).data) },
    legend: { type: 'scroll', bottom: 0 },
    series: [
      {
        type: 'pie',
        radius: ['40%', '68%'],
        center: ['50%', '45%'],
        data: data.map(item),
        label: { formatter: '{d}%' },
        cursor: 'pointer',
      },
    ],
  };
}

/**
 * The monthly trend: each month's amount as bars, the running total as a line on its own axis.
 * Months are given in order; the running total is summed in fen, exactly.
 */
export function trendOption(
  data: readonly ChartDatum[],
  options: { locale: Locale; label: string; monthly: string; cumulative: string },
): AidChartOption {
  let running = 0;
  const cumulative = data.map((d) => {
    running += d.fen;
    return item({ ...d, fen: running });
  });
  return {
    ...base(options.label),
    grid: { left: 8, right: 8, top: 40, bottom: 8 },
    legend: { top: 0, data: [options.monthly, options.cumulative] },
    tooltip: {
      trigger: 'axis',
      formatter: (params: unknown) => {
        const list = Array.isArray(params) ? (params as { data?: unknown; seriesName?: string }[]) : [];
        const name = list.find((p) => isItemData(p.data))?.data as ItemData | undefined;
        if (!name) return '';
        return [
          escapeHtml(name.name),
          ...list.map((p) =>
            isItemData(p.data) ? `${escapeHtml(p.seriesName ?? '')}: ${formatYuan(p.data.fen)}` : '',
          ),
        ].join('<br/>');
      },
    },
    xAxis: { type: 'category', data: data.map((d) => d.name) },
    yAxis: [amountAxis(options.locale), { ...amountAxis(options.locale), splitLine: { show: false } }],
    series: [
      { type: 'bar', name: options.monthly, data: data.map(item), barMaxWidth: 28, cursor: 'pointer' },
      {
        type: 'line',
        name: options.cumulative,
        yAxisIndex: 1,
        data: cumulative,
        smooth: true,
        symbolSize: 6,
      },
    ],
  };
}
