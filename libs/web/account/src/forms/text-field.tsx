import type { InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { ACCOUNT_NS } from '../account-messages';

export interface TextFieldProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'onChange' | 'value' | 'name'
> {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The translated problem, shown under the field and read with it. */
  error?: string;
  hint?: string;
  optional?: boolean;
}

/** A labelled input whose hint and error are tied to it with aria-describedby. */
export function TextField({
  name,
  label,
  value,
  onChange,
  error,
  hint,
  optional,
  id,
  ...input
}: TextFieldProps) {
  const { t } = useTranslation(ACCOUNT_NS);
  const fieldId = id ?? `field-${name}`;
  const describedBy = [hint && `${fieldId}-hint`, error && `${fieldId}-error`].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={fieldId}>
        {label}
        {optional && <span className="field__optional">{t('optional')}</span>}
      </label>
      {hint && (
        <p id={`${fieldId}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      <input
        id={fieldId}
        name={name}
        type="text"
        value={value}
        required={!optional}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        onChange={(e) => onChange(e.target.value)}
        {...input}
      />
      {error && (
        <p id={`${fieldId}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
