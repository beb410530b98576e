import { z } from 'zod';
import { findPersonalData, type PersonalData } from '../../store/maintenance/personal-data';
import { nameKeyOf } from '../../vocabulary';
import { defineSkill } from '../skill';

/** The kinds of records `crmpro privacy export|erase` finds for a person, in its order. */
export const PERSONAL_DATA_KINDS = [
  'contacts',
  'leads',
  'interactions',
  'tasks',
  'conversations',
  'conversationState',
  'cases',
] as const;

/** How many records of each kind the store holds about one e-mail address. */
export type HeldRecords = Record<(typeof PERSONAL_DATA_KINDS)[number], number>;

/** A contact or lead the name or e-mail asked about names, and what is held under their e-mail. */
export interface PersonOnRecord {
  kind: 'contact' | 'lead';
  name: string;
  email?: string;
  /** The contact's account, or the company a lead named. */
  company?: string;
  /** What the privacy commands would export or erase for this e-mail; absent without one. */
  held?: HeldRecords;
}

/** The people a privacy request names, found in the CRM. */
export interface PersonalDataLookup {
  asked: string;
  people: PersonOnRecord[];
}

/** People looked at for one name; more than any CRM has of one name. */
const LIMIT = 20;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function heldOf(data: PersonalData): HeldRecords {
  return Object.fromEntries(PERSONAL_DATA_KINDS.map((kind) => [kind, data[kind].length])) as HeldRecords;
}

/**
 * Finds the contacts and leads a person's name or e-mail names and counts what the store holds
 * about each e-mail (what `crmpro privacy export` would write and `crmpro privacy erase` remove:
 * contacts, leads, interactions, tasks, transcript turns, conversation state, cases). Reads only;
 * erasing stays on the command line. Admins only.
 */
export const personalDataLookup = defineSkill({
  name: 'personal-data-lookup',
  description:
    "Find the contacts and leads a person's name or e-mail names, with the personal data held about each e-mail (counts per kind: what `crmpro privacy export` / `crmpro privacy erase` would export or erase). Reads only. Admins only.",
  roles: ['admin'],
  input: z.object({ person: z.string().trim().min(2).max(200) }),
  run: async (input, { services }): Promise<PersonalDataLookup> => {
    const { store } = services;
    const byEmail = EMAIL.test(input.person);
    const emailPattern = new RegExp(`^${escapeRegex(input.person)}$`, 'i');
    const [contacts, leads] = await Promise.all([
      store.contacts.find(byEmail ? { email: emailPattern } : { nameKey: nameKeyOf(input.person) }, {
        limit: LIMIT,
      }),
      store.leads.find(byEmail ? { email: emailPattern } : { name: emailPattern }, { limit: LIMIT }),
    ]);
    const accountIds = [...new Set(contacts.flatMap((c) => (c.accountId ? [c.accountId] : [])))];
    const accounts = accountIds.length
      ? await store.accounts.find({ _id: { $in: accountIds } }, { projection: { name: 1 } })
      : [];
    const accountName = new Map(accounts.map((a) => [a._id, a.name]));
    const found: Omit<PersonOnRecord, 'held'>[] = [
      ...contacts.map((c) => ({
        kind: 'contact' as const,
        name: `${c.firstName} ${c.lastName}`.trim(),
        ...(c.email ? { email: c.email.toLowerCase() } : {}),
        ...(c.accountId && accountName.has(c.accountId) ? { company: accountName.get(c.accountId)! } : {}),
      })),
      ...leads.map((l) => ({
        kind: 'lead' as const,
        name: l.name,
        ...(l.email ? { email: l.email.toLowerCase() } : {}),
        ...(l.company ? { company: l.company } : {}),
      })),
    ];
    // One count per e-mail: a contact and a lead with the same address are the same person's data.
    const held = new Map<string, HeldRecords>();
    for (const email of new Set(found.flatMap((p) => (p.email ? [p.email] : []))))
      held.set(email, heldOf(await findPersonalData(store, email)));
    return {
      asked: input.person,
      people: found.map((p) => (p.email ? { ...p, held: held.get(p.email)! } : p)),
    };
  },
});
