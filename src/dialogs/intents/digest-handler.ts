import type { IntentHandler } from './intent-handler';

/**
 * "Send me the daily forecast digest" / "stop the digest": understood, and answered plainly until
 * scheduled digests exist; the forecast itself is one question away.
 */
export const digestHandler: IntentHandler = {
  intents: ['digest_subscribe', 'digest_unsubscribe'],
  handle: async ({ understanding }) => ({
    text:
      understanding.intent === 'digest_unsubscribe'
        ? "You aren't subscribed to any digest: scheduled digests aren't available in this version yet."
        : 'Scheduled digests aren\'t available in this version yet, so I can\'t subscribe you. Meanwhile, ask me "forecast this quarter" or "which deals are at risk?" any time.',
    buttons: [
      { title: 'Forecast this quarter', value: 'forecast this quarter' },
      { title: 'Deals at risk', value: 'which deals are at risk?' },
    ],
  }),
};
