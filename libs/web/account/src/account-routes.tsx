import { lazy } from 'react';
import { Route } from 'react-router';

/** The buying pages, by the name the area knows them by. */
export type AccountPageName =
  'cart' | 'login' | 'register' | 'forgotPassword' | 'resetPassword' | 'checkout' | 'orders' | 'order';

// The shell holds only the paths and this one loader; the area brings the rest (account-area.tsx).
const AccountArea = lazy(() => import('./account-area').then((m) => ({ default: m.AccountArea })));

const PATHS: [string, AccountPageName][] = [
  ['cart', 'cart'],
  ['login', 'login'],
  ['register', 'register'],
  ['forgot-password', 'forgotPassword'],
  ['reset-password', 'resetPassword'],
  ['checkout', 'checkout'],
  ['orders', 'orders'],
  ['orders/:id', 'order'],
];

/**
 * The buying pages (cart, sign-in, checkout, orders) as `<Route>`s for the storefront's shell: the
 * app passes them to `StorefrontRoutes`, so they share its header, footer and error boundary.
 */
export const accountRoutes = (
  <>
    {PATHS.map(([path, page]) => (
      <Route key={path} path={path} element={<AccountArea page={page} />} />
    ))}
  </>
);
