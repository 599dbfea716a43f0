import type { ReactNode } from 'react';
import type { Locale } from '@shanhai/shared/contracts';
import { createI18n } from '../i18n/i18n';
import { createQueryClient } from '../api/query-client';
import { AppProviders } from '../ui/app-providers';

/** Providers for a spec of this lib: an i18n instance with only the `common` namespace. */
export async function testProviders(language?: Locale) {
  const missing: string[] = [];
  const i18n = await createI18n({ language, onMissingKey: (ns, key) => missing.push(`${ns}:${key}`) });
  const queryClient = createQueryClient({ retry: false });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <AppProviders i18n={i18n} queryClient={queryClient}>
      {children}
    </AppProviders>
  );
  return { i18n, wrapper, missing };
}
