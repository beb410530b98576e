/** Something the caller knows by name: an account, a contact, a product, a rep. */
export interface NamedRecord {
  readonly id: string;
  readonly name: string;
  /** Other names people use for it ("IBM" for "International Business Machines", a SKU). */
  readonly aliases?: readonly string[];
}

/** The names messages are matched against, as lists whose identity changes only when the data does. */
export interface CrmNames {
  readonly accounts: readonly NamedRecord[];
  readonly contacts: readonly NamedRecord[];
  readonly products: readonly NamedRecord[];
  readonly reps: readonly NamedRecord[];
  /** The sales teams (teams with a rep or a manager), by the name their members carry ("Mid-Market"). */
  readonly teams?: readonly NamedRecord[];
  /** The accounts' industries as the store spells them ("Healthcare", "Software"). */
  readonly industries?: readonly NamedRecord[];
}

/** Where the understander gets the CRM's names from (kept current by the skill layer). */
export interface CrmNameSource {
  current(): Promise<CrmNames>;
}
