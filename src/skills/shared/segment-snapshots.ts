import type { Store } from '../../store/store';

/** Members per stored document: keeps each snapshot document far below MongoDB's 16 MB limit. */
const CHUNK = 5000;
const PREFIX = 'segment-snapshot:';

/** The segment of every customer on one day, as recorded (or reconstructed) then. */
export interface SegmentSnapshot {
  day: string;
  /** Which segment model made it (its fit time): snapshots of different models are not compared. */
  modelId: string;
  /** True when made later from the orders before that day rather than recorded on the day. */
  reconstructed: boolean;
  members: Map<string, string>;
}

/**
 * Saves a snapshot in the store's `meta` collection as `segment-snapshot:<day>:<n>` documents
 * (replacing any earlier one of that day), so segment history survives restarts and is shared by
 * every process.
 */
export async function saveSegmentSnapshot(store: Store, snapshot: SegmentSnapshot): Promise<void> {
  const entries = [...snapshot.members];
  const chunks = Math.max(1, Math.ceil(entries.length / CHUNK));
  await store.meta.deleteMany({ _id: { $regex: `^${escapeRegex(`${PREFIX}${snapshot.day}:`)}` } });
  for (let n = 0; n < chunks; n++) {
    await store.meta.updateOne(
      { _id: `${PREFIX}${snapshot.day}:${n}` },
      {
        $set: {
          value: {
            day: snapshot.day,
            modelId: snapshot.modelId,
            reconstructed: snapshot.reconstructed,
            chunks,
            members: entries.slice(n * CHUNK, (n + 1) * CHUNK),
          },
        },
      },
      { upsert: true },
    );
  }
}

/** The snapshot of a day, or undefined when none was saved (or it is incomplete). */
export async function loadSegmentSnapshot(store: Store, day: string): Promise<SegmentSnapshot | undefined> {
  const docs = await store.meta.find({ _id: { $regex: `^${escapeRegex(`${PREFIX}${day}:`)}` } });
  if (!docs.length) return undefined;
  const values = docs.map(
    (d) =>
      d.value as {
        day: string;
        modelId: string;
        reconstructed: boolean;
        chunks: number;
        members: [string, string][];
      },
  );
  if (values.length !== values[0]!.chunks) return undefined;
  const members = new Map<string, string>();
  for (const value of values) for (const [id, segment] of value.members) members.set(id, segment);
  return { day, modelId: values[0]!.modelId, reconstructed: values[0]!.reconstructed, members };
}

/** Days with a saved snapshot, oldest first. */
export async function snapshotDays(store: Store): Promise<string[]> {
  const heads = await store.meta.find(
    { _id: { $regex: `^${escapeRegex(PREFIX)}\\d{4}-\\d{2}-\\d{2}:0$` } },
    { projection: { _id: 1 } },
  );
  return heads.map((d) => d._id.slice(PREFIX.length, PREFIX.length + 10)).sort();
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
