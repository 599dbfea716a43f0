export * from './api-process';
export * from './test-database';
