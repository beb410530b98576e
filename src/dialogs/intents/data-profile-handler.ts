import { profileCollection, type DataProfile } from '../../skills/data-profile';
import type { Skill } from '../../skills/skill';
import type { Reply } from '../reply';
import { formatPercent } from '../replies/format';
import {
  duplicateRequestOf,
  isDataSizeQuestion,
  missingFieldRequestOf,
  profileRequestOf,
  type ProfiledCollection,
} from '../routing/profile-requests';
import type { IntentHandler } from './intent-handler';
import { recordQueryHandler, recordQuestionAllowed } from './record-query-handler';

const COLLECTION_LIST = 'accounts, contacts, leads, deals, interactions, orders or cases';
/** Fields shown with their missing share: the worst few. */
const MOST_MISSING = 5;

/** The profile in a few lines: rows, the fields most often empty, references pointing nowhere, duplicates. */
function profileReply(profile: DataProfile): Reply {
  const count = (n: number) => n.toLocaleString('en-US');
  const missing = profile.fields
    .filter((f) => f.missing > 0)
    .sort((a, b) => b.missingShare - a.missingShare)
    .slice(0, MOST_MISSING)
    .map((f) => `${f.name} ${formatPercent(f.missingShare)}`);
  const orphans = profile.orphans
    .filter((o) => o.dangling > 0)
    .map((o) => `${count(o.dangling)} with a ${o.column} that matches no ${o.target}`);
  const duplicates = profile.duplicates
    .filter((d) => d.groups > 0)
    .map((d) => `${count(d.records)} records share ${count(d.groups)} ${d.column} values`);
  const lines = [
    `${count(profile.rows)} ${profile.collection}, ${profile.fields.length} fields profiled.`,
    `Most often empty: ${missing.length ? missing.join(', ') : 'no field has missing values'}.`,
    `References pointing nowhere: ${orphans.length ? orphans.join('; ') : 'none'}.`,
    ...(profile.unattached?.count
      ? [`Tied to no customer: ${count(profile.unattached.count)} records.`]
      : []),
    `Duplicates: ${duplicates.length ? duplicates.join('; ') : 'none'}.`,
    `The full report with every field's values and charts: crmpro data profile ${profile.collection} --report DIR`,
  ];
  return { title: `Profile of ${profile.collection}`, text: lines.join('\n') };
}

/** "174 of 1,010 contacts have no phone (17%)." from the collection's profile. */
function missingFieldReply(profile: DataProfile, field: string, listed = false): Reply {
  const count = (n: number) => n.toLocaleString('en-US');
  const column = profile.fields.find((f) => f.name === field);
  if (!column)
    return {
      text: `The ${profile.collection} have no ${field} field. Their fields: ${profile.fields.map((f) => f.name).join(', ')}.`,
    };
  const text = column.missing
    ? `${count(column.missing)} of ${count(profile.rows)} ${profile.collection} have no ${field} (${formatPercent(column.missingShare)}).`
    : `None: all ${count(profile.rows)} ${profile.collection} have a ${field}.`;
  // "which contacts have no email": the records named too (the first ones by name).
  const named = listed ? (profile.missingRecords ?? []) : [];
  const more = column.missing > named.length ? ` (the first ${named.length} by name)` : '';
  return {
    title: `${profile.collection} without ${field}`.replace(/^./, (c) => c.toUpperCase()),
    text: [
      named.length ? `${text} They are${more}:` : text,
      ...named.map((r) => `• ${r.name}`),
      `Every field's missing values: "profile the ${profile.collection} collection".`,
    ].join(named.length ? '\n' : ' '),
  };
}

/** Asking for the records themselves, not only how many: "which contacts …", "list …", "show me …", "who …". */
const LIST_ASKED =
  /^\s*(?:(?:please|pls|can\s+you|could\s+you)\s+)?(?:which|who|list|show|give\s+me|get\s+me|name|what\s+(?:contacts|leads|accounts|people))\b|\b(?:names?\s+of|list\s+(?:of\s+)?(?:the|them|all))\b/i;

/**
 * "any duplicate accounts?": the collection's unique keys held by several records ("No duplicate
 * accounts: no two of the 400 accounts share a name or a domain."), with the largest groups.
 */
function duplicatesReply(profile: DataProfile): Reply {
  const count = (n: number) => n.toLocaleString('en-US');
  const KEY_WORDS: Record<string, string> = {
    nameKey: 'name',
    domain: 'domain',
    email: 'e-mail address',
    'accountId+nameKey': 'name at one account',
  };
  const keys = profile.duplicates.map((d) => KEY_WORDS[d.column] ?? d.column);
  const found = profile.duplicates.filter((d) => d.groups > 0);
  const checked = `compared without case and spacing`;
  if (!found.length)
    return {
      title: `Duplicate ${profile.collection}`,
      text: `No duplicate ${profile.collection}: no two of the ${count(profile.rows)} ${profile.collection} share ${keys.map((k) => `${/^[aeiou]/.test(k) ? 'an' : 'a'} ${k}`).join(' or ')} (${checked}).`,
    };
  const lines = found.map(
    (d) =>
      `${count(d.records)} ${profile.collection} ${
        d.column === 'accountId+nameKey'
          ? `are ${count(d.groups)} ${d.groups === 1 ? 'person' : 'people'} entered more than once at the same account (same name)`
          : `share ${count(d.groups)} ${KEY_WORDS[d.column] ?? d.column} value${d.groups === 1 ? '' : 's'}`
      }, e.g. ${d.examples
        .slice(0, 3)
        .map((e) => `"${e.value}" (${e.count})`)
        .join(', ')}`,
  );
  return {
    title: `Duplicate ${profile.collection}`,
    text: [`Possible duplicate ${profile.collection} (${checked}):`, ...lines.map((l) => `• ${l}`)].join(
      '\n',
    ),
  };
}

const COLLECTIONS: readonly ProfiledCollection[] = [
  'accounts',
  'contacts',
  'leads',
  'deals',
  'interactions',
  'orders',
  'cases',
];

/** "how big is our database": the records of each collection, from their profiles, the biggest first. */
async function dataSizeReply(
  profile: (collection: ProfiledCollection) => Promise<DataProfile>,
): Promise<Reply> {
  const profiles = [];
  for (const collection of COLLECTIONS) profiles.push(await profile(collection));
  const total = profiles.reduce((sum, p) => sum + p.rows, 0);
  const count = (n: number) => n.toLocaleString('en-US');
  const rows = [...profiles].sort((a, b) => b.rows - a.rows);
  return {
    title: 'Records in the CRM',
    text: [
      `The CRM holds ${count(total)} records in its ${COLLECTIONS.length} collections of customer data:`,
      ...rows.map((p) => `• ${p.collection} — ${count(p.rows)}`),
      'That is records, not bytes: the size on disk is that of the store (DATA_DIR/crmpro.sqlite, or MongoDB\'s db.stats()). For one collection\'s missing values and duplicates: "profile the deals collection".',
    ].join('\n'),
    lists: [
      {
        title: 'Records in the CRM',
        items: rows.map((p) => ({ title: p.collection, value: count(p.rows) })),
      },
    ],
  };
}

/**
 * "profile the deals collection", "profile contacts", "data quality of the leads": the profile of
 * one collection from the `profile-collection` skill (admins and analysts), in a few lines, with the
 * command that writes the full report. Other roles are told plainly who may profile data.
 */
export const dataProfileHandler: IntentHandler = {
  intents: ['data_profile'],
  capability: {
    skill: profileCollection as Skill<never, unknown>,
    summary: 'profile a collection of CRM records: missing values, references pointing nowhere, duplicates',
    examples: ['profile the deals collection'],
  },
  handle: async (turn) => {
    const { text, caller, skills } = turn;
    if (!skills.mayCall(profileCollection as Skill<never, unknown>, caller)) {
      // "how many contacts have no email address" from marketing: the contacts themselves, which it sees.
      if (turn.understanding.question && recordQuestionAllowed(turn.understanding, caller))
        return recordQueryHandler.handle({
          ...turn,
          understanding: { ...turn.understanding, intent: 'record_query' },
        });
      return { text: "I can't profile CRM data for you: data profiles are for admins and analysts." };
    }
    if (isDataSizeQuestion(text))
      return dataSizeReply((collection) => skills.call(profileCollection, { collection }, caller));
    // "how many contacts dont have a phone number": one field's missing count.
    const missing = missingFieldRequestOf(text);
    if (missing) {
      // "which contacts have no email": the records named too.
      const listed = LIST_ASKED.test(text);
      return missingFieldReply(
        await skills.call(
          profileCollection,
          { collection: missing.collection, ...(listed ? { missingOf: missing.field } : {}) },
          caller,
        ),
        missing.field,
        listed,
      );
    }
    // "any duplicate accounts?": the duplicate checks of that collection's profile.
    const duplicates = duplicateRequestOf(text);
    if (duplicates) return duplicatesReply(await skills.call(profileCollection, duplicates, caller));
    const collection = profileRequestOf(text)?.collection;
    if (!collection) return { text: `Which collection should I profile? One of ${COLLECTION_LIST}.` };
    return profileReply(await skills.call(profileCollection, { collection }, caller));
  },
};
