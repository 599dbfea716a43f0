const preset = require('../../../jest.preset.cjs');

module.exports = {
  ...preset,
  displayName: 'api-orders',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  passWithNoTests: false,
};
