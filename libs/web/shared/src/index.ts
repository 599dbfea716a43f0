import './ui/ui.css';

export { createI18n, addMessageBundles, LANGUAGE_STORAGE_KEY, DEFAULT_LANGUAGE, isLocale } from './i18n/i18n';
export type { CreateI18nOptions, MessageBundle, MessagesOf } from './i18n/i18n';
export { WebErrorCode } from './i18n/common-messages';
export type { CommonErrorCode } from './i18n/common-messages';
export { useLocale, useLocalized, pickLocalized } from './i18n/use-localized';

export { ApiError, isApiError } from './api/api-error';
export type { ApiErrorDetails } from './api/api-error';
export { apiGet } from './api/api-get';
export type { ApiGetOptions } from './api/api-get';
export { apiSend } from './api/api-send';
export type { ApiSendMethod, ApiSendOptions } from './api/api-send';
export { createQueryClient } from './api/query-client';
export {
  getProducts,
  productsQueryOptions,
  useProducts,
  productListSearchParams,
  PRODUCT_LIST_QUERY_KEYS,
} from './api/get-products';
export type { ProductListFilter } from './api/get-products';
export { getProduct, productQueryOptions, useProduct } from './api/get-product';
export { getCategories, categoriesQueryOptions, useCategories } from './api/get-categories';
export { getTownships, townshipsQueryOptions, useTownships } from './api/get-townships';
export { getCooperatives, cooperativesQueryOptions, useCooperatives } from './api/get-cooperatives';
export { getCooperative, cooperativeQueryOptions, useCooperative } from './api/get-cooperative';
export { getStory, storyQueryOptions, useStory } from './api/get-story';
export { aidPublicSummaryQueryOptions, getAidPublicSummary, useAidPublicSummary } from './api/get-aid-public-summary';
export { getCart, cartQueryOptions, useCart, cartItemCount } from './api/get-cart';
export { getSession, sessionQueryOptions, useSession } from './api/get-session';

export { formatPrice, fenToYuanInput } from './format/format-price';
export { scaleFen, formatNumber } from './format/format-amount';
export type { FenScale } from './format/format-amount';
export { formatIsoDate, formatIsoMonth } from './format/format-date';
export { useFormatIndicator, useFormatPeriod } from './format/use-format-indicator';

export { AppProviders } from './ui/app-providers';
export { Price, PriceRange } from './ui/price';
export { AidBadge } from './ui/aid-badge';
export { Spinner, Skeleton } from './ui/loading';
export { ErrorState, useErrorMessage } from './ui/error-state';
export type { ErrorStateProps } from './ui/error-state';
export { EmptyState } from './ui/empty-state';
export { LanguageSwitch } from './ui/language-switch';
export { Pagination, pageSlots } from './ui/pagination';
export { QuantityStepper } from './ui/quantity-stepper';
export type { QuantityStepperProps } from './ui/quantity-stepper';
export type { PaginationProps } from './ui/pagination';
