import { greetingReply, helpReply } from '../capabilities';
import type { Capability, IntentHandler } from './intent-handler';

/** Words of thanks ("thx", "cheers", "appreciate it"). */
const THANKED = /\b(?:thanks?|thank you|thx|thnx|thanx|ty|tysm|tyvm|ta|cheers|appreciated?)\b/i;

/** Greetings, help and thanks; greetings and help list what this caller may ask. */
export function smallTalkHandlers(capabilities: () => readonly Capability[]): IntentHandler[] {
  return [
    { intents: ['greeting'], handle: async ({ caller }) => greetingReply(capabilities(), caller) },
    { intents: ['help'], handle: async ({ caller }) => helpReply(capabilities(), caller) },
    {
      intents: ['thanks'],
      // "thanks" is thanked back; "nope all good", "that's all for now" close without being thanked for.
      handle: async ({ text }) => ({
        text: THANKED.test(text)
          ? "You're welcome! Ask me any time."
          : "Alright — I'm here whenever you need me.",
      }),
    },
    {
      intents: ['cancel', 'start_over'],
      handle: async () => ({ text: "There's nothing to cancel. What can I do for you?" }),
    },
  ];
}
