import type { MessagesOf } from '@shanhai/web/shared';
import type { ProductMessages } from './product-messages';

export const productMessagesEn: MessagesOf<ProductMessages> = {
  documentTitle: '{{name}} · Shanhai Market',
  breadcrumb: 'Breadcrumb',
  noImage: 'No image yet',
  showImage: 'Show image {{number}} of {{total}}',
  inStock: 'In stock',
  lowStock: 'Only {{count}} left',
  outOfStock: 'Out of stock',
  allOutOfStock: 'All options are out of stock for now',
  variants: 'Choose an option',
  demoNote: 'Demo product: its price and stock are invented.',
  addToCart: 'Add to cart',
  checkoutSoon: 'Checkout opens soon',
  cooperative: 'Cooperative',
  origin: 'Origin',
  description: 'About this product',
  notFoundTitle: 'Product not found',
  errorTitle: 'Could not load · Shanhai Market',
  backToProducts: 'Back to all products',
  certificate: {
    title: 'Consumption-aid certification',
    number: 'Certificate number',
    issuer: 'Issued by',
    validity: 'Valid',
    range: '{{from}} to {{to}}',
    status: 'Status',
    statuses: {
      valid: 'Valid today',
      revoked: 'Revoked',
      expired: 'Expired',
      not_yet_valid: 'Not yet valid',
      not_valid: 'Not valid today',
    },
    none: 'This product does not hold an aid product certificate yet.',
    explainer:
      'While the certificate is within its validity and not revoked, buying this product counts as consumption aid.',
  },
};
