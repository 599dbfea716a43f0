import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { parseYuanToFen } from '@shanhai/shared/domain';
import {
  fenToYuanInput,
  useCategories,
  useCooperatives,
  useLocalized,
  useTownships,
  type ProductListFilter,
} from '@shanhai/web/shared';
import { isProductSort, PRODUCT_SORTS } from './listing-query';
import { LISTING_NS } from './listing-messages';

export interface ProductFiltersProps {
  query: ProductListFilter;
  onChange: (patch: ProductListFilter) => void;
}

interface Option {
  value: string;
  label: string;
}

function FilterSelect(props: {
  label: string;
  allLabel: string;
  value: string | undefined;
  options: Option[];
  onChange: (value: string | undefined) => void;
}) {
  const id = useId();
  const { label, allLabel, value, options, onChange } = props;
  // A slug from the URL shows even before (or without) the lookup list that names it.
  const known = value === undefined || options.some((o) => o.value === value);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value || undefined)}>
        <option value="">{allLabel}</option>
        {!known && <option value={value}>{value}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Min and max price typed in yuan, applied together, sent in fen. */
function PriceFilter({
  minFen,
  maxFen,
  onApply,
}: {
  minFen?: number;
  maxFen?: number;
  onApply: (min?: number, max?: number) => void;
}) {
  const { t } = useTranslation(LISTING_NS);
  const id = useId();
  const [min, setMin] = useState(minFen === undefined ? '' : fenToYuanInput(minFen));
  const [max, setMax] = useState(maxFen === undefined ? '' : fenToYuanInput(maxFen));
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parse = (text: string) => (text.trim() === '' ? undefined : parseYuanToFen(text));
    const minValue = parse(min);
    const maxValue = parse(max);
    if (minValue === null || maxValue === null || (minValue ?? 0) < 0 || (maxValue ?? 0) < 0) {
      setError(t('filters.priceInvalid'));
      return;
    }
    if (minValue !== undefined && maxValue !== undefined && minValue > maxValue) {
      setError(t('filters.priceOrder'));
      return;
    }
    setError(null);
    onApply(minValue, maxValue);
  };

  const errorId = `${id}-error`;
  return (
    <form className="price-filter" onSubmit={submit} noValidate>
      <fieldset>
        <legend>{t('filters.price')}</legend>
        <div className="price-filter__inputs">
          <div className="field">
            <label htmlFor={`${id}-min`}>{t('filters.minPrice')}</label>
            <input
              id={`${id}-min`}
              type="text"
              inputMode="decimal"
              value={min}
              onChange={(e) => setMin(e.target.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? errorId : undefined}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-max`}>{t('filters.maxPrice')}</label>
            <input
              id={`${id}-max`}
              type="text"
              inputMode="decimal"
              value={max}
              onChange={(e) => setMax(e.target.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? errorId : undefined}
            />
          </div>
          <button type="submit" className="button button--ghost">
            {t('filters.applyPrice')}
          </button>
        </div>
        {error && (
          <p id={errorId} className="field-error" role="alert">
            {error}
          </p>
        )}
      </fieldset>
    </form>
  );
}

export function ProductFilters({ query, onChange }: ProductFiltersProps) {
  const { t } = useTranslation(LISTING_NS);
  const localize = useLocalized();
  const certifiedId = useId();
  const sortId = useId();
  const categories = useCategories();
  const townships = useTownships();
  const cooperatives = useCooperatives();

  return (
    <section className="filters" aria-label={t('filters.label')}>
      <div className="filters__selects">
        <FilterSelect
          label={t('filters.category')}
          allLabel={t('filters.allCategories')}
          value={query.category}
          options={(categories.data ?? []).map((c) => ({ value: c.slug, label: localize(c.name) }))}
          onChange={(category) => onChange({ category })}
        />
        <FilterSelect
          label={t('filters.township')}
          allLabel={t('filters.allTownships')}
          value={query.township}
          options={(townships.data ?? []).map((c) => ({ value: c.slug, label: localize(c.name) }))}
          onChange={(township) => onChange({ township })}
        />
        <FilterSelect
          label={t('filters.cooperative')}
          allLabel={t('filters.allCooperatives')}
          value={query.cooperative}
          options={(cooperatives.data ?? []).map((c) => ({ value: c.slug, label: localize(c.name) }))}
          onChange={(cooperative) => onChange({ cooperative })}
        />
        <div className="field">
          <label htmlFor={sortId}>{t('filters.sort')}</label>
          <select
            id={sortId}
            value={query.sort ?? ''}
            onChange={(e) => onChange({ sort: isProductSort(e.target.value) ? e.target.value : undefined })}
          >
            <option value="">{t('filters.sortDefault')}</option>
            {PRODUCT_SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {t(`filters.sorts.${sort}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <PriceFilter
        key={`${query.minPriceFen ?? ''}-${query.maxPriceFen ?? ''}`}
        minFen={query.minPriceFen}
        maxFen={query.maxPriceFen}
        onApply={(minPriceFen, maxPriceFen) => onChange({ minPriceFen, maxPriceFen })}
      />
      <div className="field field--check">
        <input
          id={certifiedId}
          type="checkbox"
          checked={query.certified === true}
          onChange={(e) => onChange({ certified: e.target.checked ? true : undefined })}
        />
        <label htmlFor={certifiedId}>{t('filters.certifiedOnly')}</label>
      </div>
    </section>
  );
}
