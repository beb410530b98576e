import type { ItemNeighbours } from './item-neighbours';
import type { PurchaseHistory } from './purchase-history';

/** Bump when the saved shape changes; loading an artifact with another version is refused. */
export const RECOMMENDER_FORMAT = 1;

/**
 * How the parts of a suggestion's score are weighted. Learned on an internal time split at training
 * time (see tune-blend.ts), so a file where customers rarely re-order leans on "also bought" instead.
 */
export interface BlendWeights {
  /** Weight of item-item similarity to what the customer bought ("customers who bought X also bought Y"). */
  alsoBought: number;
  /** Weight of the single strongest "also bought" link (used for cross-sell: one telling purchase is enough). */
  alsoBoughtStrongest: number;
  /** Weight of how many customers bought the product in the last 30 days. */
  popularNow: number;
  /** Weight of how many customers bought the product at all. */
  popular: number;
  /** How much a product's repeat-purchase rate boosts re-orders of it. */
  repeat: number;
}

/** Everything a trained recommender needs to suggest products for any customer, known or not. */
export interface RecommenderModel {
  formatVersion: typeof RECOMMENDER_FORMAT;
  /** Epoch ms: only orders before it were used. */
  asOf: number;
  weights: BlendWeights;
  /** Weights for ranking only products the customer never bought (cross-sell), tuned on first purchases. */
  crossSellWeights: BlendWeights;
  customers: readonly string[];
  products: readonly string[];
  productNames: readonly string[];
  history: PurchaseHistory;
  neighbours: ItemNeighbours;
  /** Customers who bought each product before asOf. */
  buyers: Float64Array;
  /** Customers who bought each product in the 30 days before asOf. */
  recentBuyers: Float64Array;
  /** Share of a product's buyers who bought it in two or more orders (smoothed). */
  repeatRate: Float64Array;
}
