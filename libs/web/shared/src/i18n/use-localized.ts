import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale, LocalizedText } from '@shanhai/shared/contracts';
import { isLocale, DEFAULT_LANGUAGE } from './i18n';

/** The current UI language as a contract `Locale`. */
export function useLocale(): Locale {
  const { i18n } = useTranslation();
  return isLocale(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
}

/** Picks a `LocalizedText` in the current language; falls back to the other one when empty. */
export function pickLocalized(text: LocalizedText, locale: Locale): string {
  const [first, second] = locale === 'en' ? [text.en, text.zh] : [text.zh, text.en];
  return first.trim() !== '' ? first : second;
}

/** `const localize = useLocalized(); localize(product.name)`. */
export function useLocalized(): (text: LocalizedText) => string {
  const locale = useLocale();
  return useCallback((text: LocalizedText) => pickLocalized(text, locale), [locale]);
}
