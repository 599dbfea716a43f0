import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/api-error';

/**
 * The sentence to show for an error: the translation of its code (in `ns` first, when a feature
 * translates its own codes, then in `common`), else the server's message.
 */
export function useErrorMessage(ns?: string): (error: unknown) => string {
  const { t, i18n } = useTranslation(ns ? [ns, 'common'] : 'common');
  return (error: unknown) => {
    if (isApiError(error)) {
      for (const namespace of ns ? [ns, 'common'] : ['common']) {
        if (i18n.exists(`errors.${error.code}`, { ns: namespace }))
          return t(`errors.${error.code}`, { ns: namespace });
      }
      if (error.message) return error.message;
    }
    return t('errors.UNKNOWN', { ns: 'common' });
  };
}

export interface ErrorStateProps {
  error: unknown;
  /** Shown as a "try again" button when given. */
  onRetry?: () => void;
  title?: string;
  /** A namespace with further `errors.<CODE>` translations (see `useErrorMessage`). */
  ns?: string;
  children?: ReactNode;
}

export function ErrorState({ error, onRetry, title, ns, children }: ErrorStateProps) {
  const { t } = useTranslation('common');
  const messageOf = useErrorMessage(ns);
  return (
    <div className="state state--error" role="alert">
      <p className="state__title">{title ?? t('errorState.title')}</p>
      <p className="state__message">{messageOf(error)}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('errorState.retry')}
        </button>
      )}
      {children}
    </div>
  );
}
