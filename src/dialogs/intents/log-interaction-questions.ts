import type { ContactChoice } from '../../skills/log-interaction';
import type { InteractionType } from '../../vocabulary';
import { YES_NO_BUTTONS, dayLabel, numbered, type SlotQuestion, type SlotTurn } from './slot-filling-dialog';

/** What the person asked to log, filled over the turns of the dialog (plain JSON: it lives in the store). */
export interface InteractionDraft {
  type?: InteractionType;
  /** The account as written, not yet resolved. */
  accountMention?: string;
  account?: { id: string; name: string };
  accountChoices?: Array<{ id: string; label: string }>;
  /** The contact as written, not yet resolved against the account. */
  contactMention?: string;
  /** The contact, or 'none' when the person said it was nobody in particular. */
  contact?: { id: string; name: string } | 'none';
  contactChoices?: ContactChoice[];
  /** Set while the named contact could not be found: the contact question stays open. */
  contactWanted?: boolean;
  summary?: string;
  /** The account and contact were taken from the conversation ("log a call with them"), not named. */
  partiesFromConversation?: boolean;
  /** ISO instant; absent means now. */
  when?: string;
  /** Set when the request asked for a follow-up ("follow up in May"), with its day if one was given. */
  followUp?: { due?: string };
  /** Set once the interaction is saved: what the follow-up task offer needs. */
  logged?: { id: string; accountId: string; accountName: string; contactName?: string; summary: string };
}

/** Words that say which kind of interaction it was, in the order they are looked for. */
export const TYPE_WORDS: ReadonlyArray<[InteractionType, RegExp]> = [
  ['meeting', /\b(meeting|met|meet|demo|lunch|visit(?:ed)?|workshop|on[- ]?site)\b/i],
  ['email', /\b(e-?mail(?:ed)?|wrote)\b/i],
  ['chat', /\b(chat(?:ted)?|slack(?:ed)?|messaged|texted|whatsapp)\b/i],
  ['call', /\b(call(?:ed)?|phoned?|rang|spoke|talked|dialled|dialed)\b/i],
  ['note', /\b(note)\b/i],
];

/** The interaction type a text names, if any (the earliest word wins). */
export function interactionTypeIn(text: string): InteractionType | undefined {
  let best: { type: InteractionType; index: number } | undefined;
  for (const [type, pattern] of TYPE_WORDS) {
    const match = pattern.exec(text);
    if (match && (!best || match.index < best.index)) best = { type, index: match.index };
  }
  return best?.type;
}

/** "Which account was it with?", or the choice between the accounts a name matched. */
export function accountQuestion(draft: InteractionDraft): SlotQuestion {
  return draft.accountChoices
    ? accountChoiceQuestion(draft.accountChoices)
    : { slot: 'account', text: 'Which account was it with?' };
}

/** The numbered choice between accounts a name matched, with a button each. */
export function accountChoiceQuestion(choices: Array<{ label: string }>): SlotQuestion {
  const labels = choices.map((c) => c.label);
  return {
    slot: 'account',
    text: `Which account?\n${numbered(labels)}`,
    buttons: labels.map((label) => ({ title: label, value: label })),
  };
}

/** "Who at Initech was it with?" (nobody is an answer). */
export function contactQuestion(accountName: string): SlotQuestion {
  return { slot: 'contact', text: `Who at ${accountName} was it with? (or say "nobody")` };
}

/** The numbered choice between the contacts a name matched at the account. */
export function contactChoiceQuestion(accountName: string, choices: ContactChoice[]): SlotQuestion {
  const labels = choices.map((c) => (c.title ? `${c.name} (${c.title})` : c.name));
  return {
    slot: 'contact',
    text: `Which contact at ${accountName}?\n${numbered(labels)}`,
    buttons: [
      ...choices.map((c) => ({ title: c.name, value: c.name })),
      { title: 'Nobody in particular', value: 'nobody' },
    ],
  };
}

/** The offer of a follow-up task after saving, due on the day the request named if any. */
export function followUpQuestion(draft: InteractionDraft, turn: SlotTurn): SlotQuestion {
  const title = taskTitle(draft.logged!);
  const due = draft.followUp?.due;
  const text = due
    ? `Shall I create a follow-up task "${title}" due ${dayLabel(new Date(`${due}T12:00:00Z`), 'UTC', turn.now)}? (yes / no / another day)`
    : `Shall I create a follow-up task "${title}"? (yes / no / a day such as "next Friday")`;
  return { slot: 'follow-up', text, buttons: YES_NO_BUTTONS };
}

/** "Log a call with Jane Park at Initech on 25 Nov: 'discussed renewal'". */
export function confirmationText(draft: InteractionDraft, turn: SlotTurn): string {
  const contact = draft.contact && draft.contact !== 'none' ? ` with ${draft.contact.name}` : '';
  const when = dayLabel(draft.when ? new Date(draft.when) : turn.now, turn.caller.timezone, turn.now);
  const article = draft.type === 'email' ? 'an' : 'a';
  return `Log ${article} ${draft.type}${contact} at ${draft.account!.name} on ${when}: "${draft.summary}"`;
}

/** "Follow up with Jane Park at Initech: discussed renewal", cut to a task title's length. */
export function taskTitle(logged: NonNullable<InteractionDraft['logged']>): string {
  const title = `Follow up with ${logged.contactName ?? logged.accountName}${logged.contactName ? ` at ${logged.accountName}` : ''}: ${logged.summary}`;
  return title.length > 160 ? `${title.slice(0, 157)}...` : title;
}

/** "Acme Logistics (acmelogistics.com)" → "Acme Logistics". */
export function nameOfLabel(label: string): string {
  return label.replace(/\s+\([^)]*\)$/, '');
}
