/**
 * Store lookup latency at the demo CRM's size (2,000 accounts, 10,000 deals, 100,000 interactions of
 * simple synthetic documents) on the embedded engine, for the lookups skills make. Each lookup is
 * also run two other ways on the same data, as peers:
 * - raw SQLite: the same indexed SELECT without our layer (no casting, no JSON decoding): the floor;
 * - mingo scan: mingo over every document in memory, i.e. MongoDB semantics without any index.
 * Also: EXPLAIN QUERY PLAN of each lookup, bulk-insert throughput and single-insert latency (fsync).
 *
 * Run alone: `npx tsx bench/store-lookup.ts`; `bench/run.ts` calls `runStoreBench()`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { performance } from 'node:perf_hooks';
import { Query } from 'mingo';
import { EMBEDDED_DB_FILE, openEmbeddedStore } from '../src/store/embedded/embedded-store';
import type { SqliteCollection } from '../src/store/embedded/sqlite-collection';
import {
  DEAL_STAGES,
  INTERACTION_TYPES,
  nameKeyOf,
  type Account,
  type Deal,
  type Interaction,
} from '../src/vocabulary';
import type { Filter, FindOptions, NewDocument, Store } from '../src/store/store';

const SIZE = { accounts: 2_000, deals: 10_000, interactions: 100_000, owners: 25 };
const SAMPLES = 400;
const BATCH = 5_000;

/** A deterministic pseudo-random generator (LCG), so every run measures the same data and keys. */
function randomFrom(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return Math.floor((state / 2147483648) * n); // the high bits: an LCG's low bits cycle quickly
  };
}

const ownerId = (i: number) => `u-${String(i).padStart(3, '0')}`;
const accountId = (i: number) => `a-${String(i).padStart(5, '0')}`;

async function seed(store: Store): Promise<Record<string, number>> {
  const pick = randomFrom(42);
  const start = Date.UTC(2023, 0, 1);
  const day = 86_400_000;
  const timed = async (work: () => Promise<unknown>) => {
    const t0 = performance.now();
    await work();
    return performance.now() - t0;
  };
  let insertMs = 0;
  const accounts: NewDocument<Account>[] = Array.from({ length: SIZE.accounts }, (_, i) => ({
    _id: accountId(i),
    name: `Company ${i} ${['Systems', 'Labs', 'Group', 'Industries'][i % 4]}`,
    nameKey: nameKeyOf(`Company ${i} ${['Systems', 'Labs', 'Group', 'Industries'][i % 4]}`),
    domain: `company${i}.example.com`,
    ownerId: ownerId(pick(SIZE.owners)),
    status: 'customer',
    employees: 10 + pick(5000),
  }));
  insertMs += await timed(() => store.accounts.insertMany(accounts));
  for (let from = 0; from < SIZE.deals; from += BATCH) {
    const deals: NewDocument<Deal>[] = Array.from({ length: Math.min(BATCH, SIZE.deals - from) }, (_, k) => {
      const stage = DEAL_STAGES[pick(DEAL_STAGES.length)]!;
      const closeDate = new Date(start + pick(3 * 365) * day);
      return {
        name: `Deal ${from + k}`,
        accountId: accountId(pick(SIZE.accounts)),
        ownerId: ownerId(pick(SIZE.owners)),
        stage,
        amount: 1000 + pick(100) * 500,
        currency: 'USD',
        closeDate,
        probability: 10 + pick(80),
        forecastCategory: 'pipeline',
        type: 'new_business',
        stageHistory: [
          { stage: 'prospecting', at: new Date(closeDate.getTime() - 60 * day) },
          { stage, at: closeDate },
        ],
      };
    });
    insertMs += await timed(() => store.deals.insertMany(deals));
  }
  for (let from = 0; from < SIZE.interactions; from += BATCH) {
    const interactions: NewDocument<Interaction>[] = Array.from({ length: BATCH }, (_, k) => ({
      type: INTERACTION_TYPES[pick(INTERACTION_TYPES.length)]!,
      accountId: accountId(pick(SIZE.accounts)),
      userId: ownerId(pick(SIZE.owners)),
      occurredAt: new Date(start + pick(3 * 365 * 24) * 3_600_000),
      summary: `Talked about renewal terms and next steps (${from + k})`,
      durationMinutes: pick(60),
    }));
    insertMs += await timed(() => store.interactions.insertMany(interactions));
  }
  const documents = SIZE.accounts + SIZE.deals + SIZE.interactions;
  return { documents, insertMany_docs_per_s: Math.round(documents / (insertMs / 1000)) };
}

interface Lookup {
  name: string;
  collection: 'accounts' | 'deals' | 'interactions';
  /** The i-th sample's filter and options. */
  query: (i: number) => { filter: Filter; options: FindOptions };
  /** The same lookup in plain SQL against the same expression indexes. */
  sql: (i: number) => { sql: string; params: (string | number)[] };
}

const LOOKUPS: Lookup[] = [
  {
    name: 'account by nameKey',
    collection: 'accounts',
    query: (i) => ({
      filter: { nameKey: nameKeyOf(`Company ${i} ${['Systems', 'Labs', 'Group', 'Industries'][i % 4]}`) },
      options: { limit: 20 },
    }),
    sql: (i) => ({
      sql: `SELECT doc FROM c_accounts WHERE json_extract(doc, '$.nameKey') = ? LIMIT 20`,
      params: [nameKeyOf(`Company ${i} ${['Systems', 'Labs', 'Group', 'Industries'][i % 4]}`)],
    }),
  },
  {
    name: 'deals by accountId',
    collection: 'deals',
    query: (i) => ({ filter: { accountId: accountId(i) }, options: {} }),
    sql: (i) => ({
      sql: `SELECT doc FROM c_deals WHERE json_extract(doc, '$.accountId') = ?`,
      params: [accountId(i)],
    }),
  },
  {
    name: 'interactions by accountId, newest 20',
    collection: 'interactions',
    query: (i) => ({ filter: { accountId: accountId(i) }, options: { sort: { occurredAt: -1 }, limit: 20 } }),
    sql: (i) => ({
      sql: `SELECT doc FROM c_interactions WHERE json_extract(doc, '$.accountId') = ? ORDER BY json_extract(doc, '$.occurredAt') DESC, rowid LIMIT 20`,
      params: [accountId(i)],
    }),
  },
  {
    name: 'deals by ownerId + stage',
    collection: 'deals',
    query: (i) => ({
      filter: { ownerId: ownerId(i % SIZE.owners), stage: DEAL_STAGES[i % DEAL_STAGES.length]! },
      options: {},
    }),
    sql: (i) => ({
      sql: `SELECT doc FROM c_deals WHERE json_extract(doc, '$.ownerId') = ? AND json_extract(doc, '$.stage') = ?`,
      params: [ownerId(i % SIZE.owners), DEAL_STAGES[i % DEAL_STAGES.length]!],
    }),
  },
];

function percentiles(samples: number[]): { p50: number; p99: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { p50: round(at(0.5)), p99: round(at(0.99)) };
}

const round = (ms: number) => Math.round(ms * 1000) / 1000;

async function latencies(
  run: (i: number) => unknown | Promise<unknown>,
  samples: number,
): Promise<{ p50: number; p99: number }> {
  const pick = randomFrom(7);
  for (let i = 0; i < 50; i++) await run(pick(SIZE.accounts));
  const times: number[] = [];
  for (let s = 0; s < samples; s++) {
    const i = pick(SIZE.accounts);
    const t0 = performance.now();
    await run(i);
    times.push(performance.now() - t0);
  }
  return percentiles(times);
}

/** Seeds a temporary embedded store at demo size and measures the skills' lookups; returns the figures. */
export async function runStoreBench(): Promise<Record<string, unknown>> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'crmpro-bench-store-'));
  const store = openEmbeddedStore({ dataDir });
  const raw = new DatabaseSync(path.join(dataDir, EMBEDDED_DB_FILE));
  try {
    await store.ensureIndexes();
    const seeding = await seed(store);
    const lookups: Record<string, unknown>[] = [];
    for (const lookup of LOOKUPS) {
      const collection = store[lookup.collection] as unknown as SqliteCollection<{ _id: string }>;
      const ours = await latencies((i) => {
        const { filter, options } = lookup.query(i);
        return collection.find(filter, options);
      }, SAMPLES);
      const statement = raw.prepare(lookup.sql(0).sql);
      const sqlite = await latencies((i) => statement.all(...lookup.sql(i).params), SAMPLES);
      const everything = await collection.find({ $or: [{}] });
      const scan = await latencies((i) => {
        const { filter, options } = lookup.query(i);
        const cursor = new Query(filter).find(everything);
        if (options.sort) cursor.sort(options.sort);
        if (options.limit) cursor.limit(options.limit);
        return cursor.all();
      }, 40);
      const { filter, options } = lookup.query(1);
      lookups.push({
        lookup: lookup.name,
        rows: (await collection.find(filter, options)).length,
        ours_ms: ours,
        raw_sqlite_ms: sqlite,
        mingo_scan_ms: scan,
        ours_vs_raw_sqlite_p50: round(ours.p50 / sqlite.p50),
        mingo_scan_vs_ours_p50: Math.round(scan.p50 / ours.p50),
        plan: collection.explainFind(filter, options).join(' | '),
      });
    }
    const singleInsert = await latencies(
      (i) =>
        store.interactions.insertOne({
          type: 'note',
          accountId: accountId(i),
          occurredAt: new Date(),
          summary: 'bench',
        }),
      60,
    );
    return {
      engine:
        'embedded (node:sqlite WAL, synchronous=NORMAL, the WAL fdatasynced before each acknowledgement)',
      node: process.version,
      size: SIZE,
      seeding,
      lookups,
      insertOne_ms: singleInsert,
    };
  } finally {
    raw.close();
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  runStoreBench().then(
    (figures) => process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`),
    (error: unknown) => {
      process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
      process.exit(1);
    },
  );
}
