import type { FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN, RegisterSchema } from '@shanhai/shared/contracts';
import { isApiError } from '@shanhai/web/shared';
import { useRegister } from '../api/register';
import { ACCOUNT_NS } from '../account-messages';
import { FormAlert } from '../forms/form-alert';
import { parseForm, problemsFromServer } from '../forms/field-problems';
import { TextField } from '../forms/text-field';
import { useForm } from '../forms/use-form';
import { loginPath, safeNext } from '../session/safe-next';
import { useSignedIn } from '../session/use-signed-in';
import { AUTH_NS } from './auth-messages';
import '../account.css';

export function RegisterPage() {
  const { t } = useTranslation([AUTH_NS, ACCOUNT_NS]);
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const signedIn = useSignedIn(next);
  const register = useRegister();
  const form = useForm({ displayName: '', email: '', password: '' });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const { displayName, ...rest } = form.values;
    const parsed = parseForm(RegisterSchema, { ...rest, displayName: displayName.trim() || undefined });
    if (!parsed.ok) return form.fail(parsed.problems, formElement);
    register.mutate(parsed.data, {
      onSuccess: ({ user }) => signedIn(user),
      onError: (error) => {
        if (!isApiError(error)) return;
        if (error.code === 'EMAIL_TAKEN') form.fail({ email: { code: 'taken' } }, formElement);
        else if (error.fields) form.fail(problemsFromServer(error.fields), formElement);
      },
    });
  };

  const error = register.error;
  // EMAIL_TAKEN is said at the email field, with the way to sign in.
  const emailTaken = isApiError(error) && error.code === 'EMAIL_TAKEN';

  return (
    <div className="auth">
      <title>{t('register.documentTitle')}</title>
      <h1>{t('register.title')}</h1>
      <p className="muted">{t('register.lead')}</p>
      <form className="form" noValidate onSubmit={submit}>
        {error && !emailTaken && <FormAlert error={error} />}
        <TextField
          {...form.bind('displayName')}
          label={t('displayName')}
          hint={t('displayNameHint')}
          optional
          autoComplete="nickname"
          maxLength={60}
        />
        <TextField
          {...form.bind('email')}
          label={t('email')}
          type="email"
          autoComplete="email"
          inputMode="email"
        />
        {emailTaken && (
          <p className="form-note">
            <Link to={loginPath(next)}>{t('register.login')}</Link>
          </p>
        )}
        <TextField
          {...form.bind('password')}
          label={t('password')}
          hint={t('passwordHint', { min: PASSWORD_MIN })}
          type="password"
          autoComplete="new-password"
        />
        <button type="submit" className="button" disabled={register.isPending}>
          {t(register.isPending ? 'register.submitting' : 'register.submit')}
        </button>
      </form>
      <p>
        {t('register.haveAccount')} <Link to={loginPath(next)}>{t('register.login')}</Link>
      </p>
    </div>
  );
}
