import type { MessagesOf } from '@shanhai/web/shared';
import type { StorefrontMessages } from './storefront-messages';

/** English for the `storefront` namespace; loaded the first time English is chosen. */
export const storefrontMessagesEn: MessagesOf<StorefrontMessages> = {
  place: '{{village}}, {{township}}',
  layout: {
    skipToContent: 'Skip to main content',
    brand: { primary: 'Shanhai Market', secondary: '山海集市' },
    navLabel: 'Main',
    nav: { home: 'Home', products: 'Products', cooperatives: 'Cooperatives', story: 'Our story' },
    cart: 'Cart',
    cartLabel: 'Cart ({{count}})',
    login: 'Sign in',
    orders: 'My orders',
    footer: {
      demo: 'Demo site: the prices and stock shown are invented.',
      figures: 'The cooperation figures are quoted from a published report; see',
      storyLink: 'Our story',
    },
  },
  search: { label: 'Search products', placeholder: 'Search tea, mushrooms, Miao silver…', submit: 'Search' },
  card: {
    noImage: 'No image yet',
    outOfStock: 'Out of stock',
    bannerAlt: 'A view of {{name}}',
    productCount: 'Products on sale: {{count, number}}',
  },
  notFound: {
    title: 'Page not found',
    message: 'The page you are looking for does not exist or has moved.',
    home: 'Back to the home page',
  },
};
