/** The demo CRM: a reproducible, realistic data set with learnable structure, and first-start loading. */
export { startOfUtcDay } from './calendar';
export { DEMO_ACCOUNT_NAMES, SIMILAR_DEMO_ACCOUNT_NAMES } from './demo-accounts';
export { CO_PURCHASE_RULES, REORDERED_SUPPLIES } from './demo-catalog';
export { DEMO_COLLECTIONS, type DemoCrm, type SeedDocument } from './demo-crm';
export { LEAD_MODEL } from './demo-leads';
export { DEMO_MANAGER_EMAIL, DEMO_REP_EMAIL, DEMO_TEAMS, DEMO_USER_DOMAIN } from './demo-users';
export { ensureDemoData, isStoreEmpty } from './ensure-demo-data';
export {
  DEFAULT_DEMO_SEED,
  DEMO_SEED_VERSION,
  FULL_SCALE_COUNTS,
  generateDemoCrm,
  type DemoCrmOptions,
} from './generate-demo-crm';
export {
  DEMO_SEED_META_ID,
  seedDemoCrm,
  type DemoSeedMeta,
  type SeedCounts,
  type SeedOptions,
  type SeedSummary,
} from './seed-demo-crm';
export { WIN_MODEL, winProbability, type WinFeatures } from './win-model';
