import { CrmError, ErrorCode } from '../../core/errors';
import type { Store } from '../../store/store';
import type { User } from '../../vocabulary';

/** Who may work support cases: the support specialists, and admins. */
const CASE_WORKER_ROLES = ['support', 'admin'] as const;

/**
 * The active support agent (or admin) a person's name says: the full name, or the first name alone
 * ("anna" is Anna Kowalski; "annas", a possessive typed without its apostrophe, too). No match, or a first name several agents share, is said so.
 */
export async function caseAgentNamed(store: Store, said: string): Promise<User> {
  const agents = await store.users.find({ role: { $in: [...CASE_WORKER_ROLES] }, active: true });
  const matched = namedAs(agents, said) ?? namedAs(agents, said.replace(/(?:'|’)?s\s*$/i, '')) ?? [];
  if (matched.length === 1) return matched[0]!;
  if (!matched.length)
    throw new CrmError(ErrorCode.NotFound, `I couldn't find a support agent called ${said.trim()}.`);
  throw new CrmError(
    ErrorCode.InvalidInput,
    `Several support agents are called ${said.trim()}: ${matched.map((u) => u.name).join(', ')}. Which one?`,
  );
}

/** The agents a name says (the full name first, else the first name); undefined when none. */
function namedAs(agents: readonly User[], said: string): User[] | undefined {
  const wanted = said.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!wanted) return undefined;
  const full = agents.filter((u) => u.name.toLowerCase() === wanted);
  const first = agents.filter((u) => u.name.toLowerCase().split(' ')[0] === wanted);
  const found = full.length ? full : first;
  return found.length ? found : undefined;
}
