import { type Timestamps } from './common';

/** Something the company sells. */
export interface Product extends Timestamps {
  _id: string;
  sku: string;
  name: string;
  category: string;
  unitPrice: number;
  currency: string;
  billing: 'one_time' | 'monthly' | 'annual';
  active: boolean;
  description?: string;
}
