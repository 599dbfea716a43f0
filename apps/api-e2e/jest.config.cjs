const preset = require('../../jest.preset.cjs');

module.exports = {
  ...preset,
  displayName: 'api-e2e',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/src/support/global-setup.ts',
  globalTeardown: '<rootDir>/src/support/global-teardown.ts',
  testTimeout: 60_000,
  // The specs share one API process and database, and some change stock and add products that
  // others count; one file at a time keeps every figure exact. The concurrency tests make their own.
  maxWorkers: 1,
};
