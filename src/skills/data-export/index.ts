import { z } from 'zod';
import { CrmError, ErrorCode } from '../../core/errors';
import { defineSkill, type SkillContext } from '../skill';
import { appendAudit } from '../shared/audit-log';
import {
  COLLECTION_PART,
  columnInfoOf,
  EXPORT_COLLECTIONS,
  RECORD_COLUMNS,
  type CellValue,
  type ColumnInfo,
  type ExportCollection,
  type RecordColumn,
} from '../shared/record-columns';
import { pagesOf, requireCollection } from '../shared/record-pages';
import { RecordVisibility } from '../shared/record-visibility';

/** The skill's name, as the audit log keeps it. */
export const EXPORT_SKILL_NAME = 'export-records';

/** A collection as flat rows: its documented columns, then the rows a batch at a time. */
export interface RecordExport {
  collection: ExportCollection;
  /** How many records the collection held when the export began (more or fewer may come). */
  expected: number;
  columns: ColumnInfo[];
  /**
   * The rows (cells in column order) a page at a time, read from the store as they are asked
   * for. When the last batch has been taken, or the reader stops early, one audit entry records
   * the read with the ids and count of the records exported.
   */
  batches: AsyncIterable<CellValue[][]>;
}

/** The rows of one collection, a page at a time, and the audit entry once they are read. */
async function* rowBatches(
  collection: ExportCollection,
  context: SkillContext,
): AsyncGenerator<CellValue[][]> {
  const columns = RECORD_COLUMNS[collection] as readonly RecordColumn<unknown>[];
  const ids: string[] = [];
  try {
    for await (const page of pagesOf<{ _id: string }>(
      requireCollection(context.services.store, collection),
    )) {
      const rows = page.map((record) => columns.map((column) => column.value(record)));
      for (const record of page) ids.push(record._id);
      yield rows;
    }
  } finally {
    if (context.services.audit !== false)
      await appendAudit(
        context.services.store,
        { action: 'read', skill: EXPORT_SKILL_NAME, caller: context.caller, recordIds: ids },
        context.services.clock(),
        (error) => context.services.logger.error({ err: error }, 'the audit entry of an export was lost'),
      );
  }
}

/**
 * Every record of one collection as flat rows with the documented columns (docs/data-dictionary.md):
 * for analysts and admins, who see the whole CRM. Streams: the caller writes each batch as it comes.
 */
export const exportRecords = defineSkill({
  name: EXPORT_SKILL_NAME,
  description: 'Every record of one CRM collection as flat rows with documented columns, for analysis',
  roles: ['admin', 'analyst'],
  input: z.object({ collection: z.enum(EXPORT_COLLECTIONS) }),
  run: async ({ collection }, context): Promise<RecordExport> => {
    const visibility = await RecordVisibility.of(context.services, context.caller);
    // Every record, whoever owns it: only a caller who sees this part of every record in full may export.
    if ((await visibility.access(undefined, COLLECTION_PART[collection])) !== 'full')
      throw new CrmError(ErrorCode.Forbidden, `You may not export every record of ${collection}.`);
    const expected = await requireCollection(context.services.store, collection).countDocuments({});
    return {
      collection,
      expected,
      columns: columnInfoOf(collection),
      batches: rowBatches(collection, context),
    };
  },
});
