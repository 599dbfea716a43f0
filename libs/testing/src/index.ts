export * from './api-process';
export * from './test-database';
export * from './fake-stripe';
