import { useTranslation } from 'react-i18next';
import type { ProductListItemDto } from '@shanhai/shared/contracts';
import { Skeleton } from '@shanhai/web/shared';
import { ProductCard } from './product-card';

export function ProductGrid({ products, busy = false }: { products: ProductListItemDto[]; busy?: boolean }) {
  return (
    <ul className={busy ? 'product-grid product-grid--busy' : 'product-grid'} aria-busy={busy || undefined}>
      {products.map((product) => (
        <li key={product.slug}>
          <ProductCard product={product} />
        </li>
      ))}
    </ul>
  );
}

/** Placeholder cards of the same size as the real ones, so the page does not jump. */
export function ProductGridSkeleton({ count }: { count: number }) {
  const { t } = useTranslation('common');
  return (
    <div role="status">
      <span className="visually-hidden">{t('loading')}</span>
      <ul className="product-grid" aria-hidden="true">
        {Array.from({ length: count }, (_, i) => (
          <li key={i}>
            <div className="product-card">
              <Skeleton className="product-card__media" />
              <Skeleton height="1.2em" width="80%" />
              <Skeleton height="1em" width="60%" />
              <Skeleton height="1.2em" width="40%" />
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
