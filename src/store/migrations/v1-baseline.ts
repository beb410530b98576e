import type { Migration } from './migration';

/**
 * Version 1, the baseline: the data model as it was when schema versions were introduced. A store
 * written before then has no version (0) and is only stamped; nothing in it changes.
 */
export const baselineMigration: Migration = {
  version: 1,
  description: 'baseline: stamp a store written before schema versions (no data changes)',
  up: async () => undefined,
};
