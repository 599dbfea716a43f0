import type { FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LoginSchema } from '@shanhai/shared/contracts';
import { isApiError } from '@shanhai/web/shared';
import { useLogin } from '../api/login';
import { ACCOUNT_NS } from '../account-messages';
import { FormAlert } from '../forms/form-alert';
import { parseForm, problemsFromServer } from '../forms/field-problems';
import { TextField } from '../forms/text-field';
import { useForm } from '../forms/use-form';
import { loginPath, safeNext } from '../session/safe-next';
import { useSignedIn } from '../session/use-signed-in';
import { AUTH_NS } from './auth-messages';
import '../account.css';

export function LoginPage() {
  const { t } = useTranslation([AUTH_NS, ACCOUNT_NS]);
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const signedIn = useSignedIn(next);
  const login = useLogin();
  const form = useForm({ email: '', password: '' });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const parsed = parseForm(LoginSchema, form.values);
    if (!parsed.ok) return form.fail(parsed.problems, formElement);
    login.mutate(parsed.data, {
      onSuccess: ({ user }) => signedIn(user),
      onError: (error) => {
        if (isApiError(error) && error.fields) form.fail(problemsFromServer(error.fields), formElement);
      },
    });
  };

  const error = login.error;
  const waitSeconds =
    isApiError(error) && error.code === 'TOO_MANY_ATTEMPTS' ? error.retryAfterSeconds : undefined;

  return (
    <div className="auth">
      <title>{t('login.documentTitle')}</title>
      <h1>{t('login.title')}</h1>
      <p className="muted">{t('login.lead')}</p>
      <form className="form" noValidate onSubmit={submit}>
        {error && (
          <FormAlert
            error={error}
            message={
              waitSeconds !== undefined ? t('login.tooManyAttempts', { seconds: waitSeconds }) : undefined
            }
          />
        )}
        <TextField
          {...form.bind('email')}
          label={t('email')}
          type="email"
          autoComplete="email"
          inputMode="email"
        />
        <TextField
          {...form.bind('password')}
          label={t('password')}
          type="password"
          autoComplete="current-password"
        />
        <button type="submit" className="button" disabled={login.isPending}>
          {t(login.isPending ? 'login.submitting' : 'login.submit')}
        </button>
      </form>
      <p>
        <Link to="/forgot-password">{t('login.forgot')}</Link>
      </p>
      <p>
        {t('login.noAccount')} <Link to={loginPath(next, 'register')}>{t('login.register')}</Link>
      </p>
    </div>
  );
}
