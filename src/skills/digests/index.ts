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
  salesTarget,
  targetPeriodOfWords,
  type SalesTargetAnswer,
  salesTargetOf,
  salesTargetIdOf,
  targetPeriodOf,
  TARGET_PERIOD,
} from './sales-targets';
export { digestDeals } from './digest-deals';
export { DigestLedger, type DeliveryClaim } from './digest-ledger';
export {
  accountsToCall,
  CALL_REASONS,
  NO_CONTACT_DAYS,
  RENEWAL_DAYS,
  SCORE_FALL,
  type CallReason,
  type AccountsToCall,
  type AccountToCall,
} from './accounts-to-call';
