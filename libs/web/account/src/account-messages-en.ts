import type { MessagesOf } from '@shanhai/web/shared';
import type { AccountMessages } from './account-messages';

export const accountMessagesEn: MessagesOf<AccountMessages> = {
  errors: {
    UNAUTHENTICATED: 'Please sign in first.',
    FORBIDDEN: 'You may not do this.',
    INVALID_CREDENTIALS: 'The email or password is not correct.',
    EMAIL_TAKEN: 'This email is already registered.',
    TOO_MANY_ATTEMPTS: 'Too many attempts. Please try again later.',
    INVALID_RESET_TOKEN: 'This reset link is not valid or has expired. Please ask for a new one.',
    CROSS_SITE_REQUEST: 'The request came from another site and was refused. Please try again on this site.',
    ADDRESS_NOT_FOUND: 'This address could not be found. Please choose another.',
    ORDER_NOT_FOUND: 'This order could not be found.',
    FULFILMENT_NOT_FOUND: 'This shipment could not be found.',
    OUT_OF_STOCK: 'Some items are out of stock.',
    IDEMPOTENCY_KEY_REQUIRED: 'The order request was incomplete. Please reload the page and try again.',
    IDEMPOTENCY_KEY_REUSED: 'The order has changed. Please place it again.',
    INVALID_TRANSITION: 'The order cannot do that in its current state.',
    NOT_CANCELLABLE: 'The order has shipped or is closed, so it can no longer be cancelled.',
    PAYMENT_PROVIDER_UNAVAILABLE: 'Payment is unavailable right now. Please try later or pay offline.',
    PERIOD_CLOSED: 'That month is closed; record an adjustment in the current month instead.',
    PERIOD_NOT_CLOSABLE: 'Only a month that has ended can be closed.',
    PERIOD_ALREADY_CLOSED: 'That month is already closed.',
    INDICATOR_NOT_FOUND: 'That indicator was not found.',
    INDICATOR_KEY_TAKEN: 'That indicator key is already in use; choose another.',
    OPENING_BALANCE_FIXED: 'The opening balance is in the ledger and its amount cannot change; record an adjustment in the current month instead.',
  },
  validation: {
    required: 'Please fill this in.',
    tooShort: 'At least {{limit}} characters, please.',
    tooLong: 'At most {{limit}} characters, please.',
    invalid: 'This does not look right. Please check it.',
    email: {
      invalid: 'Please enter a valid email address, like name@example.com.',
      taken: 'This email is already registered.',
    },
    password: { tooShort: 'The password needs at least {{limit}} characters.' },
    mobile: {
      invalid: 'Please enter a mainland China mobile number: 11 digits starting with 1, optionally with +86.',
    },
    postalCode: { invalid: 'The postal code is 6 digits.' },
  },
  optional: '(optional)',
  address: {
    line: '{{street}}, {{district}}, {{city}}, {{province}}',
    postalCode: 'Postal code {{code}}',
  },
  variantOf: 'Option: {{variant}}',
  beijingTime: '{{time}} (Beijing time)',
};
