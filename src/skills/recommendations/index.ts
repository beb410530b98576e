import { z } from 'zod';
import { isoDay } from '../../ml/orders/order-date';
import type { Suggestion } from '../../ml/recommendation/suggest-products';
import { defineSkill } from '../skill';
import { RecordVisibility } from '../shared/record-visibility';
import type { LimitedAccountView } from '../shared/visibility-policy';
import { crmRecommenderOf } from './crm-recommender';

export { crmRecommenderOf } from './crm-recommender';
export type { Suggestion, SuggestionReason } from '../../ml/recommendation/suggest-products';
export { suggestionReasonText, spanText } from '../../ml/recommendation/suggest-products';

/** Cross-sell suggestions shown beside the main list. */
const NEW_PRODUCTS = 3;

/** Products to pitch to one account, each with its reason (from its purchases). */
export interface FullAccountRecommendations {
  access: 'full';
  account: { id: string; name: string };
  /** 'history' when the account has purchases to learn from; 'popular' for the new-account fallback. */
  basis: 'history' | 'popular';
  /** Orders up to this day were used. */
  asOf: string;
  suggestions: Suggestion[];
  /** Products the account has never bought (cross-sell), when the main list is mostly re-orders. */
  newForThem: Suggestion[];
}

/**
 * What to pitch to an account, or — for a caller who may not see its purchases (a rep of another
 * team) — its name, industry and owner only.
 */
export type AccountRecommendations = FullAccountRecommendations | LimitedAccountView;

/** What to offer an account next ("what should I pitch to Globex?"). */
export const recommendProducts = defineSkill({
  name: 'recommend-products',
  description:
    'Products to offer an account next (re-orders, cross-sell and up-sell from purchase history; popular products for accounts without orders), each with its reason. Input: the account name (fuzzy), domain or id; optional limit; onlyNew to leave out products it already buys.',
  roles: ['rep', 'manager', 'marketing', 'admin'],
  input: z.object({
    account: z.string().trim().min(1, 'name the account').max(200),
    limit: z.number().int().min(1).max(20).default(5),
    onlyNew: z.boolean().default(false),
  }),
  run: async ({ account, limit, onlyNew }, { caller, services }): Promise<AccountRecommendations> => {
    const visibility = await RecordVisibility.of(services, caller);
    const found = await visibility.resolveAccount(account);
    // Suggestions are learned from the account's orders (re-orders show what it buys).
    if ((await visibility.access(found.ownerId, 'purchases')) !== 'full')
      return visibility.limitedAccount(found);
    const recommender = await crmRecommenderOf(services);
    const known = recommender.suggester.knows(found._id);
    const suggestions = recommender.suggester.suggest(known ? found._id : undefined, limit, { onlyNew });
    const listed = new Set(suggestions.map((s) => s.productId));
    const newForThem =
      known && !onlyNew
        ? recommender.suggester
            .suggest(found._id, NEW_PRODUCTS + limit, { onlyNew: true })
            .filter((s) => !listed.has(s.productId))
            .slice(0, NEW_PRODUCTS)
        : [];
    return {
      access: 'full',
      account: { id: found._id, name: found.name },
      basis: known ? 'history' : 'popular',
      asOf: isoDay(recommender.trainedAt),
      suggestions,
      newForThem,
    };
  },
});
