// Shared Jest settings for the TypeScript projects run by Jest (libs and api e2e).
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('./tsconfig.base.json');

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      {
        // Type checking is the typecheck target's job; isolatedModules makes ts-jest only transpile.
        tsconfig: {
          module: 'commonjs',
          moduleResolution: 'node10',
          target: 'ES2023',
          experimentalDecorators: true,
          emitDecoratorMetadata: true,
          esModuleInterop: true,
          isolatedModules: true,
          sourceMap: true,
        },
      },
    ],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: require('node:path').resolve(__dirname) + '/' }),
};
