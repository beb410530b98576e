import { type Region, type Timestamps } from './common';

export const ACCOUNT_SIZES = ['1-10', '11-50', '51-200', '201-1000', '1001-5000', '5000+'] as const;
export type AccountSize = (typeof ACCOUNT_SIZES)[number];

/** The size band of a company with this many employees. */
export function sizeBandOf(employees: number): AccountSize {
  if (employees <= 10) return '1-10';
  if (employees <= 50) return '11-50';
  if (employees <= 200) return '51-200';
  if (employees <= 1000) return '201-1000';
  if (employees <= 5000) return '1001-5000';
  return '5000+';
}

/** A customer or prospect company. */
export interface Account extends Timestamps {
  _id: string;
  name: string;
  /** nameKeyOf(name): the case- and punctuation-insensitive form lookups use. */
  nameKey: string;
  domain?: string;
  industry?: string;
  employees?: number;
  size?: AccountSize;
  region?: Region;
  country?: string;
  ownerId?: string;
  status: 'prospect' | 'customer' | 'churned';
  /** When a churned account went quiet (its last order, won deal or touch, plus the weeks before it was given up). */
  churnedAt?: Date;
  annualRevenue?: number;
}
