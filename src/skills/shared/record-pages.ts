import { CrmError, ErrorCode } from '../../core/errors';
import type { Collection, Filter, Projection, Store } from '../../store/store';

/** How many records one page holds: large enough to keep queries few, small enough to stay light. */
export const PAGE_SIZE = 2000;

/** A collection read page by page, whatever its record type. */
export type PagedCollection = Pick<Collection<{ _id: string }>, 'find' | 'countDocuments'>;

/**
 * A collection of the store by name, or undefined when this build's store has none by that name
 * (a collection another change registers, such as support cases, before it is there).
 */
export function collectionNamed(store: Store, name: string): PagedCollection | undefined {
  const found = (store as unknown as Record<string, unknown>)[name];
  return found && typeof (found as PagedCollection).find === 'function'
    ? (found as PagedCollection)
    : undefined;
}

/** The store's collection `name`, or UNAVAILABLE naming it. */
export function requireCollection(store: Store, name: string): PagedCollection {
  const collection = collectionNamed(store, name);
  if (!collection) throw new CrmError(ErrorCode.Unavailable, `This CRM has no ${name} collection yet.`);
  return collection;
}

/**
 * Every record of a collection matching `filter`, a page at a time in id order (keyset paging:
 * each page starts after the last id of the one before), so a 100,000-record collection is never
 * in memory whole and a record added meanwhile is read at most once.
 */
export async function* pagesOf<T>(
  collection: PagedCollection,
  options: { filter?: Filter; projection?: Projection; pageSize?: number } = {},
): AsyncGenerator<T[]> {
  const size = options.pageSize ?? PAGE_SIZE;
  let after: string | undefined;
  for (;;) {
    const filter = after === undefined ? (options.filter ?? {}) : { ...options.filter, _id: { $gt: after } };
    const page = await collection.find(filter, {
      sort: { _id: 1 },
      limit: size,
      ...(options.projection ? { projection: options.projection } : {}),
    });
    if (page.length === 0) return;
    yield page as unknown as T[];
    if (page.length < size) return;
    after = page[page.length - 1]!._id;
  }
}
