import { lazy, type ReactNode } from 'react';
import { Navigate, Route, Routes, useParams } from 'react-router';
import { StorefrontLayout } from './layout/storefront-layout';

// One chunk per page: the entry holds only the shell, a route loads its own code.
const HomePage = lazy(() => import('./home/home-page').then((m) => ({ default: m.HomePage })));
const ProductListingPage = lazy(() =>
  import('./products/product-listing-page').then((m) => ({ default: m.ProductListingPage })),
);
const ProductPage = lazy(() => import('./product/product-page').then((m) => ({ default: m.ProductPage })));
const CooperativeListPage = lazy(() =>
  import('./cooperatives/cooperative-list-page').then((m) => ({ default: m.CooperativeListPage })),
);
const CooperativePage = lazy(() =>
  import('./cooperatives/cooperative-page').then((m) => ({ default: m.CooperativePage })),
);
const StoryPage = lazy(() => import('./story/story-page').then((m) => ({ default: m.StoryPage })));
const NotFoundPage = lazy(() =>
  import('./not-found/not-found-page').then((m) => ({ default: m.NotFoundPage })),
);

/** `/category/tea` is the listing with the category preset; the URL query stays the one source of filters. */
function CategoryRedirect() {
  const { slug = '' } = useParams();
  return <Navigate replace to={`/products?${new URLSearchParams({ category: slug }).toString()}`} />;
}

/**
 * The consumer-facing pages, mounted by the app at `/`. `children` are further `<Route>`s that
 * share the shell (the app passes the account lib's cart, sign-in, checkout and order routes).
 */
export function StorefrontRoutes({ children }: { children?: ReactNode }) {
  return (
    <Routes>
      <Route element={<StorefrontLayout />}>
        <Route index element={<HomePage />} />
        <Route path="products" element={<ProductListingPage />} />
        <Route path="products/:slug" element={<ProductPage />} />
        <Route path="category/:slug" element={<CategoryRedirect />} />
        <Route path="cooperatives" element={<CooperativeListPage />} />
        <Route path="cooperatives/:slug" element={<CooperativePage />} />
        <Route path="story" element={<StoryPage />} />
        {children}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
