/**
 * Precision of names heard by their sound (issue 19, ninth round, w5e): a wrong record is worse than
 * a question. Ordinary support, marketing and sales phrases ("sso high priority", "winter promo",
 * "case study") reached an account's sound key with other letters (Sierraport, Wayne Enterprises,
 * Keystonewind) strongly enough to filter on; a name heard by its sound must now also keep most of
 * the name's letters, and a span made only of words of the work ("sso report", "pilot data") is
 * never a name's sound. Each phrase is tried alone, in a name slot and before a record noun, against the
 * demo CRM's accounts, contacts and reps; names as dictated still are heard.
 */
import { extractEntities } from '../../../src/dialogs/understanding/entities/extract-entities';
import { generateDemoCrm } from '../../../src/store/seed/generate-demo-crm';
import type { NamedRecord } from '../../../src/vocabulary';

const crm = generateDemoCrm({ anchor: new Date('2026-12-04T00:00:00Z'), scale: 0.2 });
const accounts: NamedRecord[] = crm.accounts.map((a) => ({ id: a._id, name: a.name }));
const contacts: NamedRecord[] = crm.contacts.map((c) => ({
  id: c._id,
  name: `${c.firstName} ${c.lastName}`,
  aliases: [c.lastName],
}));
const reps: NamedRecord[] = crm.users.map((u) => ({ id: u._id, name: u.name }));
const context = { accounts, contacts, reps, now: new Date('2026-12-04T15:00:00Z') };

/** Names read by their sound, spacing or as a misspelling, strong enough to filter on (0.8). */
function heardNames(text: string): string[] {
  const entities = extractEntities(text, context);
  const reps = entities.people.flatMap((person) => (person.kind === 'rep' ? person.candidates : []));
  return [...entities.accounts, ...entities.contacts, ...reps]
    .filter((c) => c.bySound && c.score >= 0.8)
    .map((c) => c.name);
}

const EVERYDAY_PHRASES = [
  // Priorities and support words.
  'sso high priority',
  'high priority',
  'low priority',
  'urgent escalation',
  'password reset',
  'billing issue',
  'login problem',
  'sla breach',
  'support ticket',
  'feature request',
  'single sign on',
  // Campaign and marketing words.
  'winter promo',
  'spring campaign',
  'summer sale',
  'holiday promo',
  'black friday',
  'cyber monday',
  'new year promo',
  'case study',
  'product launch',
  'trade show',
  'email campaign',
  'partner referral',
  // Sales words and deal names.
  'renewal call',
  'q4 push',
  'year end push',
  'the pilot',
  'the annual renewal',
  'multi year renewal',
  'premium support',
  'data integration',
  'analytics add on',
  'contact center',
  'security review',
  'quarterly review',
  'executive sponsor',
  'legal review',
  'pipeline review',
  'forecast call',
  'closed won',
  'best case',
  // Two words of the work together (each reached a name's sound with most of its letters).
  'sso report',
  'summer report',
  'sale report',
  'pilot data',
  'high winter',
  'high summer',
  // Months and periods.
  'september',
  'november',
  'december',
  'next quarter',
  'end of year',
];

describe('everyday phrases are never heard as names', () => {
  it.each(
    EVERYDAY_PHRASES.flatMap((phrase) => [
      phrase,
      `deals for ${phrase}`,
      `${phrase} deals`,
      `what about the ${phrase}`,
    ]),
  )('%s', (text) => {
    expect({ text, heard: heardNames(text) }).toEqual({ text, heard: [] });
  });
});

describe('names said as they sound are still heard', () => {
  it.each([
    ['inner tech', 'Initech'],
    ['open deals for inner tech', 'Initech'],
    ['initek deals', 'Initech'],
    ['tell me about glow bex', 'Globex'],
    ['ok so whats going on with in a tech right now like the deals and stuff', 'Initech'],
    ['way in enterprises renewal the annual one when is it supposed to close', 'Wayne Enterprises'],
    ['show me the open deals at acne corporation please', 'Acme Corporation'],
  ])('%s → %s', (text, name) => {
    expect(heardNames(text)[0]).toBe(name);
  });
});
