import type { ItemNeighbours } from './item-neighbours';
import type { PurchaseHistory } from './purchase-history';

/**
 * Bump when the saved shape changes; loading an artifact with another version is refused.
 * 2: faded order counts in the history and one learned weight per candidate feature.
 */
export const RECOMMENDER_FORMAT = 2;

/**
 * The score parts of a candidate product for one customer, in the order of `CandidateSet.features`.
 * "bought" features are 0 for products the customer never bought.
 * - orders: log(1 + orders with it); fadedOrders60/120: log(1 + orders faded by a 60/120-day half-life);
 * - bought: 1 when bought before; repeatRate: the product's repeat-purchase rate, when bought;
 * - daysSinceLast: log(1 + days since they last bought it), when bought;
 * - shareOfOrders: log((orders with it + 0.5) / (their orders + 1)), when bought;
 * - alsoBought: mean item-item similarity over what they bought; alsoBoughtStrongest: the strongest one;
 * - popular / popularNow: log of the share of customers (of those active in the last 30 days) who
 *   bought it (+ 1e-4).
 * Shares and logs, not raw counts, so weights learned on a shorter history carry over to the full one.
 */
export const CANDIDATE_FEATURE_NAMES = [
  'orders',
  'bought',
  'repeatRate',
  'alsoBought',
  'alsoBoughtStrongest',
  'popular',
  'popularNow',
  'daysSinceLast',
  'fadedOrders60',
  'fadedOrders120',
  'shareOfOrders',
] as const;

/** One of the candidate features. */
export type CandidateFeatureName = (typeof CANDIDATE_FEATURE_NAMES)[number];

/**
 * The weight of each candidate feature in a suggestion's score (score = Σ weight × feature). Learned
 * at training time on internal time splits by coordinate ascent on HR@10 + NDCG@10 (rank-learner.ts),
 * so a file where customers rarely re-order leans on "also bought" instead.
 */
export type BlendWeights = Record<CandidateFeatureName, number>;

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
  /** Customers with a purchase before asOf (the denominator of popularity shares). */
  activeCustomers: number;
  /** Customers with a purchase in the 30 days before asOf. */
  recentCustomers: number;
}
