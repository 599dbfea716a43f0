import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ProductDetailDto } from '@shanhai/shared/contracts';
import {
  AidBadge,
  ErrorState,
  isApiError,
  Price,
  PriceRange,
  Skeleton,
  useLocale,
  useLocalized,
  useProduct,
} from '@shanhai/web/shared';
import { AddToCart } from './add-to-cart';
import { CertificateBlock } from './certificate-block';
import { PRODUCT_NS } from './product-messages';
import { ProductGallery } from './product-gallery';
import { defaultVariantSku, StockState, VariantPicker } from './variant-picker';

function ProductSkeleton() {
  const { t } = useTranslation('common');
  return (
    <div className="product-layout" role="status">
      <span className="visually-hidden">{t('loading')}</span>
      <Skeleton className="gallery__main" />
      <div>
        <Skeleton height="2rem" width="70%" />
        <Skeleton height="1.2rem" width="40%" />
        <Skeleton height="6rem" />
      </div>
    </div>
  );
}

function ProductDetail({ product }: { product: ProductDetailDto }) {
  const { t } = useTranslation([PRODUCT_NS, 'storefront']);
  const localize = useLocalized();
  const locale = useLocale();
  const [selectedSku, setSelectedSku] = useState(() => defaultVariantSku(product.variants));
  const selected = product.variants.find((v) => v.sku === selectedSku) ?? null;
  const name = localize(product.name);
  const otherName = locale === 'en' ? product.name.zh : product.name.en;

  return (
    <>
      <title>{t('documentTitle', { name })}</title>
      <nav className="breadcrumb" aria-label={t('breadcrumb')}>
        <Link to="/products">{t('storefront:layout.nav.products')}</Link>
        <span aria-hidden="true"> / </span>
        <Link to={`/products?${new URLSearchParams({ category: product.category.slug }).toString()}`}>
          {localize(product.category.name)}
        </Link>
      </nav>
      <div className="product-layout">
        <ProductGallery product={product} />
        <div className="product-info">
          <h1>{name}</h1>
          {otherName && otherName !== name && (
            <p className="product-info__other-name" lang={locale === 'en' ? 'zh-CN' : 'en'}>
              {otherName}
            </p>
          )}
          {product.aidCertified && <AidBadge />}

          <div className="product-info__price" aria-live="polite">
            {selected ? (
              <>
                <Price fen={selected.priceFen} className="price--large" />
                <StockState available={selected.available} />
              </>
            ) : (
              <>
                <PriceRange
                  minFen={product.priceMinFen}
                  maxFen={product.priceMaxFen}
                  className="price--large"
                />
                <span className="stock stock--out">{t('allOutOfStock')}</span>
              </>
            )}
          </div>
          {product.demo && <p className="muted">{t('demoNote')}</p>}

          {product.variants.length > 0 && (
            <VariantPicker variants={product.variants} selectedSku={selectedSku} onSelect={setSelectedSku} />
          )}

          <AddToCart key={selectedSku ?? ''} variant={selected} />

          <dl className="facts">
            <div>
              <dt>{t('cooperative')}</dt>
              <dd>
                <Link to={`/cooperatives/${product.cooperative.slug}`}>
                  {localize(product.cooperative.name)}
                </Link>
              </dd>
            </div>
            <div>
              <dt>{t('origin')}</dt>
              <dd>
                {t('storefront:place', {
                  township: localize(product.township.name),
                  village: localize(product.village.name),
                })}
              </dd>
            </div>
          </dl>
        </div>
      </div>

      <section className="prose" aria-labelledby="description-heading">
        <h2 id="description-heading">{t('description')}</h2>
        {localize(product.description)
          .split(/\n+/)
          .filter((p) => p.trim() !== '')
          .map((paragraph, i) => (
            <p key={i}>{paragraph}</p>
          ))}
      </section>

      <CertificateBlock certificate={product.certificate} />
    </>
  );
}

export function ProductPage() {
  const { t } = useTranslation([PRODUCT_NS, 'storefront']);
  const { slug = '' } = useParams();
  const product = useProduct(slug);

  if (product.isPending) return <ProductSkeleton />;
  if (product.isError) {
    const notFound = isApiError(product.error) && product.error.status === 404;
    return (
      <>
        <title>{t(notFound ? 'notFoundTitle' : 'errorTitle')}</title>
        <ErrorState
          error={product.error}
          title={notFound ? t('notFoundTitle') : undefined}
          onRetry={notFound ? undefined : () => void product.refetch()}
        >
          <p>
            <Link to="/products">{t('backToProducts')}</Link>
          </p>
        </ErrorState>
      </>
    );
  }
  // A new slug is a new product: reset the chosen variant.
  return <ProductDetail key={product.data.slug} product={product.data} />;
}
