import { Suspense } from 'react';
import { render } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { afterEach, expect } from 'vitest';
import type { Locale } from '@shanhai/shared/contracts';
import { AppProviders, createI18n, createQueryClient } from '@shanhai/web/shared';
import { accountRoutes } from '../account-routes';

const missingKeys: string[] = [];

// Every spec that renders through here also checks that no shown text was a missing i18n key.
afterEach(() => {
  const missing = missingKeys.splice(0);
  expect(missing, 'i18n keys missing from the message bundles').toEqual([]);
});

/** Shows the router's current location, so a spec can assert where a page sent the user. */
function LocationProbe() {
  const location = useLocation();
  return (
    <output data-testid="location" hidden>
      {location.pathname + location.search}
    </output>
  );
}

/**
 * Renders the buying pages the way the app mounts them (lazy area, lazy pages, namespaces added
 * when the area loads), in memory, without the storefront's shell. Other paths show "elsewhere".
 */
export async function renderAccount(options: { url: string; language?: Locale }) {
  const i18n = await createI18n({
    language: options.language,
    onMissingKey: (ns, key) => missingKeys.push(`${ns}:${key}`),
  });
  const queryClient = createQueryClient({ retry: false });
  const view = render(
    <AppProviders i18n={i18n} queryClient={queryClient}>
      <MemoryRouter initialEntries={[options.url]}>
        <Suspense fallback={null}>
          <Routes>
            {accountRoutes}
            <Route path="*" element={<p>elsewhere</p>} />
          </Routes>
        </Suspense>
        <LocationProbe />
      </MemoryRouter>
    </AppProviders>,
  );
  return { ...view, i18n, queryClient };
}

/** The location the router is at, e.g. `/login?next=/checkout`. */
export function currentLocation(): string {
  return document.querySelector('[data-testid="location"]')?.textContent ?? '';
}
