import type { FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN, PasswordResetConfirmSchema } from '@shanhai/shared/contracts';
import { isApiError } from '@shanhai/web/shared';
import { useConfirmPasswordReset } from '../api/confirm-password-reset';
import { ACCOUNT_NS } from '../account-messages';
import { FormAlert } from '../forms/form-alert';
import { parseForm } from '../forms/field-problems';
import { TextField } from '../forms/text-field';
import { useForm } from '../forms/use-form';
import { AUTH_NS } from './auth-messages';
import '../account.css';

/** Opened from the mailed link `/reset-password?token=…`. */
export function ResetPasswordPage() {
  const { t } = useTranslation([AUTH_NS, ACCOUNT_NS]);
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const confirm = useConfirmPasswordReset();
  const form = useForm({ password: '' });
  const tokenOk = PasswordResetConfirmSchema.shape.token.safeParse(token).success;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = parseForm(PasswordResetConfirmSchema, { token, password: form.values.password });
    if (!parsed.ok) return form.fail(parsed.problems, event.currentTarget);
    confirm.mutate(parsed.data);
  };

  const badToken = !tokenOk || (isApiError(confirm.error) && confirm.error.code === 'INVALID_RESET_TOKEN');

  return (
    <div className="auth">
      <title>{t('reset.documentTitle')}</title>
      <h1>{t('reset.title')}</h1>
      {confirm.isSuccess ? (
        <div className="notice" role="status">
          <p>{t('reset.done')}</p>
          <Link to="/login" className="button">
            {t('reset.login')}
          </Link>
        </div>
      ) : badToken ? (
        <FormAlert error={confirm.error} message={tokenOk ? undefined : t('reset.noToken')}>
          <Link to="/forgot-password">{t('reset.requestAgain')}</Link>
        </FormAlert>
      ) : (
        <form className="form" noValidate onSubmit={submit}>
          {confirm.isError && <FormAlert error={confirm.error} />}
          <TextField
            {...form.bind('password')}
            label={t('newPassword')}
            hint={t('passwordHint', { min: PASSWORD_MIN })}
            type="password"
            autoComplete="new-password"
          />
          <button type="submit" className="button" disabled={confirm.isPending}>
            {t(confirm.isPending ? 'reset.submitting' : 'reset.submit')}
          </button>
        </form>
      )}
    </div>
  );
}
