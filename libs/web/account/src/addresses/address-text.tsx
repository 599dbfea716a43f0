import { useTranslation } from 'react-i18next';
import type { AddressDto } from '@shanhai/shared/contracts';
import { ACCOUNT_NS } from '../account-messages';

/** "+8613800138000" → "+86 138 0013 8000"; anything else as it is. */
export function formatMobile(mobile: string): string {
  const match = /^\+86(\d{3})(\d{4})(\d{4})$/.exec(mobile);
  return match ? `+86 ${match[1]} ${match[2]} ${match[3]}` : mobile;
}

/** Recipient, mobile and the address in the language's order (province first in Chinese). */
export function AddressText({ address }: { address: Omit<AddressDto, 'id' | 'isDefault'> }) {
  const { t } = useTranslation(ACCOUNT_NS);
  return (
    <span className="address">
      <span className="address__who">
        {address.recipient} <span className="mono">{formatMobile(address.mobile)}</span>
      </span>
      <span>
        {t('address.line', {
          province: address.province,
          city: address.city,
          district: address.district,
          street: address.street,
        })}
        {address.postalCode && <> · {t('address.postalCode', { code: address.postalCode })}</>}
      </span>
    </span>
  );
}
