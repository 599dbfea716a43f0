import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CooperativeListItemDto } from '@shanhai/shared/contracts';
import { Skeleton, useLocalized } from '@shanhai/web/shared';

export function CooperativeCard({ cooperative }: { cooperative: CooperativeListItemDto }) {
  const { t } = useTranslation('storefront');
  const localize = useLocalized();
  const name = localize(cooperative.name);
  return (
    <article className="co-card" data-testid="cooperative-card">
      <Link to={`/cooperatives/${cooperative.slug}`} className="co-card__link">
        {cooperative.bannerImageUrl ? (
          <img
            className="co-card__banner"
            src={cooperative.bannerImageUrl}
            alt={t('card.bannerAlt', { name })}
            loading="lazy"
            decoding="async"
            width={640}
            height={240}
          />
        ) : (
          <span className="co-card__banner co-card__banner--empty" aria-hidden="true" />
        )}
        <h3 className="co-card__name">{name}</h3>
      </Link>
      <p className="co-card__meta">
        {t('place', {
          township: localize(cooperative.township.name),
          village: localize(cooperative.village.name),
        })}
      </p>
      <p className="co-card__meta">{t('card.productCount', { count: cooperative.productCount })}</p>
    </article>
  );
}

export function CooperativeGrid({ cooperatives }: { cooperatives: CooperativeListItemDto[] }) {
  return (
    <ul className="co-grid">
      {cooperatives.map((co) => (
        <li key={co.slug}>
          <CooperativeCard cooperative={co} />
        </li>
      ))}
    </ul>
  );
}

export function CooperativeGridSkeleton({ count }: { count: number }) {
  const { t } = useTranslation('common');
  return (
    <div role="status">
      <span className="visually-hidden">{t('loading')}</span>
      <ul className="co-grid" aria-hidden="true">
        {Array.from({ length: count }, (_, i) => (
          <li key={i}>
            <div className="co-card">
              <Skeleton className="co-card__banner" />
              <Skeleton height="1.2em" width="70%" />
              <Skeleton height="1em" width="50%" />
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
