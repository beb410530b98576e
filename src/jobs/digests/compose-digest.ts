import type { SkillServices } from '../../skills/skill';
import type { User } from '../../vocabulary';
import type { DigestSubscription } from '../../vocabulary/digest';
import { composeAccountsToCallDigest, type AccountsToCallFigures } from './accounts-to-call-digest';
import { composeForecastDigest, type ComposedDigest, type ForecastDigestFigures } from './forecast-digest';
import { composeSegmentMovementDigest, type SegmentMovementFigures } from './segment-movement-digest';

/** The figures of any digest kind (`kind` tells which). */
export type DigestFigures = ForecastDigestFigures | AccountsToCallFigures | SegmentMovementFigures;

/** Composes a subscription's digest, whatever its kind; sends and records nothing. */
export function composeDigest(
  services: SkillServices,
  subscription: DigestSubscription,
  user: User,
): Promise<ComposedDigest<DigestFigures>> {
  switch (subscription.kind) {
    case 'forecast':
      return composeForecastDigest(services, subscription, user);
    case 'accounts-to-call':
      return composeAccountsToCallDigest(services, subscription, user);
    case 'segment-movement':
      return composeSegmentMovementDigest(services, subscription, user);
  }
}
