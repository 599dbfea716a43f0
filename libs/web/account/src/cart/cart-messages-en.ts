import type { MessagesOf } from '@shanhai/web/shared';
import type { CartMessages } from './cart-messages';

export const cartMessagesEn: MessagesOf<CartMessages> = {
  documentTitle: 'Cart · Shanhai Market',
  title: 'Your cart',
  empty: 'Your cart is empty.',
  browse: 'Browse Huangping goods',
  noImage: 'No image yet',
  quantity: 'Quantity',
  lineTotal: 'Subtotal',
  remove: 'Remove',
  removeLabel: 'Remove from cart: {{name}}',
  problems: {
    unavailable: 'This product is no longer on sale. Please remove it.',
    out_of_stock: 'Sold out. Please remove it before checking out.',
    insufficient_stock: 'Not enough stock: only {{available}} left. Please lower the quantity.',
    price_changed: 'The price changed from {{from}} to {{to}}.',
  },
  shipment: {
    title: 'Shipped by {{cooperative}}',
    items: 'Items',
    shipping: 'Shipping',
    free: 'Free',
    freeFrom: 'Free shipping from {{threshold}}: add {{missing}} more to get it.',
    freeReached: 'Over {{threshold}}: shipping is free.',
    otherLines: 'Items that cannot be shipped',
  },
  shipmentsNote: 'Each cooperative ships its own parcel, with its own shipping fee.',
  totals: { title: 'Total', items: 'Items', shipping: 'Shipping', total: 'To pay' },
  checkout: 'Check out',
  notReady: 'Please sort out the problems marked above before checking out.',
  guestNote: 'You sign in before paying; your cart is kept.',
};
