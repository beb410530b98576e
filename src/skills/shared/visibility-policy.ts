import type { CallerRole, CrmVisibility } from '../skill';

export type { CrmVisibility } from '../skill';

/** How much of a record a caller may see: all of it, its name and owner only, or nothing. */
export type Access = 'full' | 'limited' | 'none';

/**
 * The parts of the CRM a skill returns, each decided on its own: an account's profile, its
 * contacts (names, titles, buying roles) and their personal details, deals (amounts, pipeline
 * totals, scores, risks), interactions, purchases (orders, spend, segments, recommendations), leads.
 */
export type RecordPart =
  | 'account'
  | 'contact'
  | 'contact-email'
  | 'contact-phone'
  | 'deal'
  | 'interaction'
  | 'purchases'
  | 'lead'
  | 'case';

/** Whose record it is, seen from the caller: theirs, their team's, another team's, or nobody's. */
export type Relation = 'own' | 'team' | 'other' | 'unowned';

/** The caller as the policy sees them. */
export interface Viewer {
  role: CallerRole;
  userId?: string;
  /** The caller's team in the CRM (from their user record). */
  team?: string;
  mode: CrmVisibility;
}

/** The owner of a record (accounts, deals, leads by `ownerId`; contacts, interactions and orders through their account). */
export interface RecordOwner {
  id: string;
  name: string;
  /** Undefined when the owner is no longer a user of the CRM. */
  team?: string;
}

/** Who owns a record, as someone who may not see it is told ("owned by Dana Kim, EMEA"). */
export interface OwnerLabel {
  name: string;
  team?: string;
}

/** What a caller outside the owner's team learns about an account, a deal or a lead: its name and owner. */
export type LimitedView =
  | {
      access: 'limited';
      record: 'account';
      account: { id: string; name: string; industry?: string };
      owner?: OwnerLabel;
    }
  | {
      access: 'limited';
      record: 'deal';
      deal: { id: string; name: string; accountName: string };
      owner?: OwnerLabel;
    }
  | {
      access: 'limited';
      record: 'lead';
      lead: { id: string; name: string; company?: string };
      owner?: OwnerLabel;
    };

/** The limited view of an account. */
export type LimitedAccountView = Extract<LimitedView, { record: 'account' }>;

const F = 'full';
const L = 'limited';
const N = 'none';

/** Reps and managers on another team's record: its name and owner (and for managers, purchase figures). */
const REP_OTHER_TEAM: Readonly<Record<RecordPart, Access>> = {
  account: L,
  contact: N,
  'contact-email': N,
  'contact-phone': N,
  deal: L,
  interaction: N,
  purchases: N,
  lead: L,
  case: N,
};
const MANAGER_OTHER_TEAM: Readonly<Record<RecordPart, Access>> = { ...REP_OTHER_TEAM, purchases: F };
/**
 * Marketing, whoever owns the record: accounts, contacts with e-mail, purchases and segments, and
 * leads (marketing brings them in and works their conversion); no sales figures.
 */
const MARKETING: Readonly<Record<RecordPart, Access>> = {
  account: F,
  contact: F,
  'contact-email': F,
  'contact-phone': N,
  deal: N,
  interaction: N,
  purchases: F,
  lead: F,
  case: N,
};
/**
 * Support, whoever owns the account: the customer as support serves them (account, contacts with
 * e-mail and phone, interactions, purchases, cases); no sales figures (deals) and no leads.
 */
const SUPPORT: Readonly<Record<RecordPart, Access>> = {
  account: F,
  contact: F,
  'contact-email': F,
  'contact-phone': F,
  deal: N,
  interaction: F,
  purchases: F,
  lead: N,
  case: F,
};

/**
 * The one row-level visibility rule of the CRM; every skill asks it before returning a record.
 *
 * With `CRM_VISIBILITY=team` (default):
 *
 * | caller    | own / own team's / unowned record | another team's record                                     |
 * | --------- | --------------------------------- | --------------------------------------------------------- |
 * | admin     | full                              | full                                                      |
 * | manager   | full                              | account, deal, lead: limited (name, industry, owner);     |
 * |           |                                   | purchases (spend, segment, recommendations): full;        |
 * |           |                                   | contacts, interactions: none                              |
 * | rep       | full                              | account, deal, lead: limited; everything else: none       |
 * | marketing | accounts, contacts with e-mail, purchases and segments, leads: full; phones, deals     |
 * |           | (amounts, scores), interactions, cases: none — whoever owns the record. Of a lead the  |
 * |           | skills marketing may call (lead-conversion) return its name, company, source, status, |
 * |           | campaign, conversion probability and reasons: no deal amounts, no owner's pipeline    |
 * | support   | accounts, contacts with e-mail and phone, interactions, purchases, cases: full; deals  |
 * |           | and leads: none — whoever owns the account (support serves every customer)            |
 * | analyst   | full, read-only (they analyse the whole CRM; they change nothing)                      |
 * | visitor   | none                              | none                                                      |
 *
 * With `CRM_VISIBILITY=all` every CRM role (rep, manager, marketing, support, analyst, admin) sees every record in
 * full; visitors still see none. Why: a rep works the team's accounts together with teammates
 * (coverage, hand-overs, team pipeline reviews), so the team is the unit, not the owner; another
 * team's deals, contacts and notes are theirs, but knowing an account exists and whom to ask
 * avoids two teams calling the same customer. Spend and segments are marketing's working data and
 * managers plan accounts with marketing across teams; deal amounts are not. An unowned record (an
 * imported prospect, an unassigned lead) is the whole sales floor's until someone claims it. A
 * record whose owner left the CRM counts as another team's.
 */
export function accessTo(viewer: Viewer, owner: RecordOwner | null, part: RecordPart): Access {
  switch (viewer.role) {
    case 'visitor':
      return N;
    case 'admin':
    case 'analyst':
      return F;
    case 'support':
      return viewer.mode === 'all' ? F : SUPPORT[part];
    case 'marketing':
      return viewer.mode === 'all' ? F : MARKETING[part];
    case 'manager':
    case 'rep':
      if (viewer.mode === 'all' || relationOf(viewer, owner) !== 'other') return F;
      return (viewer.role === 'manager' ? MANAGER_OTHER_TEAM : REP_OTHER_TEAM)[part];
    default:
      return N;
  }
}

/**
 * The viewer for a caller: the team comes from the caller's own user record (an inactive or unknown
 * user has none), never from what a message or channel claims.
 */
export function viewerOf(
  caller: { role: CallerRole; userId?: string },
  user: { team: string; active: boolean } | null,
  mode: CrmVisibility | undefined,
): Viewer {
  return {
    role: caller.role,
    ...(caller.userId ? { userId: caller.userId } : {}),
    ...(user?.active ? { team: user.team } : {}),
    mode: mode ?? 'team',
  };
}

/** Whose record it is, seen from the viewer. */
export function relationOf(viewer: Viewer, owner: RecordOwner | null): Relation {
  if (!owner) return 'unowned';
  if (viewer.userId && owner.id === viewer.userId) return 'own';
  if (viewer.team && owner.team === viewer.team) return 'team';
  return 'other';
}

/**
 * Whether the viewer may ask about a whole pipeline (forecast, top deals, deals at risk): a
 * team's (`team`) or everyone's (`team` undefined). Aggregates are made of amounts, so a scope
 * is open only to those who see its deals in full: their own team; everyone for admins and analysts, or
 * every sales role with `CRM_VISIBILITY=all`.
 */
export function mayViewPipelineOf(viewer: Viewer, team: string | undefined): boolean {
  if (viewer.role === 'admin' || viewer.role === 'analyst') return true;
  if (viewer.role !== 'rep' && viewer.role !== 'manager') return false;
  if (viewer.mode === 'all') return true;
  return team !== undefined && team === viewer.team;
}

/**
 * Why the viewer may not change a deal, in words; undefined when they may. Admins change any deal,
 * managers their team's, reps their own — whatever CRM_VISIBILITY says (seeing is not changing).
 */
export function whyMayNotChangeDeal(
  viewer: Viewer,
  deal: { name: string },
  owner: RecordOwner | null,
): string | undefined {
  const relation = relationOf(viewer, owner);
  switch (viewer.role) {
    case 'admin':
      return undefined;
    case 'rep':
      return relation === 'own'
        ? undefined
        : `"${deal.name}" belongs to ${owner?.name ?? 'another rep'}; reps can change only their own deals.`;
    case 'manager':
      return relation === 'own' || relation === 'team'
        ? undefined
        : `"${deal.name}" belongs to ${owner?.name ?? 'someone'} outside your team (${viewer.team ?? 'unknown'}).`;
    default:
      return `The ${viewer.role} role can't change deals.`;
  }
}

/** Why the viewer may not change a task (admins any, managers their team's, reps and others their own). */
export function whyMayNotChangeTask(
  viewer: Viewer,
  task: { title: string },
  owner: RecordOwner | null,
): string | undefined {
  const relation = relationOf(viewer, owner);
  if (viewer.role === 'admin' || relation === 'own') return undefined;
  if (viewer.role === 'manager' && relation === 'team') return undefined;
  return viewer.role === 'manager'
    ? `"${task.title}" belongs to ${owner?.name ?? 'someone'} outside your team (${viewer.team ?? 'unknown'}).`
    : `"${task.title}" belongs to ${owner?.name ?? 'someone else'}; you can change only your own tasks.`;
}

/**
 * Why the viewer may not write to (log an interaction on, link a task to) a record; undefined
 * when they may. One writes only to what one sees in full.
 */
export function whyMayNotWriteTo(
  viewer: Viewer,
  record: { name: string },
  owner: RecordOwner | null,
  part: RecordPart,
): string | undefined {
  if (viewer.role === 'analyst') return 'Analysts read the CRM; they do not change it.';
  if (accessTo(viewer, owner, part) === 'full') return undefined;
  return `${record.name} is ${ownedByText(owner)}; only their team can add to it.`;
}

/** "owned by Dana Kim, EMEA" (or "not owned by anyone"). */
export function ownedByText(owner: RecordOwner | OwnerLabel | null | undefined): string {
  if (!owner) return 'not owned by anyone';
  return `owned by ${owner.name}${owner.team ? `, ${owner.team}` : ''}`;
}

/** The owner as a limited view names them: name and team, no e-mail or id. */
export function ownerLabelOf(owner: RecordOwner | null): OwnerLabel | undefined {
  return owner ? { name: owner.name, ...(owner.team ? { team: owner.team } : {}) } : undefined;
}

/** The limited view of an account: name, industry and owner, nothing more. */
export function limitedAccountOf(
  account: { _id: string; name: string; industry?: string },
  owner: RecordOwner | null,
): LimitedAccountView {
  const label = ownerLabelOf(owner);
  return {
    access: 'limited',
    record: 'account',
    account: {
      id: account._id,
      name: account.name,
      ...(account.industry ? { industry: account.industry } : {}),
    },
    ...(label ? { owner: label } : {}),
  };
}

/** The limited view of a deal: its name, its account's name and its owner. */
export function limitedDealOf(
  deal: { _id: string; name: string },
  accountName: string,
  owner: RecordOwner | null,
): LimitedView {
  const label = ownerLabelOf(owner);
  return {
    access: 'limited',
    record: 'deal',
    deal: { id: deal._id, name: deal.name, accountName },
    ...(label ? { owner: label } : {}),
  };
}

/** The limited view of a lead: name, company and owner (no e-mail, phone or notes). */
export function limitedLeadOf(
  lead: { _id: string; name: string; company?: string },
  owner: RecordOwner | null,
): LimitedView {
  const label = ownerLabelOf(owner);
  return {
    access: 'limited',
    record: 'lead',
    lead: { id: lead._id, name: lead.name, ...(lead.company ? { company: lead.company } : {}) },
    ...(label ? { owner: label } : {}),
  };
}

/**
 * A contact as the viewer may see it: without the e-mail or phone the viewer may not see, or
 * undefined when they may not see the account's contacts at all.
 */
export function visibleContact<C extends { email?: string; phone?: string }>(
  viewer: Viewer,
  accountOwner: RecordOwner | null,
  contact: C,
): C | undefined {
  if (accessTo(viewer, accountOwner, 'contact') !== 'full') return undefined;
  const { email, phone, ...rest } = contact;
  return {
    ...rest,
    ...(email !== undefined && accessTo(viewer, accountOwner, 'contact-email') === 'full' ? { email } : {}),
    ...(phone !== undefined && accessTo(viewer, accountOwner, 'contact-phone') === 'full' ? { phone } : {}),
  } as C;
}
