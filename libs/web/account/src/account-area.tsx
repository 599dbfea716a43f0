import { lazy, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { addMessageBundles } from '@shanhai/web/shared';
import { accountMessageBundles } from './account-message-bundles';
import type { AccountPageName } from './account-routes';

// One chunk per page: the sign-in pages share one (with zod, for the contracts' schemas), and so
// do the two order pages.
const authPages = () => import('./auth/auth-pages');
const ordersPages = () => import('./orders/orders-pages');

const PAGES: Record<AccountPageName, ComponentType> = {
  cart: lazy(() => import('./cart/cart-page').then((m) => ({ default: m.CartPage }))),
  login: lazy(() => authPages().then((m) => ({ default: m.LoginPage }))),
  register: lazy(() => authPages().then((m) => ({ default: m.RegisterPage }))),
  forgotPassword: lazy(() => authPages().then((m) => ({ default: m.ForgotPasswordPage }))),
  resetPassword: lazy(() => authPages().then((m) => ({ default: m.ResetPasswordPage }))),
  checkout: lazy(() => import('./checkout/checkout-page').then((m) => ({ default: m.CheckoutPage }))),
  orders: lazy(() => ordersPages().then((m) => ({ default: m.OrdersPage }))),
  order: lazy(() => ordersPages().then((m) => ({ default: m.OrderPage }))),
};

/**
 * The buying area, loaded on the first visit to one of its pages: it brings its pages' loaders and
 * message namespaces, so the catalogue pages' first load carries neither.
 */
export function AccountArea({ page }: { page: AccountPageName }) {
  const { i18n } = useTranslation();
  // During the first render, not in an effect: the page below asks for its namespace in this same
  // render. Adding the same bundles again (another mount) changes nothing.
  useState(() => addMessageBundles(i18n, accountMessageBundles));
  const Page = PAGES[page];
  return <Page />;
}
