import { greetingReply, helpReply } from '../capabilities';
import type { Capability, IntentHandler } from './intent-handler';

/** Greetings, help and thanks; greetings and help list what this caller may ask. */
export function smallTalkHandlers(capabilities: () => readonly Capability[]): IntentHandler[] {
  return [
    { intents: ['greeting'], handle: async ({ caller }) => greetingReply(capabilities(), caller) },
    { intents: ['help'], handle: async ({ caller }) => helpReply(capabilities(), caller) },
    { intents: ['thanks'], handle: async () => ({ text: "You're welcome!" }) },
    {
      intents: ['cancel', 'start_over'],
      handle: async () => ({ text: "There's nothing to cancel. What can I do for you?" }),
    },
  ];
}
