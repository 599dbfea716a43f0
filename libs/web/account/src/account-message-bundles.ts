import type { MessageBundle } from '@shanhai/web/shared';
import type { ACCOUNT_NS } from './account-messages';
import type { AUTH_NS } from './auth/auth-messages';
import type { CART_NS } from './cart/cart-messages';
import type { CHECKOUT_NS } from './checkout/checkout-messages';
import type { ORDERS_NS } from './orders/orders-messages';

/**
 * The namespaces of the buying pages, for `createI18n`. Both languages are chunks: the Chinese one
 * is imported statically by the pages, so it arrives with them; none is in the shell.
 */
export const accountMessageBundles: readonly MessageBundle[] = [
  {
    namespace: 'account' satisfies typeof ACCOUNT_NS,
    messages: {
      'zh-CN': () => import('./account-messages').then((m) => m.accountMessages),
      en: () => import('./account-messages-en').then((m) => m.accountMessagesEn),
    },
  },
  {
    namespace: 'auth' satisfies typeof AUTH_NS,
    messages: {
      'zh-CN': () => import('./auth/auth-messages').then((m) => m.authMessages),
      en: () => import('./auth/auth-messages-en').then((m) => m.authMessagesEn),
    },
  },
  {
    namespace: 'cart' satisfies typeof CART_NS,
    messages: {
      'zh-CN': () => import('./cart/cart-messages').then((m) => m.cartMessages),
      en: () => import('./cart/cart-messages-en').then((m) => m.cartMessagesEn),
    },
  },
  {
    namespace: 'checkout' satisfies typeof CHECKOUT_NS,
    messages: {
      'zh-CN': () => import('./checkout/checkout-messages').then((m) => m.checkoutMessages),
      en: () => import('./checkout/checkout-messages-en').then((m) => m.checkoutMessagesEn),
    },
  },
  {
    namespace: 'orders' satisfies typeof ORDERS_NS,
    messages: {
      'zh-CN': () => import('./orders/orders-messages').then((m) => m.ordersMessages),
      en: () => import('./orders/orders-messages-en').then((m) => m.ordersMessagesEn),
    },
  },
];
