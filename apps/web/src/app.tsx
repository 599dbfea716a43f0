import { Route, Routes } from 'react-router';
import { StorefrontRoutes } from '@shanhai/web/storefront';

/** The areas of the web app. The cooperative portal (/co) and admin (/admin) mount here later, lazily. */
export function App() {
  return (
    <Routes>
      <Route path="/*" element={<StorefrontRoutes />} />
    </Routes>
  );
}
