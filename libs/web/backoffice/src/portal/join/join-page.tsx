import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Result, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AcceptInvitationRequest, SessionResponse } from '@shanhai/shared/contracts';
import {
  apiSend,
  isApiError,
  LanguageSwitch,
  sessionQueryOptions,
  useErrorMessage,
  useSession,
} from '@shanhai/web/shared';
import { loginPath } from '../../shell/login-path';
import { showFieldErrors } from '../shell/field-errors';
import { PORTAL_NS } from '../shell/portal-messages';

function useAcceptInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: AcceptInvitationRequest) =>
      apiSend<SessionResponse>('POST', '/api/invitations/accept', { body: request }),
    // the account is now a member (and, when new, signed in): the session says so at once
    onSuccess: (session) => {
      queryClient.setQueryData(sessionQueryOptions().queryKey, session.user);
      queryClient.removeQueries({ queryKey: ['co'] });
    },
  });
}

/**
 * `/co/join?token=…`, the mailed invitation's link: a signed-in person accepts it for their
 * account (the API checks it is the invited email); a guest creates the account for the invited
 * email with a password, or signs in first and comes back here.
 */
export function JoinPage() {
  const { t } = useTranslation(PORTAL_NS);
  const messageOf = useErrorMessage(PORTAL_NS);
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const session = useSession();
  const accept = useAcceptInvitation();
  const [form] = Form.useForm<{ displayName?: string; password: string }>();
  const [otherProblems, setOtherProblems] = useState<string[]>([]);
  const here = `/co/join?token=${encodeURIComponent(token)}`;
  const done = () => void navigate('/co');

  let body;
  if (token.length < 20) {
    body = <Result status="warning" title={t('join.badLink')} />;
  } else if (session.isPending) {
    body = <Spin size="large" />;
  } else if (session.data) {
    body = (
      <>
        <Typography.Paragraph>{t('join.signedInAs', { email: session.data.email })}</Typography.Paragraph>
        <Button
          type="primary"
          loading={accept.isPending}
          onClick={() => accept.mutate({ token }, { onSuccess: done })}
        >
          {t('join.accept')}
        </Button>{' '}
        <Button href={loginPath(here)}>{t('join.switchAccount')}</Button>
      </>
    );
  } else {
    body = (
      <>
        <Typography.Paragraph>{t('join.newAccount')}</Typography.Paragraph>
        <Form
          form={form}
          layout="vertical"
          aria-label={t('join.title')}
          onFinish={(v) => {
            setOtherProblems([]);
            accept.mutate(
              { token, password: v.password, displayName: v.displayName?.trim() || undefined },
              { onSuccess: done, onError: (error) => setOtherProblems(showFieldErrors(form, error)) },
            );
          }}
        >
          <Form.Item name="displayName" label={t('join.displayName')}>
            <Input maxLength={60} autoComplete="name" />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('join.password')}
            rules={[
              { required: true, message: t('form.required') },
              { min: 8, message: t('join.passwordTooShort') },
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={accept.isPending}>
            {t('join.createAndAccept')}
          </Button>
        </Form>
        <Typography.Paragraph className="co-hint">
          {t('join.haveAccount')} <a href={loginPath(here)}>{t('join.signIn')}</a>
        </Typography.Paragraph>
      </>
    );
  }

  return (
    <div className="bo-forbidden" data-testid="portal-join">
      <title>{t('documentTitle', { page: t('join.title') })}</title>
      <div className="bo-forbidden__bar">
        <LanguageSwitch />
      </div>
      <Card className="co-join" title={<h1 className="co-join__title">{t('join.title')}</h1>}>
        {accept.isError && (
          <Alert
            type="error"
            showIcon
            className="co-form-alert"
            title={messageOf(accept.error)}
            description={
              isApiError(accept.error) && accept.error.code === 'EMAIL_TAKEN' ? (
                <a href={loginPath(here)}>{t('join.signIn')}</a>
              ) : otherProblems.length > 0 ? (
                otherProblems.join(' · ')
              ) : undefined
            }
          />
        )}
        {body}
      </Card>
    </div>
  );
}
