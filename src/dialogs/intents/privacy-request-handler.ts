import {
  personalDataLookup,
  PERSONAL_DATA_KINDS,
  type HeldRecords,
  type PersonOnRecord,
} from '../../skills/personal-data';
import type { Skill } from '../../skills/skill';
import type { Reply } from '../reply';
import { privacyRequestOf, type PrivacyRequest } from '../routing/privacy-requests';
import type { IntentHandler } from './intent-handler';

/** Each kind of record in words: [one, many]. */
const KIND_NAMES: Record<(typeof PERSONAL_DATA_KINDS)[number], [string, string]> = {
  contacts: ['contact', 'contacts'],
  leads: ['lead', 'leads'],
  interactions: ['logged interaction', 'logged interactions'],
  tasks: ['task', 'tasks'],
  conversations: ['chat transcript turn', 'chat transcript turns'],
  conversationState: ['saved conversation state', 'saved conversation states'],
  cases: ['support case', 'support cases'],
};

/** "1 contact, 4 logged interactions, 2 support cases" (kinds with none left out). */
function heldText(held: HeldRecords): string {
  const parts = PERSONAL_DATA_KINDS.flatMap((kind) => {
    const n = held[kind];
    return n ? [`${n} ${KIND_NAMES[kind][n === 1 ? 0 : 1]}`] : [];
  });
  return parts.length ? parts.join(', ') : 'nothing';
}

/** "./nancy-johnson": the export's folder, named after the person. */
function folderOf(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
  return `./${slug || 'person'}`;
}

/** "Nancy Johnson (nancy.johnson@globex.com, contact at Globex Corporation)". */
function whoText(person: PersonOnRecord): string {
  const at = person.company ? ` at ${person.company}` : '';
  return `${person.name} (${[person.email, `${person.kind}${at}`].filter(Boolean).join(', ')})`;
}

/** The commands for one person, with what is held under their e-mail now. */
function commandsFor(action: PrivacyRequest['action'], person: PersonOnRecord): string {
  if (!person.email)
    return `${whoText(person)} has no e-mail on record, and the privacy commands find a person by e-mail: add it to the record first, or remove the record by hand.`;
  const held = `Held under that e-mail now: ${heldText(person.held!)}.`;
  if (action === 'export')
    return [
      `${whoText(person)}:`,
      `  crmpro privacy export --email ${person.email} --out ${folderOf(person.name)}`,
      held,
    ].join('\n');
  return [
    `${whoText(person)}:`,
    `  crmpro privacy erase --email ${person.email} --dry-run   (says what would be erased)`,
    `  crmpro privacy erase --email ${person.email}             (erases it)`,
    held,
  ].join('\n');
}

const WHAT_IT_DOES: Record<PrivacyRequest['action'], string> = {
  erase:
    'The erase deletes their contacts, leads, linked interactions and tasks and any saved conversation state, and replaces their name and e-mail with [erased] in chat transcripts and support cases, all in one transaction; the audit log keeps only the erased record ids. Run it on the CRM server with the bot stopped (docs/operations.md, "Privacy requests").',
  export:
    'It writes one JSON file per kind of record (contacts, leads, interactions, tasks, transcripts, conversation state, cases, knowledge-base mentions) and a summary.md, readable only by you (docs/operations.md, "Privacy requests").',
};

/** The reply to a privacy request for a named person: the exact commands, never the erasure itself. */
function privacyReply(
  action: PrivacyRequest['action'],
  asked: string,
  people: readonly PersonOnRecord[],
): Reply {
  const how =
    action === 'erase'
      ? "Erasing a person's data is done on the command line, not in chat: I haven't erased anything."
      : 'Exporting everything held on a person (an access request) is done on the command line, not in chat.';
  if (!people.length)
    return {
      text: `${how} I found no contact or lead named "${asked}". The command finds a person by e-mail: crmpro privacy ${action === 'erase' ? 'erase --email <their e-mail> --dry-run' : 'export --email <their e-mail> --out <folder>'}.`,
    };
  const several =
    people.length > 1
      ? ` ${people.length} records match "${asked}"; the commands for each:`
      : ' On the CRM server:';
  const byEmail = new Map<string, PersonOnRecord>();
  for (const person of people) byEmail.set(person.email ?? `${person.kind}:${person.name}`, person);
  const blocks = [...byEmail.values()].map((person) => commandsFor(action, person));
  return { text: `${how}${several}\n${blocks.join('\n\n')}\n${WHAT_IT_DOES[action]}` };
}

/**
 * "delete everything we have on nancy johnson", "export all data we hold on nancy johnson": the
 * person's records found and counted, with the `crmpro privacy` commands that erase or export them
 * (erasure is the command line's, never a chat line's). Admins only (the skill's role check).
 */
export const privacyRequestHandler: IntentHandler = {
  intents: ['privacy_request'],
  capability: {
    skill: personalDataLookup as Skill<never, unknown>,
    summary: "find a person's data for a privacy request, with the commands that export or erase it",
    examples: ['delete everything we have on nancy johnson'],
  },
  handle: async ({ text, caller, skills }) => {
    const request = privacyRequestOf(text);
    if (!request?.person)
      return {
        text: 'Whose data? Give me their name or e-mail, e.g. "delete everything we have on Nancy Johnson" or "export all data we hold on nancy.johnson@globex.com".',
      };
    const found = await skills.call(personalDataLookup, { person: request.person }, caller);
    return privacyReply(request.action, request.person, found.people);
  },
};
