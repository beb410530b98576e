import { accountHistories, type ChurnCaseRecord, type ChurnRecords } from '../../ml/churn/account-history';
import {
  CHURN_MODEL_NAME,
  loadLatestChurnModel,
  saveChurnModel,
  trainChurnModel,
  type ChurnModel,
  type ChurnRisk,
} from '../../ml/churn/churn-model';
import { scoreSentiment, SENTIMENT_LEXICON } from '../../ml/sentiment';
import type { Store } from '../../store/store';
import type { Account } from '../../vocabulary';
import type { SkillServices } from '../skill';
import { ModelHolder, trainedDirOf } from './model-holder';

/** The process's churn model: from disk (trained or shipped), else trained once from the CRM. */
const churnModels = new ModelHolder<ChurnModel>({
  cacheKey: 'churn:model',
  name: CHURN_MODEL_NAME,
  loadLatest: loadLatestChurnModel,
  train: async (services) => (await retrainChurnModel(services)).model,
});

/** The store's cases collection, where this version of the store has one. */
function casesOf(
  store: Store,
): { find(filter: object, options?: object): Promise<ChurnCaseRecord[]> } | undefined {
  return (
    store as unknown as { cases?: { find(filter: object, options?: object): Promise<ChurnCaseRecord[]> } }
  ).cases;
}

/** Loads what the churn model reads, for every account or for the given ones. */
export async function loadChurnRecords(store: Store, accountIds?: readonly string[]): Promise<ChurnRecords> {
  const byAccount = accountIds ? { accountId: { $in: [...accountIds] } } : {};
  const cases = casesOf(store);
  const [accounts, orders, interactions, deals, contacts, caseList] = await Promise.all([
    store.accounts.find(accountIds ? { _id: { $in: [...accountIds] } } : {}, {
      projection: { name: 1, status: 1, churnedAt: 1, createdAt: 1, size: 1, ownerId: 1 },
    }),
    store.orders.find(byAccount, { projection: { accountId: 1, orderedAt: 1, status: 1 } }),
    store.interactions.find(accountIds ? byAccount : { accountId: { $exists: true } }, {
      projection: { accountId: 1, occurredAt: 1, sentiment: 1, summary: 1 },
    }),
    store.deals.find(byAccount, {
      projection: { accountId: 1, type: 1, stage: 1, stageHistory: 1, closedAt: 1, createdAt: 1 },
    }),
    store.contacts.find(
      { ...byAccount, buyingRole: 'champion' },
      { projection: { accountId: 1, buyingRole: 1, leftAt: 1, createdAt: 1, firstName: 1, lastName: 1 } },
    ),
    cases
      ? cases.find(byAccount, {
          projection: { accountId: 1, priority: 1, status: 1, createdAt: 1, resolvedAt: 1 },
        })
      : Promise.resolve([] as ChurnCaseRecord[]),
  ]);
  return { accounts, orders, interactions, deals, contacts, cases: caseList };
}

/**
 * The newest trained churn model, loaded once per process and swapped when a newer version appears
 * under churn/ in the trained models' directory (DATA_DIR/models) or the shipped models (checked at
 * most once a minute). When none was ever trained, one is trained from the CRM now (once, however
 * many turns ask) and saved, as the lead score does.
 */
export function churnModelOf(services: SkillServices): Promise<ChurnModel> {
  return churnModels.modelOf(services);
}

/**
 * Trains the churn model from the whole CRM as of `asOf` (default now; it also names the version),
 * writes churn/<version>/ in the trained models' directory (TRAINED_MODELS_DIR, by default
 * DATA_DIR/models) and makes this process use it.
 */
export async function retrainChurnModel(
  services: SkillServices,
  options: { asOf?: Date } = {},
): Promise<{ model: ChurnModel; dir: string }> {
  const records = await loadChurnRecords(services.store);
  const model = trainChurnModel(records, options.asOf ?? services.clock(), {
    sentimentOf: scoreSentiment,
    lexicon: SENTIMENT_LEXICON,
  });
  const dir = await saveChurnModel(trainedDirOf(services), model);
  await churnModels.adopt(services, model);
  services.logger.info({ version: model.version, metrics: model.card.metrics.test }, 'churn model trained');
  return { model, dir };
}

/**
 * Who may see churn risks: the people who keep customers (reps for their team's accounts, managers,
 * support) and admins and analysts. Not marketing: retention calls are the account team's, and
 * marketing's view of the same customers is the segments ("at risk") and audiences. Never visitors.
 */
export const CHURN_RISK_ROLES = ['rep', 'manager', 'support', 'admin', 'analyst'] as const;

/**
 * An account's churn risk when a churn model is ready (loaded, or on disk), else undefined: never
 * trains one, and never fails; scored once a day per account and process (`dailyChurnRisk`). The
 * server's warm-up trains the model before the port opens.
 */
export async function churnRiskIfReady(
  services: SkillServices,
  account: Pick<Account, '_id' | 'name' | 'ownerId'>,
  now: Date,
): Promise<AccountChurnRisk | undefined> {
  try {
    if (!(await churnModels.isReady(services))) return undefined;
    const model = await churnModelOf(services);
    return await dailyChurnRisk(services, account, now, model.version);
  } catch (error) {
    services.logger.debug({ err: error }, 'churn risk not available for the briefing');
    return undefined;
  }
}

/** Briefings' churn risks of the day, per account (null: no history to score). */
interface DailyRisks {
  day: string;
  version: string;
  risks: Map<string, AccountChurnRisk | null>;
}
const DAILY_RISKS_KEY = 'churn:daily-risks';
/** Accounts whose risk of the day is kept at most; past it the day's cache starts again. */
const DAILY_RISKS_MAX = 10_000;

/**
 * An account's churn risk, scored once a day per process: scoring reads the account's whole
 * history (orders, interactions, cases), which cost more than the rest of a briefing, and the
 * model's features are 90-day windows that a day's new records barely move.
 */
async function dailyChurnRisk(
  services: SkillServices,
  account: Pick<Account, '_id' | 'name' | 'ownerId'>,
  now: Date,
  version: string,
): Promise<AccountChurnRisk | undefined> {
  const day = now.toISOString().slice(0, 10);
  const cache = await services.artifacts.get<DailyRisks>(DAILY_RISKS_KEY, async () => ({
    day,
    version,
    risks: new Map(),
  }));
  if (cache.day !== day || cache.version !== version || cache.risks.size >= DAILY_RISKS_MAX) {
    cache.day = day;
    cache.version = version;
    cache.risks.clear();
  }
  if (cache.risks.has(account._id)) return cache.risks.get(account._id) ?? undefined;
  const risk = (await churnRisksOf(services, [account], now))[0];
  cache.risks.set(account._id, risk ?? null);
  return risk;
}

/** An account with its churn risk as of now. */
export interface AccountChurnRisk extends ChurnRisk {
  accountId: string;
  account: string;
  ownerId?: string;
  modelVersion: string;
}

/** The churn risk of each given account as of `now`, in the order given. */
export async function churnRisksOf(
  services: SkillServices,
  accounts: readonly Pick<Account, '_id' | 'name' | 'ownerId'>[],
  now: Date,
  reasons = 3,
): Promise<AccountChurnRisk[]> {
  if (!accounts.length) return [];
  const model = await churnModelOf(services);
  const records = await loadChurnRecords(
    services.store,
    accounts.map((a) => a._id),
  );
  const histories = accountHistories(records, scoreSentiment);
  return accounts.flatMap((account) => {
    const history = histories.get(account._id);
    if (!history) return [];
    return [
      {
        accountId: account._id,
        account: account.name,
        ...(account.ownerId ? { ownerId: account.ownerId } : {}),
        ...model.explain(history, now, reasons),
        modelVersion: model.version,
      },
    ];
  });
}
