import { formatFen } from '@shanhai/shared/domain';

/** A price in fen as shown to buyers in either language: 12800 → "¥128.00". */
export function formatPrice(fen: number): string {
  return formatFen(fen);
}

/** A fen amount as the plain yuan number a person types in a price field: 12850 → "128.5", 5000 → "50". */
export function fenToYuanInput(fen: number): string {
  const text = formatFen(fen, { symbol: false }).replace(/,/g, '');
  return text.replace(/\.00$/, '').replace(/(\.\d)0$/, '$1');
}
