import type { Activity } from 'botbuilder';
import { crmMetrics } from '../../core/metrics';

/** The channel ids that become their own label value; any other (a sender's choice) is `other`. */
const KNOWN_CHANNELS = new Set([
  'msteams',
  'slack',
  'webchat-local',
  'widget',
  'cli',
  'emulator',
  'webchat',
  'directline',
  'test',
]);

/** The `channel` label of an activity: its channel id when known, else `other` (bounded cardinality). */
export function channelLabel(activity: Partial<Activity>): string {
  const id = activity.channelId;
  return id !== undefined && KNOWN_CHANNELS.has(id) ? id : 'other';
}

/**
 * Records one message turn on `/metrics`: `crmpro_turns_total{channel, intent}` and its round trip
 * in `crmpro_message_round_trip_seconds{channel}`, measured from `startedAt` (performance.now()).
 */
export function recordTurn(activity: Partial<Activity>, intent: string | undefined, startedAt: number): void {
  const channel = channelLabel(activity);
  crmMetrics.turns.inc({ channel, intent: intent ?? 'none' });
  crmMetrics.roundTrip.observe({ channel }, (performance.now() - startedAt) / 1000);
}
