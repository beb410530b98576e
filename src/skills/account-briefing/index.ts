import { z } from 'zod';
import { defineSkill } from '../skill';
import { accountResolverOf } from '../shared/account-resolver';
import { briefingFor, type AccountBriefing } from './briefing';

export type { AccountBriefing } from './briefing';
export { accountResolverOf, type AccountCandidate } from '../shared/account-resolver';

/**
 * Account briefing: who the account is, its owner, open deals and pipeline, recent wins, the people
 * to talk to and the latest interactions. The account may be named loosely ("acme", "globex.com").
 */
export const accountBriefing = defineSkill({
  name: 'account-briefing',
  description:
    'Brief on a customer account: profile, owner, open deals and pipeline, wins in the last 12 months, key contacts and recent interactions. Input: the account name (fuzzy), domain or id.',
  roles: ['rep', 'manager', 'marketing', 'admin'],
  input: z.object({ account: z.string().trim().min(1, 'name the account').max(200) }),
  run: async ({ account }, { services }): Promise<AccountBriefing> => {
    const resolver = await accountResolverOf(services);
    const found = await resolver.resolve(account);
    return briefingFor(services.store, found, services.clock());
  },
});
