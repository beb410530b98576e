import type { Store } from '../../store/store';
import type { CellValue, ExportCollection } from '../shared/record-columns';
import { collectionNamed, pagesOf } from '../shared/record-pages';

/** How many example records a check lists. */
const EXAMPLES = 5;

/** A column that holds the id of a record in another collection. */
interface Reference {
  column: string;
  target: 'users' | ExportCollection;
}

/** Every reference of each collection's records. */
const REFERENCES: Readonly<Record<ExportCollection, readonly Reference[]>> = {
  accounts: [{ column: 'ownerId', target: 'users' }],
  contacts: [{ column: 'accountId', target: 'accounts' }],
  leads: [
    { column: 'accountId', target: 'accounts' },
    { column: 'ownerId', target: 'users' },
  ],
  deals: [
    { column: 'accountId', target: 'accounts' },
    { column: 'contactId', target: 'contacts' },
    { column: 'ownerId', target: 'users' },
  ],
  interactions: [
    { column: 'accountId', target: 'accounts' },
    { column: 'contactId', target: 'contacts' },
    { column: 'dealId', target: 'deals' },
    { column: 'leadId', target: 'leads' },
    { column: 'userId', target: 'users' },
  ],
  orders: [{ column: 'accountId', target: 'accounts' }],
  cases: [
    { column: 'accountId', target: 'accounts' },
    { column: 'contactId', target: 'contacts' },
    { column: 'ownerId', target: 'users' },
  ],
};

/** Columns of which a record should have at least one (an interaction with nobody is about nothing). */
const ATTACHED_BY: Partial<Record<ExportCollection, readonly string[]>> = {
  interactions: ['accountId', 'contactId', 'dealId', 'leadId'],
  orders: ['accountId', 'customerRef'],
};

/**
 * Columns whose value should identify one record, compared trimmed and lower-cased (a domain also
 * without a leading `www.`: the store keeps domains unique, not `initech.com` and `www.initech.com`).
 */
/** How a group of a composite key is shown: by these columns' values. */
const SHOWN_AS: Readonly<Record<string, readonly string[]>> = {
  'accountId+nameKey': ['firstName', 'lastName'],
};

const UNIQUE_KEYS: Readonly<Record<ExportCollection, readonly string[]>> = {
  accounts: ['nameKey', 'domain'],
  // The same person twice at one account has two addresses but one name there ("Barbara Nguyen" at Acme).
  contacts: ['email', 'accountId+nameKey'],
  leads: ['email'],
  deals: [],
  interactions: [],
  orders: [],
  cases: [],
};

/** Records whose reference points at no record of its collection. */
export interface OrphanCheck {
  column: string;
  target: string;
  /** Records with no value in the column. */
  missing: number;
  /** Records whose value matches no record of the target collection. */
  dangling: number;
  examples: { id: string; value: string }[];
}

/** Records with none of the columns that tie them to a customer. */
export interface UnattachedCheck {
  columns: string[];
  count: number;
  examples: { id: string }[];
}

/** Values of a key held by more than one record. */
export interface DuplicateCheck {
  column: string;
  /** Values held by more than one record. */
  groups: number;
  /** Records holding such a value. */
  records: number;
  /** The largest groups: the value and its records' ids. */
  examples: { value: string; count: number; ids: string[] }[];
}

/** The relation figures of one collection. */
export interface RelationProfile {
  orphans: OrphanCheck[];
  unattached?: UnattachedCheck;
  duplicates: DuplicateCheck[];
}

/** The ids of every record of a collection (ids only: a few megabytes at the demo's largest). */
async function idsOf(store: Store, name: string): Promise<Set<string>> {
  const ids = new Set<string>();
  const collection = collectionNamed(store, name);
  if (!collection) return ids;
  for await (const page of pagesOf<{ _id: string }>(collection, { projection: { _id: 1 } }))
    for (const r of page) ids.add(r._id);
  return ids;
}

/** Checks a collection's references, attachments and unique keys as its flat rows stream past. */
export class RelationAccumulator {
  private readonly orphans: (OrphanCheck & { at: number; ids: Set<string> })[] = [];
  private readonly attached?: { at: number[]; check: UnattachedCheck };
  private readonly keys: {
    column: string;
    /** The columns whose values together make the key (one, or several joined with `+`). */
    at: number[];
    /** The columns a group is shown by, when not by its key ("Barbara Nguyen", not an id and a name key). */
    shownAt: number[];
    groups: Map<string, { count: number; ids: string[]; shown?: string }>;
  }[];

  private constructor(
    columnNames: readonly string[],
    collection: ExportCollection,
    targets: Map<string, Set<string>>,
  ) {
    const at = (name: string) => columnNames.indexOf(name);
    for (const reference of REFERENCES[collection])
      this.orphans.push({
        ...reference,
        missing: 0,
        dangling: 0,
        examples: [],
        at: at(reference.column),
        ids: targets.get(reference.target)!,
      });
    const attachedBy = ATTACHED_BY[collection];
    if (attachedBy)
      this.attached = { at: attachedBy.map(at), check: { columns: [...attachedBy], count: 0, examples: [] } };
    this.keys = UNIQUE_KEYS[collection].map((column) => ({
      column,
      at: column.split('+').map(at),
      shownAt: (SHOWN_AS[column] ?? []).map(at),
      groups: new Map(),
    }));
  }

  /** An accumulator for `collection`, with the ids of the collections it refers to loaded. */
  static async of(
    store: Store,
    collection: ExportCollection,
    columnNames: readonly string[],
  ): Promise<RelationAccumulator> {
    const targets = new Map<string, Set<string>>();
    for (const { target } of REFERENCES[collection])
      if (!targets.has(target)) targets.set(target, await idsOf(store, target));
    return new RelationAccumulator(columnNames, collection, targets);
  }

  add(row: readonly CellValue[]): void {
    const id = String(row[0]);
    for (const check of this.orphans) {
      const value = row[check.at];
      if (value === null || value === undefined) check.missing++;
      else if (!check.ids.has(String(value))) {
        check.dangling++;
        if (check.examples.length < EXAMPLES) check.examples.push({ id, value: String(value) });
      }
    }
    if (this.attached && this.attached.at.every((i) => row[i] === null)) {
      this.attached.check.count++;
      if (this.attached.check.examples.length < EXAMPLES) this.attached.check.examples.push({ id });
    }
    for (const key of this.keys) {
      const values = key.at.map((i) => row[i]);
      if (values.some((value) => value === null || value === undefined)) continue;
      const text = values.map((value) => String(value).trim().toLowerCase()).join('\u0000');
      const normal = key.column === 'domain' ? text.replace(/^www\./, '') : text;
      const group = key.groups.get(normal);
      if (group) {
        group.count++;
        if (group.ids.length < EXAMPLES) group.ids.push(id);
      } else {
        const shown = key.shownAt
          .map((i) => row[i] ?? '')
          .join(' ')
          .trim();
        key.groups.set(normal, { count: 1, ids: [id], ...(shown ? { shown } : {}) });
      }
    }
  }

  finish(): RelationProfile {
    const duplicates = this.keys.map(({ column, groups }): DuplicateCheck => {
      const repeated = [...groups].filter(([, group]) => group.count > 1);
      return {
        column,
        groups: repeated.length,
        records: repeated.reduce((sum, [, group]) => sum + group.count, 0),
        examples: repeated
          .sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1))
          .slice(0, EXAMPLES)
          .map(([value, group]) => ({ value: group.shown ?? value, count: group.count, ids: group.ids })),
      };
    });
    return {
      orphans: this.orphans.map(({ column, target, missing, dangling, examples }) => ({
        column,
        target,
        missing,
        dangling,
        examples,
      })),
      ...(this.attached ? { unattached: this.attached.check } : {}),
      duplicates,
    };
  }
}
