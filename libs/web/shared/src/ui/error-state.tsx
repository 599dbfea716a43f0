import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/api-error';

/** The sentence to show for an error: the translation of its code, else the server's message. */
export function useErrorMessage(): (error: unknown) => string {
  const { t, i18n } = useTranslation('common');
  return (error: unknown) => {
    if (isApiError(error)) {
      if (i18n.exists(`errors.${error.code}`, { ns: 'common' })) return t(`errors.${error.code}`);
      if (error.message) return error.message;
    }
    return t('errors.UNKNOWN');
  };
}

export interface ErrorStateProps {
  error: unknown;
  /** Shown as a "try again" button when given. */
  onRetry?: () => void;
  title?: string;
  children?: ReactNode;
}

export function ErrorState({ error, onRetry, title, children }: ErrorStateProps) {
  const { t } = useTranslation('common');
  const messageOf = useErrorMessage();
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
