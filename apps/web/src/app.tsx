import { Route, Routes } from 'react-router';
import { accountRoutes } from '@shanhai/web/account';
import { StorefrontRoutes } from '@shanhai/web/storefront';

/**
 * The areas of the web app: the storefront's shell with the buying pages (cart, sign-in, checkout,
 * orders) inside it. The cooperative portal (/co) and admin (/admin) mount here later, lazily.
 */
export function App() {
  return (
    <Routes>
      <Route path="/*" element={<StorefrontRoutes>{accountRoutes}</StorefrontRoutes>} />
    </Routes>
  );
}
