import { AddressEntity, ShippingRuleEntity } from './address.entity';
import { CartEntity, CartLineEntity } from './cart.entity';
import {
  FulfilmentEntity,
  OrderEntity,
  OrderHistoryEntity,
  OrderLineEntity,
  PaymentEntity,
  RefundEntity,
} from './order.entity';
import { StripeEventEntity } from './stripe-event.entity';

export * from './address.entity';
export * from './cart.entity';
export * from './order.entity';
export * from './stripe-event.entity';

export const ORDERS_ENTITIES = [
  CartEntity,
  CartLineEntity,
  AddressEntity,
  ShippingRuleEntity,
  OrderEntity,
  FulfilmentEntity,
  OrderLineEntity,
  OrderHistoryEntity,
  PaymentEntity,
  RefundEntity,
  StripeEventEntity,
];
