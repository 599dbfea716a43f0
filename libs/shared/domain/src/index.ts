export * from './money';
export * from './credit-code';
export * from './china-date';
export * from './aid-eligibility';
export * from './benefit';
export * from './slug';
export * from './order-state';
export * from './shipping';
