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

// The cooperative portal shares the back office's chunks (Ant Design); fetched on the first visit to /co.
const PortalApp = lazy(() =>
  import('@shanhai/web/backoffice').then(
    (m) => ({ default: m.PortalApp }),
    (error: unknown) => ({
      default: () => <ErrorState error={error} onRetry={() => window.location.reload()} />,
    }),
  ),
);

/**
 * The areas of the web app: the storefront's shell with the buying pages (cart, sign-in, checkout,
 * orders) inside it, the admin console at /admin and the cooperative portal at /co.
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
      <Route
        path="/co/*"
        element={
          <Suspense fallback={<Spinner />}>
            <PortalApp />
          </Suspense>
        }
      />
      <Route path="/*" element={<StorefrontRoutes>{accountRoutes}</StorefrontRoutes>} />
    </Routes>
  );
}
