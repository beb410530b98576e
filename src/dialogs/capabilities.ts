import { accountBriefing } from '../skills/account-briefing';
import { mayCall, type Caller, type Skill } from '../skills/skill';
import type { Reply } from './reply';

/** What the bot can do in chat, per skill, with phrasings to suggest in help and greetings. */
interface Capability {
  skill: Skill<never, unknown>;
  summary: string;
  examples: string[];
}

const CAPABILITIES: Capability[] = [
  {
    skill: accountBriefing as Skill<never, unknown>,
    summary: 'brief you on an account: profile, owner, open deals, contacts and recent interactions',
    examples: ['tell me about Acme', 'open deals for Globex', 'who is our contact at Initech'],
  },
];

/** The capabilities this caller's role may use. */
export function capabilitiesFor(caller: Caller): Capability[] {
  return CAPABILITIES.filter((capability) => mayCall(capability.skill as Skill<unknown, unknown>, caller));
}

/** "Hi Sam! ..." with what this caller can ask. */
export function greetingReply(caller: Caller): Reply {
  const name = caller.name?.split(' ')[0];
  const capabilities = capabilitiesFor(caller);
  if (capabilities.length === 0) {
    return { text: `Hi${name ? ` ${name}` : ''}! I'm the CRMPro assistant. I can't answer questions for website visitors yet.` };
  }
  return {
    text: `Hi${name ? ` ${name}` : ''}! I'm your CRM assistant. I can ${capabilities.map((c) => c.summary).join('; ')}.`,
    buttons: capabilities.flatMap((c) => c.examples).slice(0, 4).map((example) => ({ title: example, value: example })),
  };
}

/** Everything this caller can ask, with examples. */
export function helpReply(caller: Caller): Reply {
  const capabilities = capabilitiesFor(caller);
  if (capabilities.length === 0) {
    return { text: "I'm the CRMPro assistant. There is nothing I can do for website visitors yet." };
  }
  return {
    text: `Here is what I can do:\n${capabilities.map((c) => `• ${c.summary}, e.g. "${c.examples[0]}"`).join('\n')}`,
    lists: [{ title: 'Things to try', items: capabilities.flatMap((c) => c.examples.map((example) => ({ title: example }))) }],
    buttons: capabilities.flatMap((c) => c.examples).slice(0, 4).map((example) => ({ title: example, value: example })),
  };
}

/** The honest answer to a message that matches nothing the bot can do. */
export function outOfScopeReply(caller: Caller): Reply {
  const examples = capabilitiesFor(caller).flatMap((c) => c.examples).slice(0, 3);
  return {
    text: examples.length
      ? `Sorry, I can't help with that yet. You can ask me things like: ${examples.map((e) => `"${e}"`).join(', ')}.`
      : "Sorry, I can't help with that yet.",
    buttons: examples.map((example) => ({ title: example, value: example })),
  };
}
