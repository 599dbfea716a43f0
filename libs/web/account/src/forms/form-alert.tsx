import type { ReactNode } from 'react';
import { useErrorMessage } from '@shanhai/web/shared';
import { ACCOUNT_NS } from '../account-messages';

/** A failed submission, said in words: `message` when the page has better ones, else the code's translation. */
export function FormAlert({
  error,
  message,
  children,
}: {
  error: unknown;
  message?: string;
  children?: ReactNode;
}) {
  const messageOf = useErrorMessage(ACCOUNT_NS);
  return (
    <div className="form-alert" role="alert">
      <p>{message ?? messageOf(error)}</p>
      {children}
    </div>
  );
}
