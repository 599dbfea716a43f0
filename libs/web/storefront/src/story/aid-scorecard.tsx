import { useTranslation } from 'react-i18next';
import { ErrorState, Skeleton, useAidPublicSummary, useFormatIndicator } from '@shanhai/web/shared';
import { STORY_NS } from './story-messages';

/**
 * The scorecard against the report: what the report counted, what this platform has recorded
 * since (net of refunds), and the two together. Aggregates only.
 */
export function AidScorecard() {
  const { t } = useTranslation(STORY_NS);
  const format = useFormatIndicator();
  const summary = useAidPublicSummary();

  return (
    <section className="indicator-group" aria-labelledby="scorecard-title" data-testid="aid-scorecard">
      <h2 id="scorecard-title">{t('scorecard.title')}</h2>
      {summary.isPending ? (
        <Skeleton height="6rem" />
      ) : summary.isError ? (
        <ErrorState error={summary.error} onRetry={() => void summary.refetch()} />
      ) : (
        <dl className="indicator-grid scorecard">
          {(
            [
              ['reported', summary.data.reportedFen],
              ['recorded', summary.data.recordedFen],
              ['total', summary.data.totalFen],
            ] as const
          ).map(([key, fen]) => (
            <div key={key} className="indicator" data-scorecard={key}>
              <dt>{t(`scorecard.${key}`)}</dt>
              <dd className="indicator__value">{format(fen, 'fen')}</dd>
            </div>
          ))}
        </dl>
      )}
      <p className="muted">{t('scorecard.note')}</p>
    </section>
  );
}
