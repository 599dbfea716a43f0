import { AidImportColumns, type AidImportColumnKey, type Locale } from '@shanhai/shared/contracts';

/** A template column's header as the file writes it, in the reader's language: 金额（元） / amount (yuan). */
export function columnHeader(key: AidImportColumnKey, locale: Locale): string {
  const column = AidImportColumns.find((c) => c.key === key);
  if (!column) return key;
  return locale === 'en' ? column.en : column.zh;
}
