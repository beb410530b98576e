import { z } from 'zod';
import { CrmError, ErrorCode } from '../../core/errors';
import { REGIONS } from '../../vocabulary';
import type { Audience, AudienceDefinition, AudienceMember } from '../../vocabulary/audience';
import { RecordVisibility } from '../shared/record-visibility';
import { defineSkill, type SkillServices } from '../skill';
import {
  daysBetween,
  generatedAudienceName,
  membersOf,
  resolvedDefinition,
  titledDefinition,
  spendBetween,
  spendOfMembers,
} from './audience-members';

/**
 * Campaign audiences are marketing's, and managers' and admins' (who plan campaigns with marketing).
 * Reps keep the segment lists of their team's accounts; support and analysts have their own tools;
 * visitors never. Every audience is shared by those roles; what each sees of its members is still
 * decided by the visibility policy (a manager exports only the contacts they may see).
 */
const AUDIENCE_ROLES = ['marketing', 'manager', 'admin'] as const;
/** Earlier builds kept per audience. */
const HISTORY_KEPT = 24;

const definitionInput = z.object({
  segments: z.array(z.string().trim().min(1).max(60)).max(10).optional(),
  region: z.enum(REGIONS).optional(),
  industry: z.string().trim().min(1).max(60).optional(),
  noOrderForDays: z.number().int().min(1).max(3650).optional(),
  orderedWithinDays: z.number().int().min(1).max(3650).optional(),
});

/** An audience as listed: its name, definition, size and build. */
export interface AudienceSummary {
  id: string;
  name: string;
  definition: AudienceDefinition;
  size: number;
  contacts: number;
  builtAt: Date;
  builds: number;
  /** Spend on record of the members at the build, per currency. */
  spendAtBuild: Record<string, number>;
}

/** An audience with the members the caller sees (biggest spenders first). */
export interface AudienceView extends AudienceSummary {
  members: AudienceMember[];
  /** Members the caller may not see (another team's accounts for a manager). */
  hiddenMembers: number;
  /** Set by a refresh: what changed against the build before. */
  change?: { added: number; removed: number; previousSize: number; previousBuiltAt: Date };
}

function keyOf(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** A stored audience as skills use it: an empty definition may come back from the store as none. */
function normalized(audience: Audience): Audience {
  return { ...audience, definition: audience.definition ?? {}, history: audience.history ?? [] };
}

function summaryOf(audience: Audience): AudienceSummary {
  return {
    id: audience._id,
    name: audience.name,
    definition: audience.definition,
    size: audience.members.length,
    contacts: audience.members.reduce((sum, m) => sum + m.contactIds.length, 0),
    builtAt: audience.builtAt,
    builds: audience.history.length + 1,
    spendAtBuild: spendOfMembers(audience.members),
  };
}

async function viewOf(
  services: SkillServices,
  visibility: RecordVisibility,
  audience: Audience,
): Promise<AudienceView> {
  const shown = await visibleMembers(services, visibility, audience.members);
  return { ...summaryOf(audience), members: shown, hiddenMembers: audience.members.length - shown.length };
}

/** The members whose account's purchases the caller sees in full. */
async function visibleMembers(
  services: SkillServices,
  visibility: RecordVisibility,
  members: readonly AudienceMember[],
): Promise<AudienceMember[]> {
  const full = await visibility.accountIdsWithFull(
    members.map((m) => m.accountId),
    'purchases',
  );
  return members.filter((m) => full.has(m.accountId));
}

/**
 * The audience a name means: the exact name, else the latest built whose name has every word
 * ("spring" → "Spring winback EMEA"). NOT_FOUND names the audiences there are.
 */
export async function findAudience(services: SkillServices, name: string): Promise<Audience> {
  const exact = await services.store.audiences.findOne({ nameKey: keyOf(name) });
  if (exact) return normalized(exact);
  const all = await services.store.audiences.find({}, { sort: { builtAt: -1, createdAt: -1 } });
  const words = keyOf(name)
    .split(' ')
    .filter((w) => !['the', 'audience', 'my', 'our'].includes(w));
  const found = words.length
    ? all.find((a) => words.every((w) => a.nameKey.split(' ').includes(w)))
    : undefined;
  if (found) return normalized(found);
  throw new CrmError(
    ErrorCode.NotFound,
    all.length
      ? `I don't know an audience called "${name.trim()}". Audiences: ${all.map((a) => a.name).join(', ')}.`
      : 'There are no audiences yet. Build one, e.g. "build an audience of champions in EMEA who haven\'t bought in 90 days".',
    { audience: name, known: all.map((a) => a.name) },
  );
}

/** Builds and saves an audience from its definition ("champions in EMEA who haven't bought in 90 days"). */
export const buildAudience = defineSkill({
  name: 'build-audience',
  description:
    'Build and save a campaign audience: the accounts in given customer segments, region and industry, by days since their last order, with their contacts and their spend at the build. Input: definition {segments, region, industry, noOrderForDays, orderedWithinDays}, optional name (else one is made from the definition).',
  roles: AUDIENCE_ROLES,
  changesData: true,
  input: z.object({
    definition: definitionInput,
    name: z.string().trim().min(2).max(120).optional(),
    request: z.string().trim().max(500).optional(),
  }),
  run: async ({ definition, name, request }, { caller, services }): Promise<AudienceView> => {
    const visibility = await RecordVisibility.of(services, caller);
    const resolved = await resolvedDefinition(services, definition);
    const audienceName = name ?? generatedAudienceName(await titledDefinition(services, definition));
    if (await services.store.audiences.findOne({ nameKey: keyOf(audienceName) }))
      throw new CrmError(
        ErrorCode.Conflict,
        `There is already an audience called "${audienceName}": refresh it, or give the new one another name.`,
        { audience: audienceName },
      );
    const members = await membersOf(services, visibility, resolved);
    const saved = await services.store.audiences.insertOne({
      name: audienceName,
      nameKey: keyOf(audienceName),
      definition: resolved,
      ...(request ? { request } : {}),
      ...(caller.userId ? { createdBy: caller.userId } : {}),
      builtAt: services.clock(),
      members,
      history: [],
    });
    return viewOf(services, visibility, normalized(saved));
  },
});

/** Every saved audience, latest built first. */
export const listAudiences = defineSkill({
  name: 'list-audiences',
  description: 'List the saved campaign audiences with their definition, size and when they were built.',
  roles: AUDIENCE_ROLES,
  input: z.object({}),
  run: async (_input, { services }): Promise<{ audiences: AudienceSummary[] }> => ({
    audiences: (await services.store.audiences.find({}, { sort: { builtAt: -1, createdAt: -1 } })).map((a) =>
      summaryOf(normalized(a)),
    ),
  }),
});

/** One audience with its members. */
export const showAudience = defineSkill({
  name: 'show-audience',
  description:
    'Show a saved audience: its definition, size, members (accounts) and spend at the build. Input: name.',
  roles: AUDIENCE_ROLES,
  input: z.object({ name: z.string().trim().min(1).max(120) }),
  run: async ({ name }, { caller, services }): Promise<AudienceView> =>
    viewOf(services, await RecordVisibility.of(services, caller), await findAudience(services, name)),
});

/** Re-evaluates an audience's definition now; the build before is kept in its history. */
export const refreshAudience = defineSkill({
  name: 'refresh-audience',
  description:
    "Refresh a saved audience: re-evaluate its definition on today's data (members and their spend now), keeping the earlier build in its history. Input: name.",
  roles: AUDIENCE_ROLES,
  changesData: true,
  input: z.object({ name: z.string().trim().min(1).max(120) }),
  run: async ({ name }, { caller, services }): Promise<AudienceView> => {
    const visibility = await RecordVisibility.of(services, caller);
    const audience = await findAudience(services, name);
    const members = await membersOf(services, visibility, audience.definition);
    const before = new Set(audience.members.map((m) => m.accountId));
    const now = new Set(members.map((m) => m.accountId));
    const added = members.filter((m) => !before.has(m.accountId)).length;
    const removed = audience.members.filter((m) => !now.has(m.accountId)).length;
    const previous = summaryOf(audience);
    const history = [
      ...audience.history,
      {
        builtAt: audience.builtAt,
        size: previous.size,
        contacts: previous.contacts,
        added,
        removed,
        spend: previous.spendAtBuild,
      },
    ].slice(-HISTORY_KEPT);
    await services.store.audiences.updateOne(
      { _id: audience._id },
      { $set: { members, builtAt: services.clock(), history } },
    );
    const updated = normalized((await services.store.audiences.findById(audience._id))!);
    return {
      ...(await viewOf(services, visibility, updated)),
      change: { added, removed, previousSize: previous.size, previousBuiltAt: audience.builtAt },
    };
  },
});

/** How the members' spend changed since the audience was built, against as long a period before. */
export interface AudienceSpendChange {
  name: string;
  builtAt: Date;
  days: number;
  members: number;
  hiddenMembers: number;
  /** Spend per currency since the build, and in the same number of days before it. */
  since: Record<string, number>;
  before: Record<string, number>;
  buyersSince: number;
  buyersBefore: number;
}

/** "how did the spring audience's spend change since?" */
export const audienceSpendChange = defineSkill({
  name: 'audience-spend-change',
  description:
    "How a saved audience's spend changed since it was built: its members' orders since the build against the same number of days before it, per currency, and how many members bought. Input: name.",
  roles: AUDIENCE_ROLES,
  input: z.object({ name: z.string().trim().min(1).max(120) }),
  run: async ({ name }, { caller, services }): Promise<AudienceSpendChange> => {
    const visibility = await RecordVisibility.of(services, caller);
    const audience = await findAudience(services, name);
    const members = await visibleMembers(services, visibility, audience.members);
    const now = services.clock();
    const days = daysBetween(audience.builtAt, now);
    const ids = members.map((m) => m.accountId);
    const span = now.getTime() - audience.builtAt.getTime();
    const since = await spendBetween(services, ids, audience.builtAt, now);
    const before = await spendBetween(
      services,
      ids,
      new Date(audience.builtAt.getTime() - span),
      audience.builtAt,
    );
    return {
      name: audience.name,
      builtAt: audience.builtAt,
      days,
      members: members.length,
      hiddenMembers: audience.members.length - members.length,
      since: since.spend,
      before: before.spend,
      buyersSince: since.buyers,
      buyersBefore: before.buyers,
    };
  },
});

/** The contacts of an audience to hand to an e-mail tool, opt-outs left out and counted. */
export interface AudienceExport {
  name: string;
  fileName: string;
  columns: string[];
  rows: string[][];
  /** Contacts left out: they opted out of marketing e-mail, have no e-mail address, or left the company. */
  optedOut: number;
  withoutEmail: number;
  leftCompany: number;
  /** Members whose contacts the caller may not see. */
  hiddenMembers: number;
}

/** The audience's contacts with e-mail as rows for a CSV file; contacts with `emailOptOut` are never in it. */
export const exportAudience = defineSkill({
  name: 'export-audience',
  description:
    'Export a saved audience for a campaign: its contacts with e-mail (account, region, segment, name, title, e-mail, language), leaving out contacts who opted out of marketing e-mail (counted). Input: name.',
  roles: AUDIENCE_ROLES,
  input: z.object({ name: z.string().trim().min(1).max(120) }),
  run: async ({ name }, { caller, services }): Promise<AudienceExport> => {
    const visibility = await RecordVisibility.of(services, caller);
    const audience = await findAudience(services, name);
    const accounts = await services.store.accounts.find(
      { _id: { $in: audience.members.map((m) => m.accountId) } },
      { projection: { ownerId: 1 } },
    );
    const seen = new Set(
      (await visibility.onlyFull(accounts, (a) => a.ownerId, 'contact-email')).map((a) => a._id),
    );
    const members = audience.members.filter((m) => seen.has(m.accountId));
    const memberOf = new Map(members.map((m) => [m.accountId, m]));
    const contacts = members.length
      ? await services.store.contacts.find(
          { accountId: { $in: members.map((m) => m.accountId) } },
          { sort: { lastName: 1, firstName: 1 } },
        )
      : [];
    let optedOut = 0;
    let withoutEmail = 0;
    let leftCompany = 0;
    const rows: string[][] = [];
    for (const contact of contacts) {
      if (contact.leftAt) leftCompany += 1;
      else if (contact.emailOptOut) optedOut += 1;
      else if (!contact.email) withoutEmail += 1;
      else {
        const member = memberOf.get(contact.accountId)!;
        rows.push([
          member.accountName,
          member.region ?? '',
          member.segment ?? '',
          `${contact.firstName} ${contact.lastName}`.trim(),
          contact.title ?? '',
          contact.email,
          contact.preferredLanguage ?? '',
        ]);
      }
    }
    rows.sort((a, b) => a[0]!.localeCompare(b[0]!) || a[3]!.localeCompare(b[3]!));
    const slug = audience.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
    return {
      name: audience.name,
      fileName: `audience-${slug}-${services.clock().toISOString().slice(0, 10)}.csv`,
      columns: ['account', 'region', 'segment', 'contact', 'title', 'email', 'language'],
      rows,
      optedOut,
      withoutEmail,
      leftCompany,
      hiddenMembers: audience.members.length - members.length,
    };
  },
});
