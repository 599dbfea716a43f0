import { useTranslation } from 'react-i18next';
import type { ReportedIndicatorDto } from '@shanhai/shared/contracts';
import { useFormatIndicator, useFormatPeriod, useLocalized } from '@shanhai/web/shared';
import { STORY_NS } from './story-messages';

export function IndicatorCard({ indicator }: { indicator: ReportedIndicatorDto }) {
  const { t } = useTranslation(STORY_NS);
  const localize = useLocalized();
  const format = useFormatIndicator();
  const formatPeriod = useFormatPeriod();
  return (
    <article className="indicator" data-indicator={indicator.key}>
      <p className="indicator__value">{format(indicator.value, indicator.unit)}</p>
      <h3 className="indicator__label">{localize(indicator.label)}</h3>
      {indicator.note && <p className="indicator__note">{localize(indicator.note)}</p>}
      <dl className="indicator__meta">
        <div>
          <dt>{t('period')}</dt>
          <dd>
            {formatPeriod(indicator.periodStart, indicator.periodEnd)}
            {indicator.periodNote && (
              <span className="indicator__period-note"> {localize(indicator.periodNote)}</span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('source')}</dt>
          <dd>{indicator.source}</dd>
        </div>
      </dl>
    </article>
  );
}
