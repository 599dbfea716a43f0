import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ProductListItemDto } from '@shanhai/shared/contracts';
import { AidBadge, PriceRange, useLocalized } from '@shanhai/web/shared';

export function ProductCard({ product }: { product: ProductListItemDto }) {
  const { t } = useTranslation('storefront');
  const localize = useLocalized();
  const name = localize(product.name);

  return (
    <article className="product-card" data-testid="product-card">
      <Link to={`/products/${product.slug}`} className="product-card__link">
        <div className="product-card__media">
          {product.coverImageUrl ? (
            <img
              src={product.coverImageUrl}
              alt={name}
              loading="lazy"
              decoding="async"
              width={400}
              height={400}
            />
          ) : (
            <span className="product-card__placeholder">{t('card.noImage')}</span>
          )}
          {!product.inStock && <span className="product-card__stock">{t('card.outOfStock')}</span>}
        </div>
        <h3 className="product-card__name">{name}</h3>
      </Link>
      <p className="product-card__meta">
        {localize(product.cooperative.name)} · {localize(product.township.name)}
      </p>
      <div className="product-card__footer">
        <PriceRange minFen={product.priceMinFen} maxFen={product.priceMaxFen} />
        {product.aidCertified && <AidBadge />}
      </div>
    </article>
  );
}
