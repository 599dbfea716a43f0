import { Suspense, type ReactElement } from 'react';
import { render } from '@testing-library/react';
import { StyleProvider } from '@ant-design/cssinjs';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { afterEach, expect } from 'vitest';
import type { Locale } from '@shanhai/shared/contracts';
import { AppProviders, createI18n, createQueryClient } from '@shanhai/web/shared';
import { fillJsdomGaps } from './jsdom-gaps';

fillJsdomGaps();

const missingKeys: string[] = [];

// Every spec that renders through here also checks that no shown text was a missing i18n key.
afterEach(() => {
  const missing = missingKeys.splice(0);
  expect(missing, 'i18n keys missing from the message bundles').toEqual([]);
});

/** An i18n instance for a spec that records every missing key, so the spec fails on one. */
export function specI18n(language?: Locale) {
  return createI18n({ language, onMissingKey: (ns, key) => missingKeys.push(`${ns}:${key}`) });
}

function LocationProbe() {
  const location = useLocation();
  return (
    <output data-testid="location" hidden>
      {location.pathname + location.search}
    </output>
  );
}

/**
 * Renders one back-office area as the app mounts it (`/admin/*` or `/co/*`), in memory, with the
 * storefront's sign-in page as a stand-in: a redirect to it is what is checked. Ant Design's
 * CSS-in-JS runs as on a server: styles are worked out but not parsed by jsdom, which has no
 * layout to apply them to and is slow at parsing them.
 */
export async function renderArea(options: {
  mount: string;
  area: ReactElement;
  url: string;
  language?: Locale;
  loading: string;
}) {
  const i18n = await specI18n(options.language);
  const queryClient = createQueryClient({ retry: false });
  const view = render(
    <StyleProvider mock="server">
      <AppProviders i18n={i18n} queryClient={queryClient}>
        <MemoryRouter initialEntries={[options.url]}>
          <Suspense fallback={<p>{options.loading}</p>}>
            <Routes>
              <Route path={options.mount} element={options.area} />
              <Route path="/login" element={<p>storefront sign-in</p>} />
              <Route path="*" element={<p>elsewhere</p>} />
            </Routes>
          </Suspense>
          <LocationProbe />
        </MemoryRouter>
      </AppProviders>
    </StyleProvider>,
  );
  return { ...view, i18n, queryClient };
}

/** The location the router is at, e.g. `/login?next=/admin/aid`. */
export function currentLocation(): string {
  return document.querySelector('[data-testid="location"]')?.textContent ?? '';
}

/**
 * How long the first page of a spec may take to appear: the area, its page chunk and Ant Design
 * are transformed on first use, on two cores shared with other jobs.
 */
export const FIRST_RENDER = { timeout: 20_000 };
