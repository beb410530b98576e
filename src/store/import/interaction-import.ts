import { emailPattern, nameKeyOf, type Interaction, type InteractionType } from '../../vocabulary';
import { type ImportDraft, type ImportKind } from './import-kind';
import { parseChoice, parseDate, parseDomain, parseNumber, reject } from './value-parsers';

type InteractionField =
  | 'type'
  | 'occurredAt'
  | 'summary'
  | 'account'
  | 'accountDomain'
  | 'contact'
  | 'user'
  | 'deal'
  | 'duration'
  | 'direction';

const TYPES: Readonly<Record<string, InteractionType>> = {
  call: 'call',
  phone: 'call',
  phonecall: 'call',
  calllogged: 'call',
  voicemail: 'call',
  email: 'email',
  mail: 'email',
  emailsent: 'email',
  emailreceived: 'email',
  meeting: 'meeting',
  demo: 'meeting',
  visit: 'meeting',
  videocall: 'meeting',
  event: 'meeting',
  note: 'note',
  notes: 'note',
  comment: 'note',
  chat: 'chat',
  message: 'chat',
  slack: 'chat',
  teams: 'chat',
  sms: 'chat',
  whatsapp: 'chat',
  livechat: 'chat',
};
const DIRECTIONS: Readonly<Record<string, NonNullable<Interaction['direction']>>> = {
  inbound: 'inbound',
  in: 'inbound',
  incoming: 'inbound',
  received: 'inbound',
  outbound: 'outbound',
  out: 'outbound',
  outgoing: 'outbound',
  sent: 'outbound',
};

function keyOf(fields: Partial<Interaction>): string {
  return [
    fields.type,
    fields.occurredAt!.toISOString(),
    fields.accountId ?? '',
    fields.contactId ?? '',
    nameKeyOf(fields.summary ?? '').slice(0, 200),
  ].join('|');
}

/** Interactions: type, date, summary and an account or contact needed; the same type, time, people and summary again updates instead of duplicating. */
export const interactionImport: ImportKind<InteractionField> = {
  collection: 'interactions',
  columns: [
    { field: 'type', names: ['type', 'activity type', 'interaction type', 'activity', 'kind', 'channel'] },
    {
      field: 'occurredAt',
      names: ['date', 'occurred at', 'when', 'timestamp', 'activity date', 'date time', 'datetime', 'time'],
    },
    {
      field: 'summary',
      names: ['summary', 'subject', 'notes', 'note', 'description', 'details', 'comments'],
    },
    {
      field: 'account',
      names: ['account', 'account name', 'company', 'company name', 'organization', 'organisation'],
    },
    { field: 'accountDomain', names: ['account domain', 'domain', 'company domain', 'website'] },
    { field: 'contact', names: ['contact email', 'contact', 'email', 'with', 'contact name'] },
    {
      field: 'user',
      names: ['user', 'user email', 'owner', 'owner email', 'rep', 'sales rep', 'logged by', 'assigned to'],
    },
    { field: 'deal', names: ['deal', 'deal name', 'opportunity', 'opportunity name'] },
    { field: 'duration', names: ['duration', 'duration minutes', 'duration (min)', 'minutes'] },
    { field: 'direction', names: ['direction', 'inbound/outbound'] },
  ],
  required: [['type'], ['occurredAt'], ['summary'], ['account', 'accountDomain', 'contact']],
  needs: { contacts: true, deals: true },

  parseRow(values, row, { directory, options }) {
    const type = parseChoice(values.type ?? reject('type: is required'), 'type', TYPES, [
      'call',
      'email',
      'meeting',
      'note',
      'chat',
    ]);
    const occurredAt = parseDate(values.occurredAt ?? reject('date: is required'), 'date');
    const summary = values.summary ?? reject('summary: is required');
    const domain = values.accountDomain ? parseDomain(values.accountDomain, 'account domain') : undefined;
    let account = values.account || domain ? directory.account(values.account, domain) : undefined;
    let contactId: string | undefined;
    if (values.contact) {
      const byEmail = emailPattern.test(values.contact);
      const contact = byEmail
        ? directory.contactByEmail(values.contact)
        : account
          ? directory.contactByName(account._id, nameKeyOf(values.contact))
          : reject(
              `contact: '${values.contact}' is not an email address (a contact name needs the account column)`,
            );
      if (!contact)
        reject(
          `contact: unknown contact '${values.contact}'${account && !byEmail ? ` at ${account.name}` : ''}`,
        );
      if (account && contact.accountId !== account._id)
        reject(`contact: ${values.contact} is not at ${account.name}`);
      account ??= directory.accountById(contact.accountId);
      contactId = contact._id;
    }
    if (!account && !contactId) reject('account: an account or a contact is required');

    const fields: Partial<Interaction> = { type, occurredAt, summary };
    if (account) fields.accountId = account._id;
    if (contactId) fields.contactId = contactId;
    if (values.user) fields.userId = directory.user(values.user, 'user')._id;
    if (values.deal) {
      if (!account) reject('deal: needs the account');
      fields.dealId = (
        directory.deal(account._id, values.deal) ??
        reject(`deal: unknown deal '${values.deal}' at ${account.name}`)
      )._id;
    }
    if (values.duration) fields.durationMinutes = parseNumber(values.duration, 'duration');
    if (values.direction)
      fields.direction = parseChoice(values.direction, 'direction', DIRECTIONS, ['inbound', 'outbound']);
    if (options.sentimentOf) fields.sentiment = options.sentimentOf(summary);
    const label = `${type} on ${occurredAt.toISOString().slice(0, 16).replace('T', ' ')}${account ? ` with ${account.name}` : ''}`;
    return {
      key: keyOf(fields),
      label,
      document: { ...fields },
      set: { ...fields },
      rows: [row],
    };
  },

  async resolve(drafts: ImportDraft[], { store }) {
    const existing = new Map<string, Record<string, unknown>>();
    const byKey = new Map<string, Record<string, unknown>>();
    const dates = [...new Set(drafts.map((draft) => (draft.set.occurredAt as Date).getTime()))].map(
      (time) => new Date(time),
    );
    for (let offset = 0; offset < dates.length; offset += 500) {
      for (const stored of await store.interactions.find({
        occurredAt: { $in: dates.slice(offset, offset + 500) },
      })) {
        byKey.set(keyOf(stored), stored as unknown as Record<string, unknown>);
      }
    }
    for (const draft of drafts) {
      const stored = byKey.get(draft.key);
      if (stored) {
        draft.match = stored._id as string;
        existing.set(draft.match, stored);
      }
    }
    return existing;
  },

  updateOf: (draft) => ({ $set: draft.set }),
};
