import { useEffect, useRef } from 'react';
import { init, use as registerChartParts, type ECharts, type ECElementEvent } from 'echarts/core';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { clickedKey, type AidChartOption } from './chart-options';

// Only the parts the dashboard draws. SVG rather than canvas: a few hundred shapes at most, crisp
// at any zoom, lighter on phones, and its text is in the page.
registerChartParts([
  BarChart,
  LineChart,
  PieChart,
  AriaComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  SVGRenderer,
]);

// A box not laid out yet (hidden, or no layout at all) is drawn at this width until it is resized.
const FALLBACK_WIDTH = 600;

function prefersReducedMotion(): boolean {
  return (
    typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches
  );
}

export interface EChartProps {
  option: AidChartOption;
  /** called with the clicked item's drill key (a month, channel, slug) */
  onItemClick?: (key: string) => void;
  height: number;
  /** what the chart shows, for screen readers (ECharts' aria adds a description of the data) */
  label: string;
  testId?: string;
}

/**
 * One ECharts instance bound to a div: created on mount, given each new option, resized with its
 * box, disposed on unmount. Animation follows the reader's reduced-motion setting.
 */
export function EChart({ option, onItemClick, height, label, testId }: EChartProps) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const onClick = useRef(onItemClick);

  useEffect(() => {
    onClick.current = onItemClick;
  }, [onItemClick]);

  useEffect(() => {
    const dom = element.current;
    if (!dom) return;
    const instance = init(dom, undefined, {
      renderer: 'svg',
      height,
      width: dom.clientWidth > 0 ? undefined : FALLBACK_WIDTH,
    });
    chart.current = instance;
    instance.on('click', (event: ECElementEvent) => {
      const key = clickedKey(event);
      if (key !== null) onClick.current?.(key);
    });
    const observer =
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver(() => {
            if (dom.clientWidth > 0) instance.resize({ width: 'auto', height });
          });
    observer?.observe(dom);
    return () => {
      observer?.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [height]);

  useEffect(() => {
    chart.current?.setOption({ ...option, animation: !prefersReducedMotion() }, { notMerge: true });
  }, [option, height]);

  return (
    <div
      ref={element}
      className="bo-chart"
      style={{ height }}
      role="img"
      aria-label={label}
      data-testid={testId}
    />
  );
}
