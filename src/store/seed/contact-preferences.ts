import type { Account, Contact } from '../../vocabulary';
import type { SeedDocument } from './demo-crm';
import type { Random } from './random';

/** The local language of a demo country, where it is not English. */
const LOCAL_LANGUAGE: Readonly<Record<string, string>> = {
  Germany: 'de',
  France: 'fr',
  Netherlands: 'nl',
  Spain: 'es',
  Sweden: 'sv',
  Japan: 'ja',
  Brazil: 'pt-BR',
  Mexico: 'es',
  Colombia: 'es',
  Chile: 'es',
  Argentina: 'es',
};

/**
 * Gives demo contacts their preferences: a preferred channel (mostly e-mail), a language (the local
 * one for most people in a non-English-speaking country), and opt-outs (about one in ten from
 * marketing e-mail, fewer from calls). Draws only from `random`, a stream of its own, so every
 * other field of the demo data stays as it was.
 */
export function assignContactPreferences(
  random: Random,
  accounts: readonly SeedDocument<Account>[],
  contacts: readonly SeedDocument<Contact>[],
): void {
  const countryOf = new Map(accounts.map((account) => [account._id, account.country]));
  for (const contact of contacts) {
    contact.preferredChannel = random.weighted([
      ['email', 0.6],
      ['phone', 0.25],
      ['chat', 0.15],
    ] as const);
    const local = LOCAL_LANGUAGE[countryOf.get(contact.accountId) ?? ''];
    contact.preferredLanguage = local && random.chance(0.7) ? local : 'en';
    if (random.chance(0.09)) contact.emailOptOut = true;
    if (random.chance(0.06)) contact.phoneOptOut = true;
  }
}
