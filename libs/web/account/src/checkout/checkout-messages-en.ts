import type { MessagesOf } from '@shanhai/web/shared';
import type { CheckoutMessages } from './checkout-messages';

export const checkoutMessagesEn: MessagesOf<CheckoutMessages> = {
  documentTitle: 'Checkout · Shanhai Market',
  title: 'Checkout',
  steps: { address: '1. Delivery address', payment: '2. Payment', review: '3. Review your order' },
  addresses: {
    choose: 'Choose a delivery address',
    default: 'Default',
    add: 'Add a new address',
    cancelAdd: 'Cancel',
    none: 'You have no saved address yet. Please add one.',
  },
  addressForm: {
    title: 'New delivery address',
    recipient: 'Recipient',
    mobile: 'Mobile number',
    mobileHint: 'A mainland China mobile number, like 138 0013 8000.',
    province: 'Province / region / municipality',
    city: 'City',
    district: 'District / county',
    street: 'Street address',
    streetHint: 'Street, number, building and flat.',
    postalCode: 'Postal code',
    isDefault: 'Make this my default address',
    save: 'Save the address',
    saving: 'Saving…',
  },
  payment: {
    choose: 'Choose how to pay',
    methods: {
      offline: 'Pay offline',
      stripe: 'Pay online (card / Alipay / WeChat Pay)',
    },
    offlineNote:
      'After you place the order we show the bank transfer details; please pay before the deadline.',
    stripeNote:
      'After you place the order you pay on the order page by card, Alipay or WeChat Pay; please pay before the deadline.',
  },
  note: 'Note for the order',
  noteHint: 'For example a delivery time; up to 200 characters.',
  lines: '{{quantity}} × {{price}}',
  changeCart: 'Change the cart',
  placeOrder: 'Place order',
  placing: 'Placing your order…',
  needAddress: 'Please choose or add a delivery address first.',
  notReady: 'Your cart has problems to sort out first. Please go back to the cart.',
  emptyCart: 'Your cart is empty, so there is nothing to check out.',
  outOfStock: {
    title: 'Not enough stock for these items; the order was not placed:',
    line: '{{name}} ({{variant}}): {{requested}} wanted, only {{available}} left',
    back: 'Back to the cart',
  },
  retryNote:
    'If the last attempt got no answer, it is safe to try again: the same attempt never orders twice.',
};
