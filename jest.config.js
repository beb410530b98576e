/** Jest runs the TypeScript sources directly through SWC (type checking is `npm run typecheck`). */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2023' }, module: { type: 'commonjs' } }] },
  testTimeout: 60_000,
  globalSetup: '<rootDir>/tests/global-setup.js',
  // Two cores: one test file per core keeps integration tests (servers, Redis, child processes) from starving.
  maxWorkers: 2,
};
