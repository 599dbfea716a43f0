/** A text in both languages the product speaks. */
export interface LocalizedText {
  zh: string;
  en: string;
}

export const Locales = ['zh-CN', 'en'] as const;
export type Locale = (typeof Locales)[number];
