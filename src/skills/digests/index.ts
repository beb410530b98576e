export { parseDigestSchedule, assertTimeZone, type DigestSchedule } from './digest-schedule';
export {
  subscribeDigest,
  unsubscribeDigest,
  listDigestSubscriptions,
  subscriptionIdOf,
  DEFAULT_SCHEDULE,
  type SubscribeDigestResult,
  type ListedSubscription,
} from './subscriptions';
export {
  setSalesTarget,
  salesTargetOf,
  salesTargetIdOf,
  targetPeriodOf,
  TARGET_PERIOD,
} from './sales-targets';
export { digestDeals } from './digest-deals';
export { DigestLedger, type DeliveryClaim } from './digest-ledger';
