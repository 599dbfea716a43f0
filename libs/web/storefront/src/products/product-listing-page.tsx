import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, Pagination, useProducts, type ProductListFilter } from '@shanhai/web/shared';
import { hasActiveFilters, readListingQuery, writeListingQuery } from './listing-query';
import { ProductFilters } from './product-filters';
import { ProductGrid, ProductGridSkeleton } from './product-grid';
import { SearchForm } from './search-form';
import { LISTING_NS } from './listing-messages';

export function ProductListingPage() {
  const { t } = useTranslation(LISTING_NS);
  const [searchParams, setSearchParams] = useSearchParams();
  const { query, ignored } = useMemo(() => readListingQuery(searchParams), [searchParams]);
  const products = useProducts(query);

  const update = (patch: ProductListFilter) => setSearchParams(writeListingQuery(query, patch));
  const clearFilters = () =>
    setSearchParams(writeListingQuery({ sort: query.sort, pageSize: query.pageSize }, {}));

  const data = products.data;
  const pageCount = data ? Math.ceil(data.total / data.pageSize) : 0;

  return (
    <>
      <title>{t('documentTitle')}</title>
      <h1>{t('title')}</h1>
      <SearchForm
        key={query.q ?? ''}
        id="listing-search"
        initialValue={query.q ?? ''}
        onSearch={(q) => update({ q: q || undefined })}
      />
      <ProductFilters query={query} onChange={update} />
      {ignored.length > 0 && (
        <p className="notice" role="status">
          {t('ignoredFilters', { keys: ignored.join(', ') })}
        </p>
      )}

      {products.isError ? (
        <ErrorState error={products.error} onRetry={() => void products.refetch()} />
      ) : !data ? (
        <ProductGridSkeleton count={8} />
      ) : (
        <>
          <p className="result-count" role="status">
            {t('resultCount', { count: data.total })}
          </p>
          {data.items.length === 0 ? (
            <EmptyState title={t('empty')}>
              {hasActiveFilters(query) && (
                <button type="button" className="button" onClick={clearFilters}>
                  {t('clearFilters')}
                </button>
              )}
            </EmptyState>
          ) : (
            <ProductGrid products={data.items} busy={products.isPlaceholderData} />
          )}
          <Pagination page={query.page} pageCount={pageCount} onPageChange={(page) => update({ page })} />
        </>
      )}
    </>
  );
}
