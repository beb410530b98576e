import { exportAudience } from '../../skills/audiences';
import type { Reply } from '../reply';
import { bulkEmailRequestOf } from '../routing/bulk-email-requests';
import type { IntentHandler } from './intent-handler';

/**
 * "send them an email", "add them to a campaign", "email the champions": CRMPro sends no marketing
 * e-mail. The reply says so plainly and offers what exists: an audience built from a segment and
 * exported as CSV (contacts with e-mail, opt-outs left out) for the e-mail tool, or the conversation's
 * last audience exported; a caller who may not build audiences is pointed at the list's CSV.
 */
export const bulkEmailHandler: IntentHandler = {
  intents: ['bulk_email'],
  handle: async ({ text, caller, memory }): Promise<Reply> => {
    const request = bulkEmailRequestOf(text) ?? {};
    const head =
      "I don't send marketing e-mail: CRMPro is not an e-mail marketing tool and sends no newsletters or campaigns.";
    if (!(exportAudience.roles as readonly string[]).includes(caller.role))
      return {
        text: `${head} A list I show comes with its CSV file where it has one; load that into your e-mail tool, or ask your marketing team.`,
      };
    const segment = request.segment;
    const audience = memory.lastAudience ?? `${segment ?? 'champions'} newsletter`;
    const steps = [
      ...(memory.lastAudience
        ? []
        : [
            `${segment ? '' : 'build an audience from that segment, e.g. '}"build an audience of ${segment ?? 'champions in EMEA'}, call it ${audience}", then`,
          ]),
      `"export the ${audience} audience to CSV": its contacts with their e-mail, opt-outs left out.`,
    ];
    return {
      text: `${head} To e-mail them with your e-mail tool, load a list from here:\n${steps.map((s) => `- ${s}`).join('\n')}\nA segment list I show also comes with its accounts as a CSV file.`,
    };
  },
};
