import { Component, Suspense, useEffect, type ReactNode } from 'react';
import { Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorState, Spinner } from '@shanhai/web/shared';
import { SiteHeader } from './site-header';
import { SiteFooter } from './site-footer';
import '../storefront.css';

/** Catches what a page throws while rendering (a chunk that failed to load, a bug) so the shell stays. */
class PageErrorBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override render() {
    if (this.state.error)
      return <ErrorState error={this.state.error} onRetry={() => window.location.reload()} />;
    return this.props.children;
  }
}

export function StorefrontLayout() {
  const { t } = useTranslation('storefront');
  const { pathname } = useLocation();

  useEffect(() => {
    window.scrollTo(0, 0);
  }, [pathname]);

  return (
    <>
      <a href="#main" className="skip-link">
        {t('layout.skipToContent')}
      </a>
      <SiteHeader />
      <main id="main" tabIndex={-1} className="main container">
        <PageErrorBoundary key={pathname}>
          <Suspense fallback={<Spinner />}>
            <Outlet />
          </Suspense>
        </PageErrorBoundary>
      </main>
      <SiteFooter />
    </>
  );
}
