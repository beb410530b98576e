import type { CustomerLines } from '../orders/customer-lines';
import type { OrderBook } from '../orders/order-book';
import { MS_PER_DAY } from '../orders/order-date';
import { itemNeighboursOf } from './item-neighbours';
import { buyersPerProduct, purchaseHistoryOf } from './purchase-history';
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
  };
}
