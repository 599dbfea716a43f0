import { Inject, Module, type OnModuleInit } from '@nestjs/common';
import { LoginHooks } from '@shanhai/api/identity';
import { APP_CONFIG, type AppConfig } from '@shanhai/api/platform';
import { AddressesController } from './addresses/addresses.controller';
import { AddressesService } from './addresses/addresses.service';
import { clearGuestCart, guestCartId } from './cart/cart-cookie';
import { CartController } from './cart/cart.controller';
import { CartService } from './cart/cart.service';
import { CheckoutService } from './checkout/checkout.service';
import { FulfilmentsController } from './fulfilments/fulfilments.controller';
import { FulfilmentsService } from './fulfilments/fulfilments.service';
import { OrderExpiryJob } from './jobs/order-expiry.job';
import { OrdersController } from './orders/orders.controller';
import { OrdersService } from './orders/orders.service';
import { AdminPaymentsController } from './payments/admin-payments.controller';
import { PaymentMethodsController } from './payments/payment-methods.controller';
import { ManualPaymentProvider } from './payments/manual-provider';
import { PaymentsService } from './payments/payments.service';
import { StripeWebhookController } from './payments/stripe-webhook.controller';
import { StripeWebhookService } from './payments/stripe-webhook.service';
import { AdminOrdersController } from './admin-search/admin-orders.controller';
import { AdminOrdersService } from './admin-search/admin-orders.service';
import { PayoutsService } from './portal/payouts.service';
import { PortalOrdersController } from './portal/portal-orders.controller';
import { PortalOrdersService } from './portal/portal-orders.service';

/** Buying: carts, addresses, checkout, orders, shipments, payments and the expiry job. */
@Module({
  controllers: [
    CartController,
    AddressesController,
    OrdersController,
    FulfilmentsController,
    AdminPaymentsController,
    StripeWebhookController,
    PaymentMethodsController,
    PortalOrdersController,
    AdminOrdersController,
  ],
  providers: [
    CartService,
    AddressesService,
    CheckoutService,
    OrdersService,
    FulfilmentsService,
    PaymentsService,
    ManualPaymentProvider,
    StripeWebhookService,
    OrderExpiryJob,
    PortalOrdersService,
    PayoutsService,
    AdminOrdersService,
  ],
  exports: [OrdersService, PaymentsService, OrderExpiryJob],
})
export class OrdersModule implements OnModuleInit {
  constructor(
    private readonly hooks: LoginHooks,
    private readonly carts: CartService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    // the guest's cart follows them into their account
    this.hooks.register(async (userId, req, reply) => {
      const guest = guestCartId(req);
      if (!guest) return;
      await this.carts.mergeGuestCart(guest, userId);
      clearGuestCart(reply, this.config.cookieSecure);
    });
  }
}
