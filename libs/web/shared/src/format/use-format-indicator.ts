import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorUnit } from '@shanhai/shared/contracts';
import { formatFen } from '@shanhai/shared/domain';
import { useLocale } from '../i18n/use-localized';
import { formatNumber, scaleFen } from './format-amount';
import { formatIsoMonth } from './format-date';

/**
 * Formats a reported figure by its unit: fen as 万元/亿元 in Chinese and as ¥ in English,
 * percent with a sign, counts of people and projects with their word.
 */
export function useFormatIndicator(): (value: number, unit: IndicatorUnit) => string {
  const { t } = useTranslation('common');
  const locale = useLocale();
  return useCallback(
    (value: number, unit: IndicatorUnit) => {
      if (unit === 'fen') {
        if (locale === 'en') return formatFen(value);
        const { scale, value: text } = scaleFen(value);
        return t(`units.fen_${scale}`, { value: text });
      }
      return t(`units.${unit}`, { value: formatNumber(value, locale) });
    },
    [t, locale],
  );
}

/** "2018年1月 – 2020年6月" / "Jan 2018 – Jun 2020". */
export function useFormatPeriod(): (start: string, end: string) => string {
  const { t } = useTranslation('common');
  const locale = useLocale();
  return useCallback(
    (start: string, end: string) =>
      t('period', { start: formatIsoMonth(start, locale), end: formatIsoMonth(end, locale) }),
    [t, locale],
  );
}
