// The list and the order page share one lazily loaded chunk.
export { OrdersPage } from './orders-page';
export { OrderPage } from './order-page';
