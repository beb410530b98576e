import { deepClone } from '../../core/deep-clone';
import { invalidDocumentError } from '../document-errors';
import type { AnyModel, Filter, Update } from '../store';
import {
  plainDocumentCheck,
  plainUpdateCheck,
  type PlainDocumentCheck,
  type PlainUpdateCheck,
} from './plain-document-check';

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
  private readonly updateCasters = new Map<boolean, UpdateCaster>();
  /** Casts, without mongoose, the updates it would return as given (a chat turn's state and conversation). */
  private readonly plainUpdate: PlainUpdateCheck | undefined;
  /** Top-level fields of type String without setters (`trim`, `lowercase`): mongoose casts a string to itself there. */
  private readonly plainStringPaths = new Set<string>();

  constructor(
    private readonly collection: string,
    private readonly model: AnyModel,
  ) {
    this.timestamps = Boolean(model.schema.get('timestamps'));
    this.plainCheck = plainDocumentCheck(model.schema);
    this.plainUpdate = plainUpdateCheck(model.schema);
    model.schema.eachPath((path, type) => {
      const { instance, setters } = type as unknown as { instance: string; setters: unknown[] };
      if (instance === 'String' && setters.length === 0 && !path.includes('.'))
        this.plainStringPaths.add(path);
    });
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
    // Strings compared with fields of type String without setters cast to themselves (the look-ups
    // of every chat turn: state and conversations by _id, accounts by nameKey), so no mongoose Query
    // is built for them.
    if (keys.every((key) => this.plainStringPaths.has(key) && isStringCondition(filter[key]))) return filter;
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
    const plain = Array.isArray(update) ? undefined : this.plainUpdate?.(update as Record<string, unknown>);
    if (plain) return plain as Update;
    const query = this.updateCaster(upsert);
    if (typeof query._castUpdate !== 'function') return update;
    try {
      return (query._castUpdate(deepClone(update)) as Update | undefined) ?? {};
    } catch (error) {
      throw invalidDocumentError(this.collection, error) ?? error;
    }
  }

  /**
   * The update query whose caster casts updates, one per upsert flag, built once: the caster only
   * reads the query (its schema, options and empty filter), so building a mongoose Query for
   * every write was pure cost.
   */
  private updateCaster(upsert: boolean): UpdateCaster {
    let query = this.updateCasters.get(upsert);
    if (!query) {
      query = this.model.updateOne({}, {}, { upsert }) as unknown as UpdateCaster;
      this.updateCasters.set(upsert, query);
    }
    return query;
  }
}

/** A string, or `{ $eq: string }`, or `{ $in: [strings] }`: conditions a plain String field leaves as they are. */
function isStringCondition(condition: unknown): boolean {
  if (typeof condition === 'string') return true;
  if (
    condition === null ||
    typeof condition !== 'object' ||
    Object.getPrototypeOf(condition) !== Object.prototype
  )
    return false;
  const operators = Object.keys(condition);
  if (operators.length !== 1) return false;
  const operand = (condition as Record<string, unknown>)[operators[0]!];
  if (operators[0] === '$eq') return typeof operand === 'string';
  return (
    operators[0] === '$in' && Array.isArray(operand) && operand.every((item) => typeof item === 'string')
  );
}
