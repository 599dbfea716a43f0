const preset = require('../../jest.preset.cjs');

module.exports = {
  ...preset,
  displayName: 'api-e2e',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/src/support/global-setup.ts',
  globalTeardown: '<rootDir>/src/support/global-teardown.ts',
  testTimeout: 60_000,
  // The specs share one API process and database; two workers keep a 2-core machine busy without thrashing.
  maxWorkers: 2,
};
