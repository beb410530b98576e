import { MS_PER_DAY } from '../orders/order-date';
import {
  blendScore,
  CandidateScratch,
  candidatesFor,
  CANDIDATE_FEATURES,
  FEATURE,
  topCandidates,
} from './candidate-features';
import type { BlendWeights, RecommenderModel } from './recommender-model';

/** Why a product is suggested, as data (rendered to words by suggestionReasonText or a chat reply). */
export type SuggestionReason =
  | { kind: 'reorder'; orders: number; everyDays?: number; lastDaysAgo: number }
  | {
      kind: 'also-bought';
      becauseProductId: string;
      becauseName: string;
      together: number;
      buyersOfBecause: number;
    }
  | { kind: 'popular'; recentBuyers: number; buyers: number };

/** One suggested product for one customer. */
export interface Suggestion {
  productId: string;
  productName: string;
  score: number;
  reason: SuggestionReason;
}

/**
 * Suggests up to `k` products for a customer, best first, each with its reason. An unknown customer
 * (or one with no purchases before the model's date) gets the popularity fallback.
 */
export class ProductSuggester {
  private readonly index = new Map<string, number>();
  private readonly scratch: CandidateScratch;

  constructor(private readonly model: RecommenderModel) {
    model.customers.forEach((id, i) => this.index.set(id, i));
    this.scratch = new CandidateScratch(model.products.length);
  }

  /** True when the model has purchase history for the customer. */
  knows(customerId: string): boolean {
    const c = this.index.get(customerId);
    return c !== undefined && this.model.history.offsets[c + 1]! > this.model.history.offsets[c]!;
  }

  suggest(customerId: string | undefined, k: number, options: { onlyNew?: boolean } = {}): Suggestion[] {
    const model = this.model;
    const c = customerId === undefined ? -1 : (this.index.get(customerId) ?? -1);
    const set = candidatesFor(model, c, this.scratch);
    const w = options.onlyNew ? model.crossSellWeights : model.weights;
    const allowed = (i: number) => !options.onlyNew || set.historySlot[i]! < 0;
    const ranked = topCandidates(set, set.products.length, (i) =>
      allowed(i) ? blendScore(set, i, w, model.buyers) : Number.NEGATIVE_INFINITY,
    )
      .filter(allowed)
      .slice(0, k);
    return ranked.map((i) => {
      const p = set.products[i]!;
      return {
        productId: model.products[p]!,
        productName: model.productNames[p] ?? '',
        score: round4(blendScore(set, i, w, model.buyers)),
        reason: this.reasonOf(set, i, w),
      };
    });
  }

  private reasonOf(set: ReturnType<typeof candidatesFor>, i: number, w: BlendWeights): SuggestionReason {
    const model = this.model;
    const p = set.products[i]!;
    const slot = set.historySlot[i]!;
    const f = set.features;
    const o = i * CANDIDATE_FEATURES;
    if (slot >= 0) {
      const h = model.history;
      const orders = h.orders[slot]!;
      const lastDaysAgo = Math.floor((model.asOf - h.last[slot]!) / MS_PER_DAY);
      const everyDays =
        orders >= 2 ? Math.round((h.last[slot]! - h.first[slot]!) / MS_PER_DAY / (orders - 1)) : undefined;
      return { kind: 'reorder', orders, everyDays, lastDaysAgo };
    }
    const because = set.because[i]!;
    // "Also bought" when the similarity terms lift the product more than popularity does (popularity
    // features are log shares, so their part is measured from the least popular product's floor).
    const link =
      w.alsoBought * f[o + FEATURE.alsoBought]! + w.alsoBoughtStrongest * f[o + FEATURE.alsoBoughtStrongest]!;
    const floor = Math.log(1e-4);
    const popularity =
      w.popular * (f[o + FEATURE.popular]! - floor) + w.popularNow * (f[o + FEATURE.popularNow]! - floor);
    if (because >= 0 && link > 0 && link >= popularity) {
      const n = model.neighbours;
      let together = 0;
      for (let r = 0; r < n.size; r++)
        if (n.product[because * n.size + r] === p) together = n.together[because * n.size + r]!;
      return {
        kind: 'also-bought',
        becauseProductId: model.products[because]!,
        becauseName: model.productNames[because] ?? '',
        together,
        buyersOfBecause: model.buyers[because]!,
      };
    }
    return { kind: 'popular', recentBuyers: model.recentBuyers[p]!, buyers: model.buyers[p]! };
  }
}

/**
 * The reason in words. `customer` names the account in the sentence ("accounts like Acme that bought
 * X also bought this"); `audience` is what the customers are called (accounts in the CRM, customers in files).
 */
export function suggestionReasonText(
  reason: SuggestionReason,
  customer?: string,
  audience = 'customers',
): string {
  switch (reason.kind) {
    case 'reorder': {
      const last = `last order ${spanText(reason.lastDaysAgo)} ago`;
      if (reason.everyDays !== undefined && reason.everyDays > 0)
        return `re-orders every ${spanText(reason.everyDays)}, ${last}`;
      return reason.orders >= 2
        ? `bought it in ${reason.orders} orders, ${last}`
        : `bought it once, ${spanText(reason.lastDaysAgo)} ago`;
    }
    case 'also-bought': {
      const x = reason.becauseName
        ? `${reason.becauseProductId} ${reason.becauseName}`
        : reason.becauseProductId;
      const who = customer ? `${audience} like ${customer} that bought ${x}` : `${audience} who bought ${x}`;
      return `${who} also bought this (${reason.together} of ${reason.buyersOfBecause})`;
    }
    case 'popular':
      return reason.recentBuyers > 0
        ? `popular now: bought by ${reason.recentBuyers} ${audience} in the last 30 days`
        : `popular: bought by ${reason.buyers} ${audience}`;
  }
}

/** "3 days", "6 weeks", "4 months". */
export function spanText(days: number): string {
  if (days < 14) return `${days} day${days === 1 ? '' : 's'}`;
  if (days < 120) return `${Math.round(days / 7)} weeks`;
  return `${Math.round(days / 30.4)} months`;
}

const round4 = (x: number) => Math.round(x * 1e4) / 1e4;
