import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, Skeleton, useStory } from '@shanhai/web/shared';
import { groupIndicators } from './indicator-groups';
import { AidScorecard } from './aid-scorecard';
import { IndicatorCard } from './indicator-card';
import { STORY_NS } from './story-messages';

function StorySkeleton() {
  const { t } = useTranslation('common');
  return (
    <div className="indicator-grid" role="status">
      <span className="visually-hidden">{t('loading')}</span>
      {Array.from({ length: 4 }, (_, i) => (
        <Skeleton key={i} height="8rem" />
      ))}
    </div>
  );
}

export function StoryPage() {
  const { t } = useTranslation(STORY_NS);
  const story = useStory();

  return (
    <>
      <title>{t('documentTitle')}</title>
      <h1>{t('title')}</h1>
      <div className="prose">
        <p className="lead">{t('intro')}</p>
        <p>{t('channels')}</p>
        <p>{t('baseline')}</p>
      </div>
      <p className="notice">{t('periodInferred')}</p>

      {story.isPending ? (
        <StorySkeleton />
      ) : story.isError ? (
        <ErrorState error={story.error} onRetry={() => void story.refetch()} />
      ) : story.data.indicators.length === 0 ? (
        <EmptyState title={t('empty')} />
      ) : (
        groupIndicators(story.data.indicators).map((group) => (
          <section key={group.id} className="indicator-group" aria-labelledby={`group-${group.id}`}>
            <h2 id={`group-${group.id}`}>{t(`groups.${group.id}`)}</h2>
            <div className="indicator-grid">
              {group.indicators.map((indicator) => (
                <IndicatorCard key={indicator.key} indicator={indicator} />
              ))}
            </div>
          </section>
        ))
      )}

      <AidScorecard />

      <p>
        <Link to="/products" className="button">
          {t('shopCta')}
        </Link>
      </p>
    </>
  );
}
