import { invalidDocumentError } from '../document-errors';
import type { AnyModel, Filter } from '../store';

/**
 * Applies a collection's mongoose schema without a database: casts values to their schema types,
 * fills defaults, drops unknown fields and validates, exactly as mongoose does before a MongoDB write.
 */
export class DocumentPreparer {
  private readonly timestamps: boolean;

  constructor(
    private readonly collection: string,
    private readonly model: AnyModel,
  ) {
    this.timestamps = Boolean(model.schema.get('timestamps'));
  }

  /** The stored form of `document`; throws INVALID_INPUT naming each bad field. */
  async prepare(document: Record<string, unknown>, now: Date, isNew: boolean): Promise<Record<string, unknown>> {
    const input = { ...document };
    if (this.timestamps) {
      if (isNew && input.createdAt === undefined) input.createdAt = now;
      input.updatedAt = now;
    }
    const hydrated = new this.model(input);
    try {
      await hydrated.validate();
    } catch (error) {
      throw invalidDocumentError(this.collection, error) ?? error;
    }
    return hydrated.toObject({ depopulate: true, virtuals: false, versionKey: false }) as Record<string, unknown>;
  }

  /** Casts filter values to schema types (date strings to Dates, numeric strings to numbers), as mongoose does for queries. */
  castFilter(filter: Filter): Filter {
    if (Object.keys(filter).length === 0) return filter;
    try {
      const query = this.model.find(filter);
      query.cast(this.model);
      return query.getFilter() as Filter;
    } catch (error) {
      throw invalidDocumentError(this.collection, error) ?? error;
    }
  }
}
