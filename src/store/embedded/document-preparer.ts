import { deepClone } from '../../core/deep-clone';
import { invalidDocumentError } from '../document-errors';
import type { AnyModel, Filter, Update } from '../store';
import { plainDocumentCheck, type PlainDocumentCheck } from './plain-document-check';

/**
 * Why a document is being written, which decides its timestamps as mongoose does: an insert keeps
 * given createdAt/updatedAt (imports keep history) and fills the missing ones; an update keeps the
 * stored createdAt (immutable) and sets updatedAt; an upsert that inserts sets both.
 */
export type WriteKind = 'insert' | 'update' | 'upsert';

type Document = Record<string, unknown>;

/** The part of a mongoose Query this class uses to cast an update as mongoose does before sending it. */
interface UpdateCaster {
  _castUpdate?: (update: unknown) => unknown;
}

/**
 * Applies a collection's mongoose schema without a database: casts values to their schema types,
 * fills defaults, drops unknown fields and validates, exactly as mongoose does before a MongoDB write.
 */
export class DocumentPreparer {
  private readonly timestamps: boolean;
  /** Builds, without mongoose, the documents mongoose would store as given (most of a chat turn's writes). */
  private readonly plainCheck: PlainDocumentCheck | undefined;

  constructor(
    private readonly collection: string,
    private readonly model: AnyModel,
  ) {
    this.timestamps = Boolean(model.schema.get('timestamps'));
    this.plainCheck = plainDocumentCheck(model.schema);
  }

  /** The stored form of `document`; throws INVALID_INPUT naming each bad field. */
  async prepare(document: Document, now: Date, kind: WriteKind, stored?: Document): Promise<Document> {
    const input = { ...document };
    if (this.timestamps) {
      if (kind === 'insert') {
        if (!input.createdAt) input.createdAt = now;
        if (!input.updatedAt) input.updatedAt = now;
      } else if (kind === 'upsert') {
        input.createdAt = now;
        input.updatedAt = now;
      } else {
        if (stored?.createdAt === undefined) delete input.createdAt;
        else input.createdAt = stored.createdAt;
        input.updatedAt = now;
      }
    }
    const plain = this.plainCheck?.(input);
    if (plain) return plain;
    const hydrated = new this.model(input);
    try {
      await hydrated.validate();
    } catch (error) {
      throw invalidDocumentError(this.collection, error) ?? error;
    }
    return hydrated.toObject({ depopulate: true, virtuals: false, versionKey: false }) as Document;
  }

  /** Casts filter values to schema types (date strings to Dates, numeric strings to numbers), as mongoose does for queries. */
  castFilter(filter: Filter): Filter {
    const keys = Object.keys(filter);
    if (keys.length === 0) return filter;
    // Every collection's _id is a String: a look-up by one string id casts to itself (the hot path
    // of every save of conversation state and transcripts), without building a mongoose Query.
    if (keys.length === 1 && keys[0] === '_id' && typeof filter._id === 'string') return filter;
    try {
      const query = this.model.find(filter);
      query.cast(this.model);
      return query.getFilter() as Filter;
    } catch (error) {
      throw invalidDocumentError(this.collection, error) ?? error;
    }
  }

  /**
   * Casts an update document as mongoose does before sending it to MongoDB: operands to schema
   * types ($inc by "5" adds 5, a pushed sub-document's date string becomes a Date), unknown paths
   * and immutable ones (createdAt) dropped. Uses mongoose's own caster so both engines agree.
   */
  castUpdate(update: Update, upsert: boolean): Update {
    const query = this.model.updateOne({}, {}, { upsert }) as unknown as UpdateCaster;
    if (typeof query._castUpdate !== 'function') return update;
    try {
      return (query._castUpdate(deepClone(update)) as Update | undefined) ?? {};
    } catch (error) {
      throw invalidDocumentError(this.collection, error) ?? error;
    }
  }
}
