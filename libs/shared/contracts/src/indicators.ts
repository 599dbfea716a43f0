import type { LocalizedText } from './i18n';

/** How an indicator's value is to be read and formatted. */
export const IndicatorUnits = ['fen', 'count', 'percent', 'people', 'projects'] as const;
export type IndicatorUnit = (typeof IndicatorUnits)[number];

/** A figure reported by an outside source (the founding article), kept as data. */
export interface ReportedIndicatorDto {
  key: string;
  label: LocalizedText;
  value: number;
  unit: IndicatorUnit;
  note: LocalizedText | null;
  periodStart: string;
  periodEnd: string;
  periodNote: LocalizedText | null;
  source: string;
}

export interface StoryResponse {
  indicators: ReportedIndicatorDto[];
}
