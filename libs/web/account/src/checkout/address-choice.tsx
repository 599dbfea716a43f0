import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AddressDto } from '@shanhai/shared/contracts';
import { AddressText } from '../addresses/address-text';
import { AddressForm } from './address-form';
import { CHECKOUT_NS } from './checkout-messages';

/** The address the order goes to: the one chosen, else the default, else the first. */
export function pickAddressId(addresses: AddressDto[], chosenId: string | null): string | null {
  if (chosenId && addresses.some((a) => a.id === chosenId)) return chosenId;
  return (addresses.find((a) => a.isDefault) ?? addresses[0])?.id ?? null;
}

export interface AddressChoiceProps {
  addresses: AddressDto[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/** Saved addresses as radios, and the form for a new one (open at once when there is none). */
export function AddressChoice({ addresses, selectedId, onSelect }: AddressChoiceProps) {
  const { t } = useTranslation(CHECKOUT_NS);
  const [adding, setAdding] = useState(false);
  const none = addresses.length === 0;

  return (
    <>
      {none ? (
        <p>{t('addresses.none')}</p>
      ) : (
        <fieldset className="choices">
          <legend className="visually-hidden">{t('addresses.choose')}</legend>
          {addresses.map((address) => (
            <label key={address.id} className="choice">
              <input
                type="radio"
                name="address"
                value={address.id}
                checked={selectedId === address.id}
                onChange={() => onSelect(address.id)}
              />
              <AddressText address={address} />
              {address.isDefault && <span className="badge badge--muted">{t('addresses.default')}</span>}
            </label>
          ))}
        </fieldset>
      )}
      {none || adding ? (
        <AddressForm
          isFirst={none}
          onSaved={(address) => {
            setAdding(false);
            onSelect(address.id);
          }}
        />
      ) : null}
      {!none && (
        <button
          type="button"
          className="button button--ghost"
          aria-expanded={adding}
          onClick={() => setAdding(!adding)}
        >
          {t(adding ? 'addresses.cancelAdd' : 'addresses.add')}
        </button>
      )}
    </>
  );
}
