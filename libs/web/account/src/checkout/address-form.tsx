import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AddressSchema, type AddressDto } from '@shanhai/shared/contracts';
import { isApiError } from '@shanhai/web/shared';
import { useCreateAddress } from '../api/create-address';
import { ACCOUNT_NS } from '../account-messages';
import { FormAlert } from '../forms/form-alert';
import { parseForm, problemsFromServer } from '../forms/field-problems';
import { TextField } from '../forms/text-field';
import { useForm } from '../forms/use-form';
import { CHECKOUT_NS } from './checkout-messages';

const EMPTY = { recipient: '', mobile: '', province: '', city: '', district: '', street: '', postalCode: '' };

/**
 * A Chinese delivery address, checked with the contract's AddressSchema (mainland mobile numbers,
 * 6-digit postal code) before anything is sent.
 */
export function AddressForm({
  isFirst,
  onSaved,
}: {
  isFirst: boolean;
  onSaved: (address: AddressDto) => void;
}) {
  const { t } = useTranslation([CHECKOUT_NS, ACCOUNT_NS]);
  const create = useCreateAddress();
  const form = useForm(EMPTY);
  const [isDefault, setIsDefault] = useState(isFirst);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const { postalCode, ...rest } = form.values;
    const parsed = parseForm(AddressSchema, {
      ...rest,
      postalCode: postalCode.trim() || undefined,
      isDefault,
    });
    if (!parsed.ok) return form.fail(parsed.problems, formElement);
    create.mutate(parsed.data, {
      onSuccess: onSaved,
      onError: (error) => {
        if (isApiError(error) && error.fields) form.fail(problemsFromServer(error.fields), formElement);
      },
    });
  };

  return (
    <form className="form address-form" noValidate onSubmit={submit} aria-labelledby="address-form-title">
      <h3 id="address-form-title">{t('addressForm.title')}</h3>
      {create.isError && <FormAlert error={create.error} />}
      <TextField
        {...form.bind('recipient')}
        label={t('addressForm.recipient')}
        autoComplete="name"
        maxLength={40}
      />
      <TextField
        {...form.bind('mobile')}
        label={t('addressForm.mobile')}
        hint={t('addressForm.mobileHint')}
        type="tel"
        inputMode="tel"
        autoComplete="tel"
      />
      <div className="form__row">
        <TextField
          {...form.bind('province')}
          label={t('addressForm.province')}
          autoComplete="address-level1"
          maxLength={20}
        />
        <TextField
          {...form.bind('city')}
          label={t('addressForm.city')}
          autoComplete="address-level2"
          maxLength={30}
        />
        <TextField
          {...form.bind('district')}
          label={t('addressForm.district')}
          autoComplete="address-level3"
          maxLength={30}
        />
      </div>
      <TextField
        {...form.bind('street')}
        label={t('addressForm.street')}
        hint={t('addressForm.streetHint')}
        autoComplete="street-address"
        maxLength={120}
      />
      <TextField
        {...form.bind('postalCode')}
        label={t('addressForm.postalCode')}
        optional
        inputMode="numeric"
        autoComplete="postal-code"
        maxLength={6}
      />
      <div className="field--check">
        <input
          id="address-default"
          type="checkbox"
          checked={isDefault}
          onChange={(e) => setIsDefault(e.target.checked)}
        />
        <label htmlFor="address-default">{t('addressForm.isDefault')}</label>
      </div>
      <button type="submit" className="button" disabled={create.isPending}>
        {t(create.isPending ? 'addressForm.saving' : 'addressForm.save')}
      </button>
    </form>
  );
}
