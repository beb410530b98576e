import { randomUUID } from 'node:crypto';
import type { Storage, StoreItems } from 'botbuilder';
import { isCrmError } from '../../core/errors';
import type { Store } from '../../store/store';

/**
 * Bot Framework `Storage` over the CRM store's botState collection, so conversation and user state
 * (including where a dialog stands) live in MongoDB or the embedded engine and survive restarts.
 * Writes are optimistic like botbuilder's MemoryStorage: an item written with a stale eTag fails.
 */
export class BotStateStorage implements Storage {
  constructor(private readonly store: Store) {}

  async read(keys: string[]): Promise<StoreItems> {
    if (keys.length === 0) return {};
    // A turn reads one key (its conversation's state): by id, without planning a filter.
    const records =
      keys.length === 1
        ? [await this.store.botState.findById(keys[0]!)].filter((record) => record !== null)
        : await this.store.botState.find({ _id: { $in: keys } });
    const items: StoreItems = {};
    for (const record of records) items[record._id] = { ...JSON.parse(record.data), eTag: record.eTag };
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    for (const [key, item] of Object.entries(changes)) {
      const { eTag: expected, ...state } = (item ?? {}) as { eTag?: string } & Record<string, unknown>;
      const next = { data: JSON.stringify(state), eTag: randomUUID() };
      if (!expected || expected === '*') {
        await this.store.botState.updateOne({ _id: key }, { $set: next }, { upsert: true });
        continue;
      }
      const result = await this.store.botState.updateOne({ _id: key, eTag: expected }, { $set: next });
      if (result.matchedCount === 1) continue;
      try {
        await this.store.botState.insertOne({ _id: key, ...next });
      } catch (error) {
        if (isCrmError(error, 'CONFLICT'))
          throw new Error(`Storage: error writing "${key}" due to eTag conflict.`);
        throw error;
      }
    }
  }

  async delete(keys: string[]): Promise<void> {
    if (keys.length > 0) await this.store.botState.deleteMany({ _id: { $in: keys } });
  }
}
