import { type Timestamps } from './common';

/** One product on an order; a negative quantity is a return. */
export interface OrderLine {
  productId?: string;
  sku: string;
  description?: string;
  quantity: number;
  unitPrice: number;
}

/** A purchase by an account, with its lines. */
export interface Order extends Timestamps {
  _id: string;
  orderNumber: string;
  accountId?: string;
  /** The buyer's id in the source system when it is not (yet) a CRM account (e.g. a web-shop customer). */
  customerRef?: string;
  orderedAt: Date;
  status: 'placed' | 'shipped' | 'cancelled' | 'returned';
  currency: string;
  country?: string;
  lines: OrderLine[];
  /** Sum of quantity x unitPrice over the lines. */
  total: number;
}

/** The order total: sum of quantity x unit price, rounded to cents. */
export function orderTotalOf(lines: readonly OrderLine[]): number {
  return Math.round(lines.reduce((sum, line) => sum + line.quantity * line.unitPrice, 0) * 100) / 100;
}
