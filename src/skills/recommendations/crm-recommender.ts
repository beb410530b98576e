import { crmMetrics } from '../../core/metrics';
import { ordersFromStore, storeOrdersVersion } from '../shared/orders-from-store';
import { ProductSuggester } from '../../ml/recommendation/suggest-products';
import { trainRecommender, type BlendTuning } from '../../ml/recommendation/train-recommender';
import type { SkillServices } from '../skill';

/** A recommender trained on the CRM's orders, with when it was trained. */
export interface CrmRecommender {
  suggester: ProductSuggester;
  tuning: BlendTuning;
  trainedAt: number;
  version: string;
}

const VERSION_CHECK_MS = 60_000;

/**
 * The process-wide recommender over the CRM's orders: trained on first use and retrained when orders
 * change (checked at most once a minute). Training on the demo CRM's 30,000 orders takes about a second.
 */
export async function crmRecommenderOf(services: SkillServices): Promise<CrmRecommender> {
  const holder = await services.artifacts.get('recommendations:crm', async () => ({
    value: undefined as (CrmRecommender & { checkedAt: number }) | undefined,
  }));
  const now = services.clock().getTime();
  const cached = holder.value;
  if (cached && now - cached.checkedAt < VERSION_CHECK_MS) return cached;
  const version = await storeOrdersVersion(services.store);
  if (cached && cached.version === version) {
    cached.checkedAt = now;
    return cached;
  }
  const data = await ordersFromStore(services.store);
  const { model, tuning } = trainRecommender(data.book, { asOf: now });
  const trained = {
    suggester: new ProductSuggester(model),
    tuning,
    trainedAt: now,
    version: data.version,
    checkedAt: now,
  };
  holder.value = trained;
  crmMetrics.setModelVersion('recommender', new Date(now).toISOString());
  return trained;
}
