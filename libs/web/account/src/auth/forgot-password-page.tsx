import type { FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PasswordResetRequestSchema } from '@shanhai/shared/contracts';
import { useRequestPasswordReset } from '../api/request-password-reset';
import { ACCOUNT_NS } from '../account-messages';
import { FormAlert } from '../forms/form-alert';
import { parseForm } from '../forms/field-problems';
import { TextField } from '../forms/text-field';
import { useForm } from '../forms/use-form';
import { AUTH_NS } from './auth-messages';
import '../account.css';

export function ForgotPasswordPage() {
  const { t } = useTranslation([AUTH_NS, ACCOUNT_NS]);
  const request = useRequestPasswordReset();
  const form = useForm({ email: '' });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = parseForm(PasswordResetRequestSchema, form.values);
    if (!parsed.ok) return form.fail(parsed.problems, event.currentTarget);
    request.mutate(parsed.data);
  };

  return (
    <div className="auth">
      <title>{t('forgot.documentTitle')}</title>
      <h1>{t('forgot.title')}</h1>
      {request.isSuccess ? (
        // The same answer whether or not the account exists: the page must not tell either.
        <p className="notice" role="status">
          {t('forgot.sent', { email: request.variables.email })}
        </p>
      ) : (
        <>
          <p className="muted">{t('forgot.lead')}</p>
          <form className="form" noValidate onSubmit={submit}>
            {request.isError && <FormAlert error={request.error} />}
            <TextField
              {...form.bind('email')}
              label={t('email')}
              type="email"
              autoComplete="email"
              inputMode="email"
            />
            <button type="submit" className="button" disabled={request.isPending}>
              {t(request.isPending ? 'forgot.submitting' : 'forgot.submit')}
            </button>
          </form>
        </>
      )}
      <p>
        <Link to="/login">{t('forgot.back')}</Link>
      </p>
    </div>
  );
}
