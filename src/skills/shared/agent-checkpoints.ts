import type { RunnableConfig } from '@langchain/core/runnables';
import {
  BaseCheckpointSaver,
  compareWritesSortKeys,
  copyCheckpoint,
  getCheckpointId,
  WRITES_IDX_MAP,
  writesSortKey,
  type Checkpoint,
  type CheckpointListOptions,
  type CheckpointMetadata,
  type CheckpointPendingWrite,
  type CheckpointTuple,
  type PendingWrite,
} from '@langchain/langgraph-checkpoint';
import type { AgentCheckpointRecord } from '../../store/schemas';
import type { Filter, Store } from '../../store/store';

/** How long the agent's saved state lives: a change not confirmed within a day is asked for again. */
export const AGENT_CHECKPOINT_TTL_MS = 24 * 60 * 60 * 1000;
/** How often (at most) expired documents are purged on the embedded engine, which has no TTL monitor. */
const PURGE_EVERY_MS = 10 * 60 * 1000;

export interface StoreCheckpointSaverOptions {
  clock?: () => Date;
  /** Lifetime of every saved document (default AGENT_CHECKPOINT_TTL_MS). */
  ttlMs?: number;
}

const encode = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');
const decode = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'base64'));
/** A document id that no choice of thread, namespace or task id can make collide with another. */
const keyOf = (...parts: Array<string | number>): string => JSON.stringify(parts);

function threadIdOf(config: RunnableConfig): string {
  const threadId: unknown = config.configurable?.thread_id;
  if (typeof threadId !== 'string' || threadId === '')
    throw new Error('The agent checkpoint config needs a thread_id string in configurable.');
  return threadId;
}

const namespaceOf = (config: RunnableConfig): string =>
  typeof config.configurable?.checkpoint_ns === 'string' ? config.configurable.checkpoint_ns : '';

/**
 * LangGraph's checkpoint saver over the CRM store's `agentCheckpoints` collection, so the LLM
 * agent's state — in particular a change waiting for the person's "yes" — lives in MongoDB or the
 * embedded engine and survives a restart or moves to another server. Every document expires
 * (AGENT_CHECKPOINT_TTL_MS): MongoDB's TTL index deletes it, and this saver ignores expired
 * documents and purges them now and then. It also keeps which confirmations are open, so that
 * one answer resumes a pending change once, however many servers receive it.
 */
export class StoreCheckpointSaver extends BaseCheckpointSaver {
  private readonly clock: () => Date;
  private readonly ttlMs: number;
  private lastPurge = 0;

  constructor(
    private readonly store: Store,
    options: StoreCheckpointSaverOptions = {},
  ) {
    super();
    this.clock = options.clock ?? (() => new Date());
    this.ttlMs = options.ttlMs ?? AGENT_CHECKPOINT_TTL_MS;
  }

  async getTuple(config: RunnableConfig): Promise<CheckpointTuple | undefined> {
    const threadId = config.configurable?.thread_id;
    if (typeof threadId !== 'string') return undefined;
    const checkpointId = getCheckpointId(config);
    const filter = this.live({
      kind: 'checkpoint',
      threadId,
      checkpointNs: namespaceOf(config),
      ...(checkpointId ? { checkpointId } : {}),
    });
    const record = await this.store.agentCheckpoints.findOne(filter, { sort: { checkpointId: -1 } });
    return record ? this.tupleOf(record) : undefined;
  }

  async *list(config: RunnableConfig, options: CheckpointListOptions = {}): AsyncGenerator<CheckpointTuple> {
    const { before, filter } = options;
    const checkpointId = getCheckpointId(config);
    const beforeId = before ? getCheckpointId(before) : undefined;
    const query: Filter = { kind: 'checkpoint' };
    if (typeof config.configurable?.thread_id === 'string') query.threadId = config.configurable.thread_id;
    if (typeof config.configurable?.checkpoint_ns === 'string')
      query.checkpointNs = config.configurable.checkpoint_ns;
    if (checkpointId || beforeId)
      query.checkpointId = {
        ...(checkpointId ? { $eq: checkpointId } : {}),
        ...(beforeId ? { $lt: beforeId } : {}),
      };
    const records = await this.store.agentCheckpoints.find(this.live(query), {
      sort: { checkpointId: -1 },
    });
    let remaining = options.limit;
    for (const record of records) {
      if (remaining !== undefined && remaining <= 0) return;
      const tuple = await this.tupleOf(record);
      const metadata = (tuple.metadata ?? {}) as Record<string, unknown>;
      if (filter && !Object.entries(filter).every(([key, value]) => metadata[key] === value)) continue;
      if (remaining !== undefined) remaining -= 1;
      yield tuple;
    }
  }

  async put(
    config: RunnableConfig,
    checkpoint: Checkpoint,
    metadata: CheckpointMetadata,
  ): Promise<RunnableConfig> {
    const threadId = threadIdOf(config);
    const checkpointNs = namespaceOf(config);
    const [[type, data], [metadataType, metadataData]] = await Promise.all([
      this.serde.dumpsTyped(copyCheckpoint(checkpoint)),
      this.serde.dumpsTyped(metadata),
    ]);
    const parentCheckpointId = getCheckpointId(config) || undefined;
    await this.store.agentCheckpoints.updateOne(
      { _id: keyOf('checkpoint', threadId, checkpointNs, checkpoint.id) },
      {
        $set: {
          kind: 'checkpoint',
          threadId,
          checkpointNs,
          checkpointId: checkpoint.id,
          ...(parentCheckpointId ? { parentCheckpointId } : {}),
          type,
          data: encode(data),
          metadataType,
          metadata: encode(metadataData),
          expiresAt: this.expiry(),
        },
      },
      { upsert: true },
    );
    await this.purgeNowAndThen();
    return {
      configurable: { thread_id: threadId, checkpoint_ns: checkpointNs, checkpoint_id: checkpoint.id },
    };
  }

  async putWrites(
    config: RunnableConfig,
    writes: PendingWrite[],
    taskId: string,
    taskPath = '',
  ): Promise<void> {
    const threadId = threadIdOf(config);
    const checkpointNs = namespaceOf(config);
    const checkpointId = getCheckpointId(config);
    if (!checkpointId) throw new Error('The agent checkpoint config needs a checkpoint_id to save writes.');
    for (const [index, [channel, value]] of writes.entries()) {
      const idx = WRITES_IDX_MAP[channel] ?? index;
      const [type, data] = await this.serde.dumpsTyped(value);
      const fields = {
        kind: 'write',
        threadId,
        checkpointNs,
        checkpointId,
        taskId,
        taskPath,
        idx,
        channel,
        type,
        data: encode(data),
        expiresAt: this.expiry(),
      };
      // A regular write is saved once (a retried task keeps the first); special writes (errors, interrupts) replace.
      await this.store.agentCheckpoints.updateOne(
        { _id: keyOf('write', threadId, checkpointNs, checkpointId, taskId, idx) },
        idx >= 0 ? { $setOnInsert: fields } : { $set: fields },
        { upsert: true },
      );
    }
  }

  async deleteThread(threadId: string): Promise<void> {
    await this.store.agentCheckpoints.deleteMany({ threadId });
  }

  /** Records that the thread waits for the person's yes or no. */
  async openConfirmation(threadId: string): Promise<void> {
    await this.store.agentCheckpoints.updateOne(
      { _id: keyOf('confirmation', threadId) },
      { $set: { kind: 'confirmation', threadId, checkpointNs: '', expiresAt: this.expiry() } },
      { upsert: true },
    );
  }

  /**
   * Takes the open confirmation of a thread: true for exactly one caller while it is open and
   * unexpired, false for every other (an answer delivered twice, a second server, a late reply).
   */
  async takeConfirmation(threadId: string): Promise<boolean> {
    const { deletedCount } = await this.store.agentCheckpoints.deleteOne(
      this.live({ _id: keyOf('confirmation', threadId) }),
    );
    return deletedCount === 1;
  }

  /** Deletes every expired document now (the embedded engine has no TTL monitor). */
  async purgeExpired(): Promise<number> {
    this.lastPurge = this.clock().getTime();
    const { deletedCount } = await this.store.agentCheckpoints.deleteMany({
      expiresAt: { $lte: this.clock() },
    });
    return deletedCount;
  }

  private async purgeNowAndThen(): Promise<void> {
    if (this.clock().getTime() - this.lastPurge >= PURGE_EVERY_MS) await this.purgeExpired();
  }

  private live(filter: Filter): Filter {
    return { ...filter, expiresAt: { $gt: this.clock() } };
  }

  private expiry(): Date {
    return new Date(this.clock().getTime() + this.ttlMs);
  }

  private async tupleOf(record: AgentCheckpointRecord): Promise<CheckpointTuple> {
    const { threadId, checkpointNs } = record;
    const checkpointId = record.checkpointId!;
    const writes = await this.store.agentCheckpoints.find(
      this.live({ kind: 'write', threadId, checkpointNs, checkpointId }),
    );
    // Replayed in the order live execution applied them (LangGraph's contract for every saver).
    writes.sort((a, b) =>
      compareWritesSortKeys(
        writesSortKey(a.taskPath ?? '', a.taskId, a.idx),
        writesSortKey(b.taskPath ?? '', b.taskId, b.idx),
      ),
    );
    const pendingWrites: CheckpointPendingWrite[] = await Promise.all(
      writes.map(
        async (w) =>
          [
            w.taskId!,
            w.channel!,
            await this.serde.loadsTyped(w.type!, decode(w.data!)),
          ] as CheckpointPendingWrite,
      ),
    );
    const tuple: CheckpointTuple = {
      config: {
        configurable: { thread_id: threadId, checkpoint_ns: checkpointNs, checkpoint_id: checkpointId },
      },
      checkpoint: (await this.serde.loadsTyped(record.type!, decode(record.data!))) as Checkpoint,
      metadata: (await this.serde.loadsTyped(
        record.metadataType!,
        decode(record.metadata!),
      )) as CheckpointMetadata,
      pendingWrites,
    };
    if (record.parentCheckpointId) {
      tuple.parentConfig = {
        configurable: {
          thread_id: threadId,
          checkpoint_ns: checkpointNs,
          checkpoint_id: record.parentCheckpointId,
        },
      };
    }
    return tuple;
  }
}
