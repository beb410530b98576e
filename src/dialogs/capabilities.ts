import { mayCall, type Caller, type Skill } from '../skills/skill';
import type { Capability } from './intents/intent-handler';
import type { Reply } from './reply';
import type { OutsideRequest } from './routing/requests-outside-the-bot';

/** The capabilities this caller's role may use. */
export function capabilitiesFor(capabilities: readonly Capability[], caller: Caller): Capability[] {
  return capabilities.filter((c) => !c.skill || mayCall(c.skill as Skill<unknown, unknown>, caller));
}

function exampleButtons(capabilities: readonly Capability[], count: number) {
  return capabilities
    .map((c) => c.examples[0]!)
    .slice(0, count)
    .map((example) => ({ title: example, value: example }));
}

/** "Hi Sam! ..." with what this caller can ask. */
export function greetingReply(all: readonly Capability[], caller: Caller): Reply {
  const name = caller.name?.split(' ')[0];
  const capabilities = capabilitiesFor(all, caller);
  const hello = `Hi${name ? ` ${name}` : ''}!`;
  if (capabilities.length === 0) return { text: `${hello} I'm the CRMPro assistant.` };
  const intro = caller.role === 'visitor' ? "I'm the CRMPro assistant." : "I'm your CRM assistant.";
  return {
    text: `${hello} ${intro} I can ${capabilities.map((c) => c.summary).join('; ')}.`,
    buttons: exampleButtons(capabilities, 4),
  };
}

/** Everything this caller can ask, with examples. */
export function helpReply(all: readonly Capability[], caller: Caller): Reply {
  const capabilities = capabilitiesFor(all, caller);
  if (capabilities.length === 0)
    return { text: "I'm the CRMPro assistant. There is nothing I can do for you here yet." };
  return {
    text: `Here is what I can do:\n${capabilities.map((c) => `• ${c.summary}, e.g. "${c.examples[0]}"`).join('\n')}`,
    lists: [
      {
        title: 'Things to try',
        items: capabilities.flatMap((c) => c.examples.map((example) => ({ title: example }))),
      },
    ],
    buttons: exampleButtons(capabilities, 4),
  };
}

/** The honest answer to a message that matches nothing the bot can do for this caller. */
export function outOfScopeReply(all: readonly Capability[], caller: Caller): Reply {
  const capabilities = capabilitiesFor(all, caller);
  const examples = capabilities.map((c) => c.examples[0]!).slice(0, 3);
  return {
    text: examples.length
      ? `Sorry, I can't help with that yet. You can ask me things like: ${examples.map((e) => `"${e}"`).join(', ')}.`
      : "Sorry, I can't help with that yet.",
    buttons: examples.map((example) => ({ title: example, value: example })),
  };
}

/** The honest answer to a message in another language that the bot could not place: it reads English. */
export function otherLanguageReply(all: readonly Capability[], caller: Caller): Reply {
  const examples = capabilitiesFor(all, caller)
    .map((c) => c.examples[0]!)
    .slice(0, 3);
  return {
    text: `Sorry, I only understand English for now. Could you ask in English?${examples.length ? ` For example: ${examples.map((e) => `"${e}"`).join(', ')}.` : ''}`,
    buttons: examples.map((example) => ({ title: example, value: example })),
  };
}

/**
 * The plain answer to a request no CRM assistant does (a poem, a joke, the weather): what it is not,
 * then what this caller can ask instead.
 */
export function outsideRequestReply(kind: OutsideRequest, all: readonly Capability[], caller: Caller): Reply {
  const what =
    kind === 'entertainment'
      ? "Sorry, writing poems, songs, stories or jokes isn't something I do."
      : kind === 'record-deletion'
        ? "Sorry, I can't delete accounts, deals, contacts, leads or cases from chat. Ask your CRM admin if a record should go."
        : "Sorry, I can't look up the weather, news or other general information.";
  if (caller.role === 'visitor')
    return {
      text: `${what} I can only answer questions about the product from our public documentation. What would you like to know?`,
    };
  const examples = capabilitiesFor(all, caller)
    .map((c) => c.examples[0]!)
    .slice(0, 3);
  return {
    text: `${what} I'm your CRM assistant${examples.length ? `: you can ask me things like ${examples.map((e) => `"${e}"`).join(', ')}` : ''}.`,
    buttons: examples.map((example) => ({ title: example, value: example })),
  };
}
