import { nameKeyOf, type Account, type Contact } from '../../vocabulary';
import { addDays } from './calendar';
import { isWellKnownAccount } from './demo-accounts';
import type { SeedDocument, SeedWindow } from './demo-crm';
import { PEOPLE_NAMES } from './demo-names';
import { emailLocalPart } from './demo-users';
import { demoCountryNamed } from './geography';
import type { Random } from './random';

type BuyingRole = NonNullable<Contact['buyingRole']>;

const TITLES: Readonly<Record<BuyingRole, readonly string[]>> = {
  decision_maker: [
    'CEO',
    'CFO',
    'COO',
    'CTO',
    'VP Sales',
    'VP Operations',
    'Head of IT',
    'Director of Procurement',
  ],
  champion: [
    'Sales Operations Manager',
    'Director of Revenue Operations',
    'IT Manager',
    'Head of Customer Success',
    'Operations Director',
  ],
  influencer: [
    'Solutions Architect',
    'Finance Manager',
    'Procurement Manager',
    'Senior Analyst',
    'Product Manager',
  ],
  user: [
    'Account Executive',
    'Sales Representative',
    'Customer Success Manager',
    'Business Analyst',
    'Office Manager',
  ],
  blocker: ['Information Security Officer', 'Legal Counsel', 'IT Security Manager'],
};

/** Share of accounts with an internal champion. A champion raises the win rate (see win-model.ts). */
const CHAMPION_SHARE = 0.45;

/** Fixed people at the well-known accounts, so demo phrases like "Jane at Initech" always resolve. */
const FIXED_CONTACTS: Readonly<Record<string, readonly [string, string, BuyingRole, string][]>> = {
  Initech: [
    ['Jane', 'Cooper', 'champion', 'Director of IT'],
    ['Bill', 'Lumbergh', 'decision_maker', 'VP Operations'],
    ['Peter', 'Gibbons', 'user', 'Software Engineer'],
  ],
};
/** Well-known accounts that must have (true) or must lack (false) a champion, for the scoring demo. */
const FIXED_CHAMPIONS: Readonly<Record<string, boolean>> = {
  'Acme Corporation': true,
  Globex: true,
  Hooli: true,
  'Wayne Enterprises': true,
  'Umbrella Corporation': false,
  'Stark Industries': false,
  Soylent: false,
};

const NA_AREA_CODES = [
  '212',
  '312',
  '415',
  '512',
  '617',
  '646',
  '702',
  '713',
  '206',
  '303',
  '404',
  '416',
  '604',
];

/** A valid-looking phone number in the country's format (North American numbers use the fictional 555-01xx range). */
export function phoneFor(random: Random, countryName: string | undefined): string {
  const country = countryName ? demoCountryNamed(countryName) : undefined;
  if (!country || country.dialCode === '1')
    return `+1 (${random.pick(NA_AREA_CODES)}) 555-01${random.chars(2, '0123456789')}`;
  const digits = '0123456789';
  return `+${country.dialCode} ${random.int(1, 9)}${random.chars(1, digits)} ${random.chars(4, digits)} ${random.chars(4, digits)}`;
}

function rolesFor(random: Random, count: number, champion: boolean): BuyingRole[] {
  if (count === 1) return [champion ? 'champion' : 'decision_maker'];
  const roles: BuyingRole[] = ['decision_maker'];
  if (champion) roles.push('champion');
  while (roles.length < count) {
    roles.push(
      random.weighted<BuyingRole>([
        ['influencer', 0.4],
        ['user', 0.45],
        ['blocker', 0.15],
      ]),
    );
  }
  return roles;
}

/** How many contacts each account gets: at least one, more at bigger companies, `total` in all. */
function contactCounts(random: Random, accounts: readonly SeedDocument<Account>[], total: number): number[] {
  const counts = accounts.map(
    (account) => FIXED_CONTACTS[account.name]?.length ?? (isWellKnownAccount(account.name) ? 4 : 1),
  );
  const weights = accounts.map((account) =>
    FIXED_CONTACTS[account.name] ? 0 : 1 + Math.log10(account.employees ?? 10),
  );
  const drawAccount = random.indexSampler(weights);
  let remaining = total - counts.reduce((a, b) => a + b, 0);
  while (remaining-- > 0) counts[drawAccount()]!++;
  return counts;
}

/** `total` contacts spread over the accounts, with names of the account's region, buying roles and titles. */
export function generateContacts(
  random: Random,
  window: SeedWindow,
  accounts: readonly SeedDocument<Account>[],
  total: number,
): SeedDocument<Contact>[] {
  const contacts: SeedDocument<Contact>[] = [];
  const counts = contactCounts(random, accounts, total);
  accounts.forEach((account, index) => {
    const names = PEOPLE_NAMES[account.region ?? 'NA'];
    const fixed = FIXED_CONTACTS[account.name];
    const champion = FIXED_CHAMPIONS[account.name] ?? random.chance(CHAMPION_SHARE);
    const people: [string, string, BuyingRole, string][] =
      fixed?.map((person) => [...person]) ??
      rolesFor(random, counts[index]!, champion).map((role) => [
        random.pick(names.first),
        random.pick(names.last),
        role,
        random.pick(TITLES[role]),
      ]);
    const emails = new Set<string>();
    const primaryRole: BuyingRole = people.some(([, , role]) => role === 'champion')
      ? 'champion'
      : 'decision_maker';
    let primaryTaken = false;
    for (const [firstName, lastName, role, title] of people) {
      let local = emailLocalPart(`${firstName} ${lastName}`);
      if (emails.has(local)) local = `${local[0]}.${emailLocalPart(lastName)}${random.int(2, 99)}`;
      emails.add(local);
      const createdAt = addDays(account.createdAt ?? window.start, random.uniform(0, 200));
      const primary: boolean = !primaryTaken && role === primaryRole;
      primaryTaken ||= primary;
      contacts.push({
        _id: random.idAt(createdAt),
        accountId: account._id,
        firstName,
        lastName,
        nameKey: nameKeyOf(`${firstName} ${lastName}`),
        ...(random.chance(0.97) || fixed ? { email: `${local}@${account.domain}` } : {}),
        ...(random.chance(0.85) || fixed ? { phone: phoneFor(random, account.country) } : {}),
        title,
        buyingRole: role,
        primary,
        createdAt,
      });
    }
  });
  return contacts;
}
