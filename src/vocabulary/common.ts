/** The regions accounts and users belong to. */
export const REGIONS = ['NA', 'EMEA', 'APAC', 'LATAM'] as const;
export type Region = (typeof REGIONS)[number];

/** What a well-formed e-mail address looks like (one @, a dot in the domain, no spaces). */
export const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Lower-cased, accent-free, punctuation-free form of a name, for case-insensitive lookups. */
export function nameKeyOf(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Timestamps every stored document carries. */
export interface Timestamps {
  createdAt: Date;
  updatedAt: Date;
}
