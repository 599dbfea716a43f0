export { StorefrontRoutes } from './storefront-routes';
export { storefrontMessageBundles } from './storefront-messages';
