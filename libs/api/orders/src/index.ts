export * from './orders.module';
export * from './entities';
export * from './jobs/order-expiry.job';
export * from './payments/payment-provider';
