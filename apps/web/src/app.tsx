import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { accountRoutes } from '@shanhai/web/account';
import { StorefrontRoutes } from '@shanhai/web/storefront';
import { ErrorState, Spinner } from '@shanhai/web/shared';

// The admin console (Ant Design, ECharts) is its own chunks, fetched on the first visit to /admin.
// A failed fetch (a deploy replaced the chunks, the network dropped) offers a reload.
const AdminApp = lazy(() =>
  import('@shanhai/web/backoffice').then(
    (m) => ({ default: m.AdminApp }),
    (error: unknown) => ({
      default: () => <ErrorState error={error} onRetry={() => window.location.reload()} />,
    }),
  ),
);

/**
 * The areas of the web app: the storefront's shell with the buying pages (cart, sign-in, checkout,
 * orders) inside it, and the admin console at /admin. The cooperative portal (/co) comes later.
 */
export function App() {
  return (
    <Routes>
      <Route
        path="/admin/*"
        element={
          <Suspense fallback={<Spinner />}>
            <AdminApp />
          </Suspense>
        }
      />
      <Route path="/*" element={<StorefrontRoutes>{accountRoutes}</StorefrontRoutes>} />
    </Routes>
  );
}
