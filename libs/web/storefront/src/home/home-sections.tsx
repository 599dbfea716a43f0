import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  EmptyState,
  ErrorState,
  Skeleton,
  useCategories,
  useCooperatives,
  useFormatIndicator,
  useLocalized,
  useProducts,
  useStory,
} from '@shanhai/web/shared';
import { ProductGrid, ProductGridSkeleton } from '../products/product-grid';
import { CooperativeGrid, CooperativeGridSkeleton } from '../cooperatives/cooperative-card';
import { headlineIndicators } from '../story/indicator-groups';
import { HOME_NS } from './home-messages';

const FEATURED_PRODUCTS = 8;
const FEATURED_COOPERATIVES = 3;

/** The reported headline figures, read from /api/story. */
export function StoryHighlights() {
  const localize = useLocalized();
  const format = useFormatIndicator();
  const story = useStory();

  if (story.isPending) {
    return (
      <div className="figures">
        <Skeleton height="4.5rem" />
        <Skeleton height="4.5rem" />
      </div>
    );
  }
  if (story.isError) return <ErrorState error={story.error} onRetry={() => void story.refetch()} />;
  const figures = headlineIndicators(story.data.indicators);
  if (figures.length === 0) return null;
  return (
    <dl className="figures">
      {figures.map((indicator) => (
        <div key={indicator.key} className="figure" data-indicator={indicator.key}>
          <dt>{localize(indicator.label)}</dt>
          <dd>{format(indicator.value, indicator.unit)}</dd>
        </div>
      ))}
    </dl>
  );
}

export function CategoryTiles() {
  const { t } = useTranslation(HOME_NS);
  const localize = useLocalized();
  const categories = useCategories();

  if (categories.isPending) {
    return (
      <div className="tiles">
        {Array.from({ length: 4 }, (_, i) => (
          <Skeleton key={i} height="5rem" />
        ))}
      </div>
    );
  }
  if (categories.isError)
    return <ErrorState error={categories.error} onRetry={() => void categories.refetch()} />;
  if (categories.data.length === 0) return <EmptyState title={t('noCategories')} />;
  return (
    <ul className="tiles">
      {categories.data.map((category) => (
        <li key={category.slug}>
          <Link
            className="tile"
            to={`/products?${new URLSearchParams({ category: category.slug }).toString()}`}
          >
            <span className="tile__name">{localize(category.name)}</span>
            <span className="tile__count">{t('categoryCount', { count: category.productCount })}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

export function FeaturedProducts() {
  const { t } = useTranslation(HOME_NS);
  const products = useProducts({ sort: 'newest', pageSize: FEATURED_PRODUCTS });

  if (products.isPending) return <ProductGridSkeleton count={4} />;
  if (products.isError) return <ErrorState error={products.error} onRetry={() => void products.refetch()} />;
  if (products.data.items.length === 0) return <EmptyState title={t('noProducts')} />;
  return <ProductGrid products={products.data.items} />;
}

export function FeaturedCooperatives() {
  const { t } = useTranslation(HOME_NS);
  const cooperatives = useCooperatives();

  if (cooperatives.isPending) return <CooperativeGridSkeleton count={FEATURED_COOPERATIVES} />;
  if (cooperatives.isError)
    return <ErrorState error={cooperatives.error} onRetry={() => void cooperatives.refetch()} />;
  if (cooperatives.data.length === 0) return <EmptyState title={t('noCooperatives')} />;
  return <CooperativeGrid cooperatives={cooperatives.data.slice(0, FEATURED_COOPERATIVES)} />;
}
