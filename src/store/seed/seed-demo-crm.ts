import { CrmError, ErrorCode, isCrmError } from '../../core/errors';
import type { MetaRecord } from '../schemas';
import type { NewDocument, Store } from '../store';
import { DEMO_COLLECTIONS, type DemoCrm } from './demo-crm';
import {
  DEFAULT_DEMO_SEED,
  DEMO_SEED_VERSION,
  generateDemoCrm,
  type DemoCrmOptions,
} from './generate-demo-crm';

/** The meta document that records which demo data a store holds. */
export const DEMO_SEED_META_ID = 'demo-seed';
/** Documents per insertMany: big enough to amortise the transaction, small enough to keep memory flat. */
const BATCH_SIZE = 5_000;

/** Counts of what the demo seed wrote, by collection. */
export type SeedCounts = Record<(typeof DEMO_COLLECTIONS)[number], number>;

export interface SeedOptions extends DemoCrmOptions {
  /** Progress lines ("seeded 100000 interactions in 9.8 s"). */
  log?: (line: string) => void;
  /** The sentiment (-1..1) of an interaction summary, stored with each interaction (the lexicon scorer from src/ml/sentiment). */
  sentimentOf?: (text: string) => number;
}

/** What `seedDemoCrm` did. */
export interface SeedSummary {
  seed: number;
  anchor: Date;
  scale: number;
  version: number;
  counts: SeedCounts;
  /** Seconds to generate the data in memory. */
  generateSeconds: number;
  /** Seconds to write it through the store (schema validation included). */
  writeSeconds: number;
  /** Total seconds. */
  seconds: number;
}

/** The `value` of the demo-seed meta document. */
export interface DemoSeedMeta {
  state: 'loading' | 'complete';
  seed: number;
  anchor: string;
  scale: number;
  version: number;
  /** The last collection written (the loading heartbeat). */
  lastLoaded?: string;
  counts?: SeedCounts;
  seconds?: number;
}

const since = (start: number) => Math.round((performance.now() - start) / 10) / 100;

/**
 * Writes the demo CRM into `store` through its public interface (insertMany in batches, so every
 * document is validated by the schemas). Marks the store with the `demo-seed` meta document first
 * (state "loading", which also keeps two processes from seeding at once) and last (state "complete",
 * with the counts). Throws CONFLICT when the store is already marked as seeded or being seeded.
 */
export async function seedDemoCrm(store: Store, options: SeedOptions): Promise<SeedSummary> {
  const started = performance.now();
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  const scale = options.scale ?? 1;
  const meta: DemoSeedMeta = {
    state: 'loading',
    seed,
    anchor: options.anchor.toISOString(),
    scale,
    version: DEMO_SEED_VERSION,
  };
  try {
    await store.meta.insertOne({ _id: DEMO_SEED_META_ID, value: { ...meta } } as NewDocument<MetaRecord>);
  } catch (error) {
    if (isCrmError(error, ErrorCode.Conflict)) {
      throw new CrmError(
        ErrorCode.Conflict,
        'The store is already marked as holding demo data (or another process is loading it).',
        {},
        { cause: error },
      );
    }
    throw error;
  }

  const crm: DemoCrm = generateDemoCrm({ ...options, seed, scale });
  if (options.sentimentOf) {
    for (const interaction of crm.interactions)
      interaction.sentiment = options.sentimentOf(interaction.summary);
  }
  const generateSeconds = since(started);
  options.log?.(
    `generated the demo CRM in ${generateSeconds} s (seed ${seed}, anchor ${meta.anchor.slice(0, 10)}, scale ${scale})`,
  );

  const writing = performance.now();
  const counts = {} as SeedCounts;
  for (const name of DEMO_COLLECTIONS) {
    const documents: readonly unknown[] = crm[name];
    const collectionStarted = performance.now();
    for (let offset = 0; offset < documents.length; offset += BATCH_SIZE) {
      await (store[name] as unknown as { insertMany(docs: unknown[]): Promise<unknown> }).insertMany(
        documents.slice(offset, offset + BATCH_SIZE),
      );
    }
    counts[name] = documents.length;
    // Heartbeat: a "loading" marker that stops moving belongs to an interrupted seed.
    await store.meta.updateOne({ _id: DEMO_SEED_META_ID }, { $set: { 'value.lastLoaded': name } });
    options.log?.(`seeded ${documents.length} ${name} in ${since(collectionStarted)} s`);
  }
  const writeSeconds = since(writing);
  const seconds = since(started);
  // Scalars and a new path only, no object replacing an object: the simplest update every engine applies alike.
  await store.meta.updateOne(
    { _id: DEMO_SEED_META_ID },
    { $set: { 'value.state': 'complete', 'value.counts': counts, 'value.seconds': seconds } },
  );
  await store.refreshStatistics();
  return {
    seed,
    anchor: options.anchor,
    scale,
    version: DEMO_SEED_VERSION,
    counts,
    generateSeconds,
    writeSeconds,
    seconds,
  };
}
