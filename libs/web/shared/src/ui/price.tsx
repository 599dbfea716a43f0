import { useTranslation } from 'react-i18next';
import { formatPrice } from '../format/format-price';

export function Price({ fen, className }: { fen: number; className?: string }) {
  return <span className={className ? `price ${className}` : 'price'}>{formatPrice(fen)}</span>;
}

/** One price when all variants cost the same, else "¥12.00 – ¥30.00". */
export function PriceRange({
  minFen,
  maxFen,
  className,
}: {
  minFen: number;
  maxFen: number;
  className?: string;
}) {
  const { t } = useTranslation('common');
  const text =
    minFen === maxFen
      ? formatPrice(minFen)
      : t('priceRange', { min: formatPrice(minFen), max: formatPrice(maxFen) });
  return <span className={className ? `price ${className}` : 'price'}>{text}</span>;
}
