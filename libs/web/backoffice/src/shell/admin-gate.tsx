import { useEffect, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UserDto } from '@shanhai/shared/contracts';
import { isApiError, sessionQueryOptions, useErrorMessage, useSession } from '@shanhai/web/shared';
import { BACKOFFICE_NS } from './backoffice-messages';
import { ForbiddenPage } from './forbidden-page';
import { loginPath } from './login-path';

/**
 * Lets only admins in: a guest goes to the sign-in page and comes back to the same address
 * (filters included); a signed-in user without the admin role sees a 403 page. The API checks the
 * role on every request as well; this only spares the user pages that would all say "forbidden".
 */
export function AdminGate({ children }: { children: (user: UserDto) => ReactNode }) {
  const { t } = useTranslation(BACKOFFICE_NS);
  const messageOf = useErrorMessage(BACKOFFICE_NS);
  const session = useSession();
  const { pathname, search } = useLocation();
  if (session.isPending)
    return (
      <div className="bo-centre">
        <Spin size="large" />
      </div>
    );
  if (session.isError)
    return (
      <Result
        status="error"
        title={t('pageError.title')}
        subTitle={messageOf(session.error)}
        extra={
          <Button type="primary" onClick={() => void session.refetch()}>
            {t('pageError.reload')}
          </Button>
        }
      />
    );
  if (!session.data) return <Navigate replace to={loginPath(pathname + search)} />;
  if (session.data.role !== 'admin') return <ForbiddenPage user={session.data} />;
  return children(session.data);
}

/**
 * A 401 from an admin query means the session ended meanwhile: forget it, so the gate sends the
 * user to sign in (and back here afterwards).
 */
export function useSessionEndsOn401(error: unknown) {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (isApiError(error) && error.status === 401)
      queryClient.setQueryData(sessionQueryOptions().queryKey, null);
  }, [error, queryClient]);
}
