import { Suspense, type ReactNode } from 'react';
import { render } from '@testing-library/react';
import { MemoryRouter, useLocation } from 'react-router';
import { afterEach, expect } from 'vitest';
import type { Locale } from '@shanhai/shared/contracts';
import { AppProviders, createI18n, createQueryClient } from '@shanhai/web/shared';
import { storefrontMessageBundles } from '../storefront-messages';
import { StorefrontRoutes } from '../storefront-routes';

const missingKeys: string[] = [];

// Every spec that renders through here also checks that no shown text was a missing i18n key.
afterEach(() => {
  const missing = missingKeys.splice(0);
  expect(missing, 'i18n keys missing from the message bundles').toEqual([]);
});

/** Shows the router's current location, so a spec can assert the URL the page wrote. */
function LocationProbe() {
  const location = useLocation();
  return (
    <output data-testid="location" hidden>
      {location.pathname + location.search}
    </output>
  );
}

export interface RenderAppOptions {
  /** The path and query to open, e.g. `/products?category=tea`. */
  url?: string;
  language?: Locale;
  /** Renders this instead of the storefront's routes (for a component on its own). */
  children?: ReactNode;
}

/** Renders the storefront (layout and lazy pages) the way the app does, in memory. */
export async function renderApp(options: RenderAppOptions = {}) {
  const i18n = await createI18n({
    bundles: storefrontMessageBundles,
    language: options.language,
    onMissingKey: (ns, key) => missingKeys.push(`${ns}:${key}`),
  });
  const queryClient = createQueryClient({ retry: false });
  const view = render(
    <AppProviders i18n={i18n} queryClient={queryClient}>
      <MemoryRouter initialEntries={[options.url ?? '/']}>
        <Suspense fallback={null}>{options.children ?? <StorefrontRoutes />}</Suspense>
        <LocationProbe />
      </MemoryRouter>
    </AppProviders>,
  );
  return { ...view, i18n, queryClient };
}

/** The location the router is at, e.g. `/products?category=tea`. */
export function currentLocation(container: HTMLElement = document.body): string {
  return container.querySelector('[data-testid="location"]')?.textContent ?? '';
}
