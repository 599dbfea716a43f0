import { useTranslation } from 'react-i18next';
import type { VariantDto } from '@shanhai/shared/contracts';
import { Price, useLocalized } from '@shanhai/web/shared';
import { PRODUCT_NS } from './product-messages';

/** At or below this many units the stock line says how many are left. */
export const LOW_STOCK = 5;

/** The first variant that can be bought, else none. */
export function defaultVariantSku(variants: VariantDto[]): string | null {
  return variants.find((v) => v.available > 0)?.sku ?? null;
}

export function StockState({ available }: { available: number }) {
  const { t } = useTranslation(PRODUCT_NS);
  if (available <= 0) return <span className="stock stock--out">{t('outOfStock')}</span>;
  if (available <= LOW_STOCK)
    return <span className="stock stock--low">{t('lowStock', { count: available })}</span>;
  return <span className="stock stock--in">{t('inStock')}</span>;
}

export interface VariantPickerProps {
  variants: VariantDto[];
  selectedSku: string | null;
  onSelect: (sku: string) => void;
}

/** Native radios: arrow keys move between the variants that can be bought; sold-out ones are disabled. */
export function VariantPicker({ variants, selectedSku, onSelect }: VariantPickerProps) {
  const { t } = useTranslation(PRODUCT_NS);
  const localize = useLocalized();
  return (
    <fieldset className="variant-picker">
      <legend>{t('variants')}</legend>
      {variants.map((variant) => {
        const soldOut = variant.available <= 0;
        return (
          <label
            key={variant.sku}
            className={soldOut ? 'variant variant--disabled' : 'variant'}
            data-testid="variant-option"
          >
            <input
              type="radio"
              name="variant"
              value={variant.sku}
              checked={selectedSku === variant.sku}
              disabled={soldOut}
              onChange={() => onSelect(variant.sku)}
            />
            <span className="variant__label">{localize(variant.label)}</span>
            <Price fen={variant.priceFen} className="variant__price" />
            {soldOut && <span className="variant__note">{t('outOfStock')}</span>}
          </label>
        );
      })}
    </fieldset>
  );
}
