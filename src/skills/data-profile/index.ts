import { z } from 'zod';
import { CrmError, ErrorCode } from '../../core/errors';
import { defineSkill } from '../skill';
import {
  COLLECTION_PART,
  columnInfoOf,
  EXPORT_COLLECTIONS,
  RECORD_COLUMNS,
  type ExportCollection,
  type RecordColumn,
} from '../shared/record-columns';
import { pagesOf, requireCollection } from '../shared/record-pages';
import { RecordVisibility } from '../shared/record-visibility';
import { FieldAccumulator, type FieldProfile } from './field-profile';
import { RelationAccumulator, type RelationProfile } from './relations';

export type { FieldProfile, HistogramBin } from './field-profile';
export type { DuplicateCheck, OrphanCheck, RelationProfile, UnattachedCheck } from './relations';
export {
  revenueConcentration,
  type CurrencyConcentration,
  type RevenueConcentration,
} from './revenue-concentration';

/** The exploratory first look at one collection: every exported column profiled, and its relations. */
export interface DataProfile extends RelationProfile {
  collection: ExportCollection;
  rows: number;
  /** When the profile was taken (ISO 8601). */
  profiledAt: string;
  fields: FieldProfile[];
  /**
   * The records with `missingOf` empty, when asked (the first 30 by name): "which contacts have no
   * email" names them. Each with its id and its name (a person's first and last name, else `name`).
   */
  missingRecords?: { id: string; name: string }[];
}

/** Records named when their field is empty. */
const MISSING_NAMED = 30;

/** A record's name as people read it: a person's first and last name, else its `name` or its id. */
function recordName(record: unknown): { id: string; name: string } {
  const r = record as { _id?: unknown; name?: unknown; firstName?: unknown; lastName?: unknown };
  const person = [r.firstName, r.lastName].filter((part) => typeof part === 'string' && part).join(' ');
  const id = String(r._id ?? '');
  return { id, name: person || (typeof r.name === 'string' ? r.name : id) };
}

/**
 * Profiles one collection as an analyst would in a notebook: for each exported column (the data
 * dictionary's), its type, missing share, distinct values, top values and spread; and the
 * collection's relations: references pointing nowhere (orphans), records tied to nothing, and
 * values of unique keys held by several records (duplicates). Reads the collection page by page.
 */
export const profileCollection = defineSkill({
  name: 'profile-collection',
  description:
    "Profile of one CRM collection's fields (missing share, distribution, top values), orphans and duplicates",
  roles: ['admin', 'analyst'],
  input: z.object({
    collection: z.enum(EXPORT_COLLECTIONS),
    /** A column whose records left empty are named too (`missingRecords`). */
    missingOf: z.string().optional(),
  }),
  run: async ({ collection, missingOf }, { caller, services }): Promise<DataProfile> => {
    const visibility = await RecordVisibility.of(services, caller);
    if ((await visibility.access(undefined, COLLECTION_PART[collection])) !== 'full')
      throw new CrmError(ErrorCode.Forbidden, `You may not profile every record of ${collection}.`);
    const source = requireCollection(services.store, collection);
    const info = columnInfoOf(collection);
    const columns = RECORD_COLUMNS[collection] as readonly RecordColumn<unknown>[];
    const fields = info.map((column) => new FieldAccumulator(column));
    const relations = await RelationAccumulator.of(
      services.store,
      collection,
      info.map((c) => c.name),
    );
    let rows = 0;
    const missingAt = missingOf === undefined ? -1 : info.findIndex((c) => c.name === missingOf);
    const missingRecords: { id: string; name: string }[] = [];
    for await (const page of pagesOf<unknown>(source)) {
      for (const record of page) {
        const row = columns.map((column) => column.value(record));
        row.forEach((value, i) => fields[i]!.add(value));
        if (missingAt >= 0 && row[missingAt] === null) missingRecords.push(recordName(record));
        relations.add(row);
        rows++;
      }
    }
    return {
      collection,
      rows,
      profiledAt: services.clock().toISOString(),
      fields: fields.map((field) => field.finish(rows)),
      ...(missingAt >= 0
        ? {
            missingRecords: missingRecords
              .sort((a, b) => a.name.localeCompare(b.name, 'en'))
              .slice(0, MISSING_NAMED),
          }
        : {}),
      ...relations.finish(),
    };
  },
});
