/** One jest run for everything: rules, functions on a real SQLite file, and browser tests on the H5 build. */
const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } } } }];

module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)sx?$': swc },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  // No test touches the real ~/.config/yibao (where the ID key lives by default).
  setupFiles: ['<rootDir>/test/isolate-config.ts'],
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/cloudfunctions/.*/dist/'],
  testTimeout: 30000,
};
