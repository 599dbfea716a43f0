const preset = require('../../../jest.preset.cjs');

module.exports = {
  ...preset,
  displayName: 'api-identity',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  passWithNoTests: false,
};
