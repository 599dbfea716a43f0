const preset = require('../../../jest.preset.cjs');

module.exports = {
  ...preset,
  displayName: 'api-aid',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  passWithNoTests: false,
};
