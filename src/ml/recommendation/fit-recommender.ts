import type { CustomerLines } from '../orders/customer-lines';
import type { OrderBook } from '../orders/order-book';
import { MS_PER_DAY } from '../orders/order-date';
import { itemNeighboursOf } from './item-neighbours';
import { buyersPerProduct, purchaseHistoryOf, type PurchaseHistory } from './purchase-history';
import { RECOMMENDER_FORMAT, type BlendWeights, type RecommenderModel } from './recommender-model';

/** Days that count as "now" for popularity. */
export const RECENT_DAYS = 30;

/** Builds the recommender's statistics from orders before `asOf`, with the given blend weights. */
export function fitRecommender(
  book: OrderBook,
  byCustomer: CustomerLines,
  asOf: number,
  weights: BlendWeights,
  crossSellWeights: BlendWeights = weights,
): RecommenderModel {
  const history = purchaseHistoryOf(book, byCustomer, asOf);
  const products = book.products.length;
  const buyers = buyersPerProduct(history, products);
  const recentBuyers = buyersPerProduct(history, products, asOf - RECENT_DAYS * MS_PER_DAY);
  const repeaters = new Float64Array(products);
  for (let s = 0; s < history.product.length; s++)
    if (history.orders[s]! >= 2) repeaters[history.product[s]!]!++;
  const repeatRate = repeaters.map((r, p) => (r + 1) / (buyers[p]! + 2));
  const { activeCustomers, recentCustomers } = customerCountsOf(history, asOf - RECENT_DAYS * MS_PER_DAY);
  return {
    formatVersion: RECOMMENDER_FORMAT,
    asOf,
    weights,
    crossSellWeights,
    customers: book.customers,
    products: book.products,
    productNames: book.productNames,
    history,
    neighbours: itemNeighboursOf(history, products),
    buyers,
    recentBuyers,
    repeatRate,
    activeCustomers,
    recentCustomers,
  };
}

/** Customers with a purchase before asOf, and those with one on or after `recentFrom` (from the history alone). */
export function customerCountsOf(
  history: PurchaseHistory,
  recentFrom: number,
): { activeCustomers: number; recentCustomers: number } {
  let activeCustomers = 0;
  let recentCustomers = 0;
  for (let c = 0; c + 1 < history.offsets.length; c++) {
    const start = history.offsets[c]!;
    const end = history.offsets[c + 1]!;
    if (end === start) continue;
    activeCustomers++;
    for (let s = start; s < end; s++) {
      if (history.last[s]! >= recentFrom) {
        recentCustomers++;
        break;
      }
    }
  }
  return { activeCustomers, recentCustomers };
}
