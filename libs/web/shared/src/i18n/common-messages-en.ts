import type { MessagesOf } from './i18n';
import type { CommonMessages } from './common-messages';

/** English for the `common` namespace; loaded the first time English is chosen. */
export const commonMessagesEn: MessagesOf<CommonMessages> = {
  loading: 'Loading…',
  errors: {
    VALIDATION_FAILED: 'Some of the values sent are not valid. Please check them and try again.',
    NOT_FOUND: 'We could not find what you were looking for.',
    PRODUCT_NOT_FOUND: 'This product could not be found. It may have been taken off sale.',
    COOPERATIVE_NOT_FOUND: 'This cooperative could not be found.',
    MEDIA_NOT_FOUND: 'The image could not be found.',
    SKU_NOT_FOUND: 'This option no longer exists. Please reload the page and choose again.',
    DATABASE_UNAVAILABLE: 'The service is temporarily unavailable. Please try again shortly.',
    INTERNAL_ERROR: 'Something went wrong on our side. Please try again later.',
    NETWORK_ERROR: 'Could not reach the server. Check your connection and try again.',
    UNKNOWN: 'An unexpected error occurred.',
  },
  errorState: {
    title: 'Something went wrong',
    retry: 'Try again',
  },
  stepper: {
    decrease: '{{label}}: one less',
    increase: '{{label}}: one more',
  },
  languageSwitch: {
    text: '中文',
    label: '切换到中文',
  },
  aidBadge: {
    text: 'Aid-certified',
    title: 'Certified as a consumption-aid product; the certificate is valid today',
  },
  pagination: {
    label: 'Pagination',
    previous: 'Previous',
    next: 'Next',
    status: 'Page {{page}} of {{pageCount}}',
    goTo: 'Page {{page}}',
  },
  priceRange: '{{min}} – {{max}}',
  units: {
    fen_yi: '{{value}} hundred million yuan',
    fen_wan: '{{value}} ten thousand yuan',
    fen_yuan: '{{value}} yuan',
    count: '{{value}}',
    people: '{{value}} people',
    projects: '{{value}} projects',
    percent: '{{value}}%',
  },
  period: '{{start}} – {{end}}',
};
