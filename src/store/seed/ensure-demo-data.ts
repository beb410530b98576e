import type { Store } from '../store';
import {
  DEMO_SEED_META_ID,
  seedDemoCrm,
  type DemoSeedMeta,
  type SeedOptions,
  type SeedSummary,
} from './seed-demo-crm';

/** A "loading" marker not touched for this long belongs to a seed that was interrupted. */
const STALE_LOADING_MS = 5 * 60_000;

/** True when the store has no accounts and no users (a fresh install). */
export async function isStoreEmpty(store: Store): Promise<boolean> {
  return (await store.accounts.countDocuments({})) === 0 && (await store.users.countDocuments({})) === 0;
}

/**
 * Loads the demo CRM on first start: seeds only when the store has no accounts and no users. A demo
 * seed that was interrupted (its marker stuck in "loading" for minutes) is wiped and loaded again;
 * one that another process is loading right now is left alone. Returns the summary when it seeded.
 */
export async function ensureDemoData(
  store: Store,
  options: SeedOptions,
  now: () => Date = () => new Date(),
): Promise<SeedSummary | undefined> {
  const marker = await store.meta.findById(DEMO_SEED_META_ID);
  const state = (marker?.value as Partial<DemoSeedMeta> | undefined)?.state;
  const stale = marker !== null && now().getTime() - new Date(marker.updatedAt).getTime() > STALE_LOADING_MS;

  if (state === 'loading') {
    if (!stale) return undefined;
    options.log?.(
      'an earlier demo seed was interrupted; removing its partial data and loading the demo CRM again',
    );
    await store.dropAll();
    return seedDemoCrm(store, options);
  }
  if (!(await isStoreEmpty(store))) return undefined;
  // Empty, but marked: the demo data was deleted by hand; load it again.
  if (marker) await store.meta.deleteOne({ _id: DEMO_SEED_META_ID });
  return seedDemoCrm(store, options);
}
