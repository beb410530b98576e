import { emailPattern, nameKeyOf, type Contact, type ContactChannel } from '../../vocabulary';
import { documentsByIds, type ImportDraft, type ImportKind } from './import-kind';
import { domainOfEmail, parseBoolean, parseChoice, parseDomain, reject } from './value-parsers';

type ContactField =
  | 'firstName'
  | 'lastName'
  | 'fullName'
  | 'email'
  | 'phone'
  | 'title'
  | 'buyingRole'
  | 'account'
  | 'accountDomain'
  | 'primary'
  | 'preferredChannel'
  | 'preferredLanguage'
  | 'emailOptOut'
  | 'phoneOptOut';

const ROLES: Readonly<Record<string, NonNullable<Contact['buyingRole']>>> = {
  champion: 'champion',
  decisionmaker: 'decision_maker',
  economicbuyer: 'decision_maker',
  dm: 'decision_maker',
  influencer: 'influencer',
  evaluator: 'influencer',
  user: 'user',
  enduser: 'user',
  blocker: 'blocker',
  detractor: 'blocker',
};

const CHANNELS: Readonly<Record<string, ContactChannel>> = {
  email: 'email',
  mail: 'email',
  phone: 'phone',
  call: 'phone',
  telephone: 'phone',
  chat: 'chat',
  slack: 'chat',
  teams: 'chat',
};

/** Language names people write in a sheet instead of a tag. */
const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  english: 'en',
  german: 'de',
  deutsch: 'de',
  french: 'fr',
  spanish: 'es',
  portuguese: 'pt',
  italian: 'it',
  dutch: 'nl',
  polish: 'pl',
  japanese: 'ja',
};

/** "de", "pt-br" or "German" → the canonical BCP 47 tag ("de", "pt-BR"). */
function parseLanguage(text: string): string {
  const named = LANGUAGE_NAMES[text.trim().toLowerCase()];
  if (named) return named;
  try {
    const [tag] = Intl.getCanonicalLocales(text.trim());
    if (tag && /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(tag)) return tag;
  } catch {
    // not a language tag: rejected below
  }
  return reject(`preferred language: '${text}' is not a language tag such as en, de or pt-BR`);
}

/** "Jane Cooper" → ["Jane", "Cooper"]; "Cooper, Jane" → ["Jane", "Cooper"]. */
function splitName(full: string): [string, string] {
  if (full.includes(',')) {
    const [last, first] = full.split(',', 2).map((part) => part.trim());
    return [first ?? '', last ?? ''];
  }
  const parts = full.trim().split(/\s+/);
  return parts.length === 1 ? [parts[0]!, ''] : [parts.slice(0, -1).join(' '), parts[parts.length - 1]!];
}

/** Contacts: each needs an account (by name or domain, else the email's domain); matched by email, else by name at the account. */
export const contactImport: ImportKind<ContactField> = {
  collection: 'contacts',
  columns: [
    { field: 'firstName', names: ['first name', 'firstname', 'given name', 'forename'] },
    { field: 'lastName', names: ['last name', 'lastname', 'surname', 'family name'] },
    { field: 'fullName', names: ['name', 'full name', 'contact name', 'contact'] },
    { field: 'email', names: ['email', 'email address', 'e-mail', 'mail', 'work email'] },
    { field: 'phone', names: ['phone', 'phone number', 'telephone', 'mobile', 'tel', 'work phone'] },
    { field: 'title', names: ['title', 'job title', 'position', 'designation'] },
    { field: 'buyingRole', names: ['buying role', 'role', 'persona', 'contact role'] },
    {
      field: 'account',
      names: ['account', 'account name', 'company', 'company name', 'organization', 'organisation'],
    },
    { field: 'accountDomain', names: ['account domain', 'domain', 'company domain', 'website'] },
    { field: 'primary', names: ['primary', 'primary contact', 'is primary'] },
    {
      field: 'preferredChannel',
      names: ['preferred channel', 'contact preference', 'preferred contact method'],
    },
    { field: 'preferredLanguage', names: ['preferred language', 'language', 'locale'] },
    { field: 'emailOptOut', names: ['email opt out', 'unsubscribed', 'no email'] },
    { field: 'phoneOptOut', names: ['phone opt out', 'do not call'] },
  ],
  required: [
    ['fullName', 'lastName', 'firstName'],
    ['account', 'accountDomain', 'email'],
  ],
  needs: { contacts: true },

  parseRow(values, row, { directory }) {
    let firstName = values.firstName;
    let lastName = values.lastName;
    if (!firstName && !lastName && values.fullName) [firstName, lastName] = splitName(values.fullName);
    if (!firstName) reject('first name: is required');
    if (!lastName) reject('last name: is required');
    const email = values.email?.toLowerCase();
    if (email && !emailPattern.test(email)) reject(`email: '${values.email}' is not an email address`);
    const domain = values.accountDomain ? parseDomain(values.accountDomain, 'account domain') : undefined;
    let account;
    if (values.account || domain) account = directory.account(values.account, domain);
    else {
      const emailDomain = email ? domainOfEmail(email) : undefined;
      account =
        (emailDomain && directory.accountByDomain(emailDomain)) ||
        reject(
          `account: none given and no account has the email's domain${emailDomain ? ` ${emailDomain}` : ''}`,
        );
    }

    const fields: Partial<Contact> = {
      accountId: account._id,
      firstName,
      lastName,
      nameKey: nameKeyOf(`${firstName} ${lastName}`),
    };
    if (email) fields.email = email;
    if (values.phone) fields.phone = values.phone;
    if (values.title) fields.title = values.title;
    if (values.buyingRole)
      fields.buyingRole = parseChoice(values.buyingRole, 'buying role', ROLES, [
        'champion',
        'decision maker',
        'influencer',
        'user',
        'blocker',
      ]);
    if (values.primary) fields.primary = parseBoolean(values.primary, 'primary');
    if (values.preferredChannel)
      fields.preferredChannel = parseChoice(values.preferredChannel, 'preferred channel', CHANNELS, [
        'email',
        'phone',
        'chat',
      ]);
    if (values.preferredLanguage) fields.preferredLanguage = parseLanguage(values.preferredLanguage);
    if (values.emailOptOut) fields.emailOptOut = parseBoolean(values.emailOptOut, 'email opt-out');
    if (values.phoneOptOut) fields.phoneOptOut = parseBoolean(values.phoneOptOut, 'phone opt-out');
    const key = email ? `email:${email}` : `name:${account._id}|${fields.nameKey}`;
    const label = email ? `contact email ${email}` : `contact '${firstName} ${lastName}' at ${account.name}`;
    return {
      key,
      label,
      document: { primary: false, ...fields },
      set: { ...fields },
      rows: [row],
    };
  },

  async resolve(drafts: ImportDraft[], { store, directory }) {
    for (const draft of drafts) {
      const email = draft.set.email as string | undefined;
      const found =
        (email ? directory.contactByEmail(email) : undefined) ??
        directory.contactByName(draft.set.accountId as string, draft.set.nameKey as string);
      if (found && (!email || !found.email || found.email === email)) draft.match = found._id;
    }
    return documentsByIds(
      store,
      'contacts',
      drafts.flatMap((draft) => (draft.match ? [draft.match] : [])),
    );
  },

  updateOf: (draft) => ({ $set: draft.set }),
};
