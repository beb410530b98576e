import type { AnyModel, BulkOperation, BulkResult } from '../store';

type Document = Record<string, unknown> & { _id: unknown };

/** The driver calls the undo steps use: they restore stored documents exactly, bypassing mongoose. */
interface RawCollection {
  deleteOne(filter: object): Promise<unknown>;
  replaceOne(filter: object, document: object): Promise<unknown>;
  insertOne(document: object): Promise<unknown>;
}

/**
 * bulkWrite on a standalone MongoDB server, which has no transactions: runs the operations in
 * order and remembers how to undo each (the document before an update, the deleted document, the
 * id of an insert or upsert). When one fails, the earlier ones are undone in reverse order, so a
 * failed batch leaves the data as it found it. Unlike a transaction, other readers may see the
 * batch half-done while it runs, and a crash mid-batch leaves it half-done: use a replica set
 * (even a single-node one) for real atomicity.
 */
export async function runWithUndo<T>(model: AnyModel, operations: BulkOperation<T>[]): Promise<BulkResult> {
  const result: BulkResult = {
    insertedCount: 0,
    matchedCount: 0,
    modifiedCount: 0,
    upsertedCount: 0,
    deletedCount: 0,
  };
  const raw = model.collection as unknown as RawCollection;
  const undo: (() => Promise<unknown>)[] = [];
  try {
    for (const operation of operations) {
      if ('insertOne' in operation) {
        const [inserted] = await model.insertMany([operation.insertOne.document], { ordered: true });
        undo.push(() => raw.deleteOne({ _id: inserted!._id }));
        result.insertedCount++;
      } else if ('updateOne' in operation) {
        const { filter, update, upsert } = operation.updateOne;
        const outcome = (await model
          .findOneAndUpdate(filter, update as never, {
            upsert,
            runValidators: true,
            returnDocument: 'before',
            includeResultMetadata: true,
          })
          .lean()
          .exec()) as unknown as { value: Document | null; lastErrorObject?: { upserted?: unknown } };
        const before = outcome.value;
        const upserted = outcome.lastErrorObject?.upserted;
        if (before) {
          undo.push(() => raw.replaceOne({ _id: before._id }, before));
          result.matchedCount++;
          result.modifiedCount++;
        } else if (upserted !== undefined) {
          undo.push(() => raw.deleteOne({ _id: upserted }));
          result.upsertedCount++;
        }
      } else {
        const deleted = (await model
          .findOneAndDelete(operation.deleteOne.filter)
          .lean()
          .exec()) as Document | null;
        if (deleted) {
          undo.push(() => raw.insertOne(deleted));
          result.deletedCount++;
        }
      }
    }
    return result;
  } catch (error) {
    for (const step of undo.reverse()) await step().catch(() => undefined);
    throw error;
  }
}
