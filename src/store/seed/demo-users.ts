import type { Region, User, UserRole } from '../../vocabulary';
import { addDays } from './calendar';
import type { SalesRep, SeedDocument, SeedWindow } from './demo-crm';
import type { Random } from './random';

/** Email of the demo rep: the bot's local channels (terminal chat, widget demo) act as this user. */
export const DEMO_REP_EMAIL = 'sam.rivera@demo.crmpro.dev';
/** Email of the demo sales manager (Enterprise team), who receives the forecast digest. */
export const DEMO_MANAGER_EMAIL = 'morgan.lee@demo.crmpro.dev';
/** Email of the demo support specialist (NA), who works cases. */
export const DEMO_SUPPORT_EMAIL = 'riley.park@demo.crmpro.dev';
/** Email of the demo data analyst, who exports and profiles the CRM's data. */
export const DEMO_ANALYST_EMAIL = 'noah.singh@demo.crmpro.dev';
/** The email domain of every demo user. */
export const DEMO_USER_DOMAIN = 'demo.crmpro.dev';

/** The two sales teams and the regions each covers. */
export const DEMO_TEAMS: Readonly<Record<string, readonly Region[]>> = {
  Enterprise: ['NA', 'EMEA'],
  'Mid-Market': ['APAC', 'LATAM'],
};

interface Person {
  name: string;
  role: UserRole;
  team: string;
  region?: Region;
  timezone: string;
}

/**
 * The demo team: a manager and six reps per sales team, one marketing manager, one administrator,
 * two support specialists and a data analyst.
 */
const PEOPLE: readonly Person[] = [
  { name: 'Morgan Lee', role: 'manager', team: 'Enterprise', region: 'NA', timezone: 'America/New_York' },
  { name: 'Sam Rivera', role: 'rep', team: 'Enterprise', region: 'NA', timezone: 'America/Chicago' },
  { name: 'Olivia Chen', role: 'rep', team: 'Enterprise', region: 'NA', timezone: 'America/Los_Angeles' },
  { name: 'Marcus Johnson', role: 'rep', team: 'Enterprise', region: 'NA', timezone: 'America/New_York' },
  { name: 'Sophie Laurent', role: 'rep', team: 'Enterprise', region: 'EMEA', timezone: 'Europe/Paris' },
  { name: 'James Whitfield', role: 'rep', team: 'Enterprise', region: 'EMEA', timezone: 'Europe/London' },
  { name: 'Lena Fischer', role: 'rep', team: 'Enterprise', region: 'EMEA', timezone: 'Europe/Berlin' },
  { name: 'Priya Nair', role: 'manager', team: 'Mid-Market', region: 'APAC', timezone: 'Asia/Singapore' },
  { name: 'Kenji Watanabe', role: 'rep', team: 'Mid-Market', region: 'APAC', timezone: 'Asia/Tokyo' },
  { name: 'Chloe Tan', role: 'rep', team: 'Mid-Market', region: 'APAC', timezone: 'Asia/Singapore' },
  { name: "Liam O'Connor", role: 'rep', team: 'Mid-Market', region: 'APAC', timezone: 'Australia/Sydney' },
  { name: 'Camila Rojas', role: 'rep', team: 'Mid-Market', region: 'LATAM', timezone: 'America/Bogota' },
  {
    name: 'Diego Fernandes',
    role: 'rep',
    team: 'Mid-Market',
    region: 'LATAM',
    timezone: 'America/Sao_Paulo',
  },
  {
    name: 'Valentina Cruz',
    role: 'rep',
    team: 'Mid-Market',
    region: 'LATAM',
    timezone: 'America/Mexico_City',
  },
  { name: 'Alex Kim', role: 'marketing', team: 'Marketing', region: 'NA', timezone: 'America/New_York' },
  { name: 'Jordan Blake', role: 'admin', team: 'Operations', timezone: 'UTC' },
  // Appended after the original sixteen so their ids (drawn in order) do not change.
  { name: 'Riley Park', role: 'support', team: 'Support', region: 'NA', timezone: 'America/Denver' },
  { name: 'Anna Kowalski', role: 'support', team: 'Support', region: 'EMEA', timezone: 'Europe/Warsaw' },
  { name: 'Noah Singh', role: 'analyst', team: 'Analytics', timezone: 'Europe/London' },
];

/** "Liam O'Connor" → "liam.oconnor". */
export function emailLocalPart(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z ]/g, '')
    .trim()
    .replace(/\s+/g, '.');
}

/** The demo users, with Slack (`U0…`) and Teams (GUID) ids; managers first so reps can point at them. */
export function generateUsers(random: Random, window: SeedWindow): SeedDocument<User>[] {
  const users: SeedDocument<User>[] = [];
  const managers = new Map<string, string>();
  for (const person of PEOPLE) {
    const createdAt = addDays(window.start, -random.int(30, 400));
    const user: SeedDocument<User> = {
      _id: random.idAt(createdAt),
      email: `${emailLocalPart(person.name)}@${DEMO_USER_DOMAIN}`,
      name: person.name,
      role: person.role,
      team: person.team,
      ...(person.region ? { region: person.region } : {}),
      timezone: person.timezone,
      slackUserId: `U0${random.chars(9, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}`,
      teamsUserId: random.guid(),
      active: true,
      createdAt,
    };
    if (person.role === 'manager') managers.set(person.team, user._id);
    else if (person.role === 'rep') user.managerId = managers.get(person.team);
    users.push(user);
  }
  return users;
}

/** The sales reps among the users (they own accounts, deals and leads). */
export function salesRepsOf(users: readonly SeedDocument<User>[]): SalesRep[] {
  return users
    .filter((user) => user.role === 'rep' && user.region)
    .map((user) => ({ _id: user._id, region: user.region!, team: user.team }));
}
