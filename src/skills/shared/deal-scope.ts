import { CrmError, ErrorCode } from '../../core/errors';
import { nameKeyOf, type User } from '../../vocabulary';
import type { Filter } from '../../store/store';
import type { Caller, SkillServices } from '../skill';
import { mayViewPipelineOf, viewerOf } from './visibility-policy';

/** Whose deals a question is about. */
export interface DealScope {
  /** "your deals", "team Enterprise", "Sam Rivera", "everyone". */
  label: string;
  /** Owners whose deals count; null for everyone. */
  ownerIds: string[] | null;
  /** The team, when the scope is one whole team (its sales target applies); absent for a rep or everyone. */
  team?: string;
}

/** How a question names whose deals: the caller's own, their team, everyone, a named team or rep. */
export interface ScopeInput {
  scope?: 'mine' | 'team' | 'all';
  team?: string;
  rep?: string;
}

/**
 * Resolves whose deals to use. Default: reps their own, managers their team, admins everyone.
 * A scope is open only to those who see its deals in full (the visibility policy's
 * `mayViewPipelineOf`): with CRM_VISIBILITY=team reps and managers their own team and its members,
 * admins everyone; with `all`, every sales role everyone. Outside it: FORBIDDEN; unknown names are
 * NOT_FOUND.
 */
export async function resolveDealScope(
  services: SkillServices,
  caller: Caller,
  input: ScopeInput,
): Promise<DealScope> {
  const me = caller.userId ? await services.store.users.findById(caller.userId) : null;
  const viewer = viewerOf(caller, me, services.visibility);
  if (input.rep) {
    const rep = await findRep(services, input.rep);
    if (rep._id !== me?._id && !mayViewPipelineOf(viewer, rep.team)) {
      throw new CrmError(
        ErrorCode.Forbidden,
        `You can look at the deals of your own team only (${rep.name} is in ${rep.team}).`,
      );
    }
    return { label: rep._id === me?._id ? 'your deals' : rep.name, ownerIds: [rep._id] };
  }
  if (input.team) {
    const members = await services.store.users.find({
      team: new RegExp(`^${escapeRegExp(input.team.trim())}$`, 'i'),
    });
    if (!members.length)
      throw new CrmError(ErrorCode.NotFound, `I don't know a team called "${input.team}".`);
    if (!mayViewPipelineOf(viewer, members[0]!.team))
      throw new CrmError(ErrorCode.Forbidden, `You can look at the deals of your own team only.`);
    return { label: `team ${members[0]!.team}`, ownerIds: members.map((m) => m._id), team: members[0]!.team };
  }
  const scope =
    input.scope ?? (caller.role === 'admin' ? 'all' : caller.role === 'manager' ? 'team' : 'mine');
  if (scope === 'all') {
    if (!mayViewPipelineOf(viewer, undefined))
      throw new CrmError(
        ErrorCode.Forbidden,
        'Everyone’s deals are for admins; you can look at your own team’s (say "my team").',
      );
    return { label: 'everyone', ownerIds: null };
  }
  if (!me)
    throw new CrmError(ErrorCode.InvalidInput, 'I need to know who you are in the CRM to find your deals.');
  if (scope === 'mine') return { label: 'your deals', ownerIds: [me._id] };
  const team = await services.store.users.find({ team: me.team }, { projection: { _id: 1 } });
  return { label: `team ${me.team}`, ownerIds: team.map((u) => u._id), team: me.team };
}

/** A store filter for the scope's deals. */
export function ownerFilter(scope: DealScope): Filter {
  return scope.ownerIds ? { ownerId: { $in: scope.ownerIds } } : {};
}

async function findRep(services: SkillServices, mention: string): Promise<User> {
  const text = mention.trim();
  if (/^[0-9a-f]{24}$/.test(text)) {
    const byId = await services.store.users.findById(text);
    if (byId) return byId;
  }
  if (text.includes('@')) {
    const byEmail = await services.store.users.findOne({ email: text.toLowerCase() });
    if (byEmail) return byEmail;
  }
  const key = nameKeyOf(text);
  const users = await services.store.users.find({});
  const matches = users.filter(
    (u) => nameKeyOf(u.name) === key || nameKeyOf(u.name).split(' ').includes(key),
  );
  if (matches.length === 1) return matches[0]!;
  if (matches.length > 1) {
    throw new CrmError(
      ErrorCode.Ambiguous,
      `Several people match "${mention}": ${matches.map((u) => u.name).join(', ')}.`,
      {
        candidates: matches.map((u) => ({ id: u._id, name: u.name })),
      },
    );
  }
  throw new CrmError(ErrorCode.NotFound, `I don't know a rep called "${mention}".`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
