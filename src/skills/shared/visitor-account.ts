import type { Account, User } from '../../vocabulary';
import { nameKeyOf } from '../../vocabulary';
import type { SkillServices } from '../skill';
import { FREE_MAIL_DOMAINS } from './free-mail';

/**
 * The account a website visitor belongs to, from their work e-mail's domain or the company they
 * named (case and punctuation ignored), and its owner when that user is active. For routing only:
 * nothing of it is ever shown to the visitor.
 */
export async function visitorAccount(
  services: SkillServices,
  visitor: { email?: string; company?: string },
): Promise<{ account?: Account; owner?: User }> {
  const domain = visitor.email?.toLowerCase().split('@')[1];
  let account: Account | null = null;
  if (domain && !FREE_MAIL_DOMAINS.has(domain)) account = await services.store.accounts.findOne({ domain });
  if (!account && visitor.company) {
    const key = nameKeyOf(visitor.company);
    if (key) account = await services.store.accounts.findOne({ nameKey: key });
  }
  if (!account) return {};
  const owner = account.ownerId ? await services.store.users.findById(account.ownerId) : null;
  return { account, ...(owner?.active ? { owner } : {}) };
}
