import { OPEN_STAGES } from '../../src/vocabulary';
import { isCrmError } from '../../src/core/errors';
import { briefingReply } from '../../src/dialogs/replies/briefing-replies';
import { leadScoreReply } from '../../src/dialogs/replies/scoring-replies';
import { accountSegmentReply } from '../../src/dialogs/replies/segment-replies';
import { recommendationsReply } from '../../src/dialogs/replies/recommendation-replies';
import { accountBriefing } from '../../src/skills/account-briefing';
import { atRiskDeals } from '../../src/skills/at-risk-deals';
import { auditLogSummary } from '../../src/skills/audit-trail';
import {
  audienceSpendChange,
  buildAudience,
  exportAudience,
  listAudiences,
  refreshAudience,
  showAudience,
} from '../../src/skills/audiences';
import { agentAssist } from '../../src/skills/agent-assist';
import { caseMetrics, listCases, openCase, updateCase, type CaseMetrics } from '../../src/skills/cases';
import { churnRisk } from '../../src/skills/churn-risk';
import { customerView } from '../../src/skills/customer-view';
import { createLead } from '../../src/skills/create-lead';
import { createTask } from '../../src/skills/create-task';
import { exportRecords, type RecordExport } from '../../src/skills/data-export';
import {
  profileCollection,
  revenueConcentration,
  type DataProfile,
  type RevenueConcentration,
} from '../../src/skills/data-profile';
import { findAccount, findContact, findContacts, findDeals } from '../../src/skills/find-records';
import { forecast } from '../../src/skills/forecast';
import { knowledgeAnswer } from '../../src/skills/knowledge';
import { leadConversion } from '../../src/skills/lead-conversion';
import { leadScore, topLeads } from '../../src/skills/lead-score';
import { logInteraction } from '../../src/skills/log-interaction';
import { recommendProducts } from '../../src/skills/recommendations';
import { segmentMembers, segmentMovementsSkill, segmentOfAccount } from '../../src/skills/segments';
import {
  invokeSkill,
  type Caller,
  type CallerRole,
  type CrmVisibility,
  type Skill,
  type SkillServices,
} from '../../src/skills/skill';
import { listTeamMembers, type TeamRoster } from '../../src/skills/team-members';
import { personalDataLookup, type PersonalDataLookup } from '../../src/skills/personal-data';
import { mayChangeDeal, updateDealStage } from '../../src/skills/update-deal-stage';
import { updateDeal } from '../../src/skills/update-deal';
import { findTasks, updateTask } from '../../src/skills/update-task';
import { setMyTimezone, showMyProfile } from '../../src/skills/my-profile';
import { productSales, type ProductBuyers } from '../../src/skills/product-sales';
import { queryRecords, type RecordQueryResult } from '../../src/skills/query-records';
import { catchUp } from '../../src/skills/catch-up';
import { pipelineSummary } from '../../src/skills/pipeline-summary';
import { digestDeals } from '../../src/skills/digests/digest-deals';
import { accountsToCall } from '../../src/skills/digests/accounts-to-call';
import { FIXTURE_NOW, servicesFor, temporaryStore } from '../fixtures/small-crm';
import { ensureChurnModel } from '../fixtures/churn-model';
import { loadTwoTeamCrm, OWNERSHIPS, type SubjectAccount, type TwoTeamCrm } from '../fixtures/two-team-crm';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ALL_SKILLS, NOT_IN_THE_MATRIX } from './all-skills';

/**
 * Every skill × role × ownership on a CRM of two teams: the decision (full, limited, FORBIDDEN,
 * NOT_FOUND, listed or left out of a list, …) and the fields of what came back. Ownership is seen
 * from the rep Ana Ortiz (team Enterprise, managed by Morgan Lee): her own account, her teammate
 * Ben's, and Dana Kim's of team EMEA.
 */

type Role = CallerRole;
const ROLES: readonly Role[] = ['rep', 'manager', 'marketing', 'support', 'analyst', 'admin', 'visitor'];
type Row = readonly [string, string, string];
type Table = Record<Role, Row>;

/** What a skill gives a caller about one subject. */
interface Probe {
  name: string;
  skill: Skill<never, unknown>;
  call(subject: SubjectAccount, caller: Caller, services: SkillServices): Promise<unknown>;
  /** The decision a result stands for (thrown CrmErrors become their code). */
  decide?(result: unknown, subject: SubjectAccount): Promise<string> | string;
  /** What the caller typed about the subject (said back to them is no leak). */
  typed?(subject: SubjectAccount): string;
  /** Keys of NOT_FOR_MARKETING marketing may see in this probe's result (lead-conversion: a lead's conversion probability). */
  marketingMay?: readonly string[];
  expected: Record<CrmVisibility, Table>;
}

/** Keys a limited result may never hold, anywhere inside it. */
const NOT_IN_LIMITED = [
  'email',
  'phone',
  'amount',
  'spend',
  'probability',
  'contacts',
  'openDeals',
  'openPipeline',
  'recentInteractions',
  'summary',
  'figures',
  'suggestions',
  'domain',
  'notes',
];
/** Keys no marketing result holds under CRM_VISIBILITY=team: no phones, no sales figures, no activity. */
const NOT_FOR_MARKETING = [
  'phone',
  'amount',
  'probability',
  'openDeals',
  'openPipeline',
  'recentInteractions',
];

const same = (decision: string): Row => [decision, decision, decision];
const forbidden = same('FORBIDDEN');
/** Support and analysts use none of the sales skills (they have their own): forbidden unless given. */
const roleTable = (
  rep: Row,
  manager: Row,
  marketing: Row,
  admin: Row,
  visitor: Row = forbidden,
  support: Row = forbidden,
  analyst: Row = forbidden,
): Table => ({
  rep,
  manager,
  marketing,
  support,
  analyst,
  admin,
  visitor,
});
/** Sales-only skills whose scope is a team's pipeline. */
const pipeline: Record<CrmVisibility, Table> = {
  team: roleTable(['full', 'full', 'FORBIDDEN'], ['full', 'full', 'FORBIDDEN'], forbidden, same('full')),
  all: roleTable(same('full'), same('full'), forbidden, same('full')),
};
/** Sales-only skills that show or write one record. */
const salesRecord = (limited: string): Record<CrmVisibility, Table> => ({
  team: roleTable(['full', 'full', limited], ['full', 'full', limited], forbidden, same('full')),
  all: roleTable(same('full'), same('full'), forbidden, same('full')),
});
/** Lookups answering with a list the subject is in or not. */
const salesList: Record<CrmVisibility, Table> = {
  team: roleTable(['listed', 'listed', 'absent'], ['listed', 'listed', 'absent'], forbidden, same('listed')),
  all: roleTable(same('listed'), same('listed'), forbidden, same('listed')),
};
/** Skills over purchases and segments: reps their team's accounts; managers, marketing and admins every account. */
const purchases = (limited: string, full: string): Record<CrmVisibility, Table> => ({
  team: roleTable([full, full, limited], same(full), same(full), same(full)),
  all: roleTable(same(full), same(full), same(full), same(full)),
});

/** Audiences: marketing, managers and admins, over every account whose purchases they see (all of them). */
const audiences = (decision: string): Record<CrmVisibility, Table> => ({
  team: roleTable(forbidden, same(decision), same(decision), same(decision)),
  all: roleTable(forbidden, same(decision), same(decision), same(decision)),
});
/** The audience the read probes look at: every customer, built once by an admin. */
const PROBE_AUDIENCE = 'Matrix audience';
let audienceBuilds = 0;
async function probeAudience(services: SkillServices): Promise<void> {
  if (await services.store.audiences.findOne({ nameKey: PROBE_AUDIENCE.toLowerCase() })) return;
  await invokeSkill(
    buildAudience,
    { definition: {}, name: PROBE_AUDIENCE },
    { caller: { role: 'admin', timezone: 'UTC' }, services },
  );
}
/** One case of the subject account whose SLA fell due a day before now and was resolved after it. */
async function missedSlaCase(s: SubjectAccount, services: SkillServices): Promise<void> {
  const subject = `Matrix missed SLA ${s.accountId}`;
  if (await services.store.cases.findOne({ subject })) return;
  const dueAt = new Date(services.clock().getTime() - 86_400_000);
  const number = 900_000 + (await services.store.cases.countDocuments({}));
  await services.store.cases.insertOne({
    number,
    subject,
    accountId: s.accountId,
    status: 'resolved',
    priority: 'high',
    slaDueAt: dueAt,
    resolvedAt: new Date(dueAt.getTime() + 3_600_000),
    history: [{ at: new Date(dueAt.getTime() - 86_400_000), action: 'opened' }],
  } as never);
}
const membersOf = (result: unknown): string[] =>
  (result as { members: { accountId: string }[] }).members.map((m) => m.accountId);

const limitedOrFull = (result: unknown): string => {
  const r = result as { access?: string; kind?: string };
  return r.access === 'limited' || r.kind === 'limited' ? 'limited' : 'full';
};
const listed = (found: boolean) => (found ? 'listed' : 'absent');

const PROBES: Probe[] = [
  {
    // The roster of the caller's own team (users, not records): the visibility mode changes nothing.
    name: 'list-team-members (is the owner on my team)',
    skill: listTeamMembers as Skill<never, unknown>,
    call: (_s, caller, services) => invokeSkill(listTeamMembers, {}, { caller, services }),
    decide: (result, s) => listed((result as TeamRoster).members.some((m) => m.name === s.ownerName)),
    expected: {
      team: roleTable(
        ['listed', 'listed', 'absent'],
        ['listed', 'listed', 'absent'],
        same('absent'),
        same('absent'),
        forbidden,
        same('absent'),
        same('absent'),
      ),
      all: roleTable(
        ['listed', 'listed', 'absent'],
        ['listed', 'listed', 'absent'],
        same('absent'),
        same('absent'),
        forbidden,
        same('absent'),
        same('absent'),
      ),
    },
  },
  {
    name: 'account-briefing',
    skill: accountBriefing as Skill<never, unknown>,
    call: (s, caller, services) =>
      invokeSkill(accountBriefing, { account: s.accountName }, { caller, services }),
    decide: limitedOrFull,
    expected: {
      team: roleTable(['full', 'full', 'limited'], ['full', 'full', 'limited'], same('full'), same('full')),
      all: roleTable(same('full'), same('full'), same('full'), same('full')),
    },
  },
  {
    name: 'at-risk-deals',
    skill: atRiskDeals as Skill<never, unknown>,
    call: (s, caller, services) =>
      invokeSkill(atRiskDeals, { rep: s.ownerName, limit: 50 }, { caller, services }),
    decide: (result, s) => {
      const deals = (result as { deals: { ownerId: string }[] }).deals;
      if (!deals.length || deals.some((d) => d.ownerId !== s.ownerId)) return 'wrong deals';
      return 'full';
    },
    expected: pipeline,
  },
  {
    name: 'create-lead (e-mail already a contact)',
    skill: createLead as Skill<never, unknown>,
    call: (s, caller, services) =>
      invokeSkill(
        createLead,
        { name: 'Someone New', email: s.contact.email, source: 'event' },
        { caller, services },
      ),
    decide: () => 'created a duplicate',
    typed: (s) => s.contact.email,
    expected: {
      team: roleTable(
        ['CONFLICT naming the contact', 'CONFLICT naming the contact', 'CONFLICT naming the owner only'],
        ['CONFLICT naming the contact', 'CONFLICT naming the contact', 'CONFLICT naming the owner only'],
        same('CONFLICT naming the contact'),
        same('CONFLICT naming the contact'),
      ),
      all: roleTable(
        same('CONFLICT naming the contact'),
        same('CONFLICT naming the contact'),
        same('CONFLICT naming the contact'),
        same('CONFLICT naming the contact'),
      ),
    },
  },
  {
    name: 'create-task',
    skill: createTask as Skill<never, unknown>,
    call: (s, caller, services) =>
      invokeSkill(
        createTask,
        {
          title: 'Send the renewal terms',
          account: s.accountName,
          deal: s.deal.name,
          contact: s.contact.name,
        },
        { caller, services },
      ),
    expected: salesRecord('FORBIDDEN'),
  },
  {
    name: 'find-account',
    skill: findAccount as Skill<never, unknown>,
    call: (s, caller, services) => invokeSkill(findAccount, { mention: s.accountName }, { caller, services }),
    expected: salesRecord('FORBIDDEN'),
  },
  {
    name: 'find-contacts',
    skill: findContacts as Skill<never, unknown>,
    call: (s, caller, services) =>
      invokeSkill(findContacts, { mention: s.contact.name }, { caller, services }),
    decide: (result, s) =>
      listed((result as { matches: { id: string }[] }).matches.some((m) => m.id === s.contact.id)),
    expected: salesList,
  },
  {
    name: 'find-contact',
    skill: findContact as Skill<never, unknown>,
    call: (s, caller, services) =>
      invokeSkill(
        findContact,
        { account: { id: s.accountId, name: s.accountName }, mention: s.contact.firstName },
        { caller, services },
      ),
    expected: salesRecord('FORBIDDEN'),
  },
  {
    name: 'find-deals',
    skill: findDeals as Skill<never, unknown>,
    call: (s, caller, services) => invokeSkill(findDeals, { mention: s.deal.name }, { caller, services }),
    decide: (result, s) =>
      listed((result as { matches: { id: string }[] }).matches.some((m) => m.id === s.deal.id)),
    expected: salesList,
  },
  {
    name: 'forecast',
    skill: forecast as Skill<never, unknown>,
    call: (s, caller, services) =>
      invokeSkill(forecast, { rep: s.ownerName, period: 'this year' }, { caller, services }),
    decide: (result, s) => {
      const deals = (result as { topDeals: { name: string }[] }).topDeals;
      return deals.some((d) => d.name === s.deal.name) ? 'full' : 'subject deal missing';
    },
    expected: pipeline,
  },
  {
    name: 'knowledge-answer',
    skill: knowledgeAnswer as Skill<never, unknown>,
    call: (s, caller, services) =>
      invokeSkill(
        knowledgeAnswer,
        {
          question: `What do you know about ${s.accountName}, ${s.contact.name} and the ${s.deal.name} deal?`,
        },
        { caller, services },
      ),
    decide: () => 'answered from knowledge/',
    expected: {
      team: roleTable(
        same('answered from knowledge/'),
        same('answered from knowledge/'),
        same('answered from knowledge/'),
        same('answered from knowledge/'),
        same('answered from knowledge/'),
        same('answered from knowledge/'),
        same('answered from knowledge/'),
      ),
      all: roleTable(
        same('answered from knowledge/'),
        same('answered from knowledge/'),
        same('answered from knowledge/'),
        same('answered from knowledge/'),
        same('answered from knowledge/'),
        same('answered from knowledge/'),
        same('answered from knowledge/'),
      ),
    },
  },
  {
    name: 'lead-score (account)',
    skill: leadScore as Skill<never, unknown>,
    call: (s, caller, services) => invokeSkill(leadScore, { account: s.accountName }, { caller, services }),
    decide: limitedOrFull,
    expected: salesRecord('limited'),
  },
  {
    name: 'lead-score (deal)',
    skill: leadScore as Skill<never, unknown>,
    call: (s, caller, services) => invokeSkill(leadScore, { dealId: s.deal.id }, { caller, services }),
    decide: limitedOrFull,
    expected: salesRecord('limited'),
  },
  {
    name: 'lead-score (lead)',
    skill: leadScore as Skill<never, unknown>,
    call: (s, caller, services) => invokeSkill(leadScore, { leadId: s.leadId }, { caller, services }),
    decide: limitedOrFull,
    expected: salesRecord('limited'),
  },
  {
    name: 'top-leads (deals)',
    skill: topLeads as Skill<never, unknown>,
    call: (s, caller, services) =>
      invokeSkill(topLeads, { rep: s.ownerName, limit: 50 }, { caller, services }),
    decide: (result, s) => {
      const deals = (result as { deals: { ownerId: string; id: string }[] }).deals;
      if (deals.some((d) => d.ownerId !== s.ownerId)) return 'wrong deals';
      return deals.some((d) => d.id === s.deal.id) ? 'full' : 'subject deal missing';
    },
    expected: pipeline,
  },
  {
    name: 'top-leads (leads)',
    skill: topLeads as Skill<never, unknown>,
    call: (s, caller, services) =>
      invokeSkill(topLeads, { rep: s.ownerName, kind: 'leads', limit: 50 }, { caller, services }),
    decide: (result, s) =>
      (result as { leads: { id: string }[] }).leads.some((l) => l.id === s.leadId) ? 'full' : 'lead missing',
    expected: pipeline,
  },
  {
    name: 'lead-conversion',
    skill: leadConversion as Skill<never, unknown>,
    call: (_s, caller, services) => invokeSkill(leadConversion, { limit: 50 }, { caller, services }),
    decide: (result, s) =>
      listed((result as { leads: { id: string }[] }).leads.some((l) => l.id === s.leadId)),
    marketingMay: ['probability'],
    expected: {
      team: roleTable(
        ['listed', 'listed', 'absent'],
        ['listed', 'listed', 'absent'],
        same('listed'),
        same('listed'),
      ),
      all: roleTable(same('listed'), same('listed'), same('listed'), same('listed')),
    },
  },
  {
    name: 'build-audience (every customer)',
    skill: buildAudience as Skill<never, unknown>,
    call: (_s, caller, services) =>
      invokeSkill(
        buildAudience,
        { definition: {}, name: `Matrix build ${++audienceBuilds}` },
        { caller, services },
      ),
    decide: (result, s) => listed(membersOf(result).includes(s.accountId)),
    expected: audiences('listed'),
  },
  {
    name: 'list-audiences',
    skill: listAudiences as Skill<never, unknown>,
    call: async (_s, caller, services) => {
      await probeAudience(services);
      return invokeSkill(listAudiences, {}, { caller, services });
    },
    decide: (result) =>
      (result as { audiences: { name: string }[] }).audiences.some((a) => a.name === PROBE_AUDIENCE)
        ? 'full'
        : 'audience missing',
    expected: audiences('full'),
  },
  {
    name: 'show-audience',
    skill: showAudience as Skill<never, unknown>,
    call: async (_s, caller, services) => {
      await probeAudience(services);
      return invokeSkill(showAudience, { name: PROBE_AUDIENCE }, { caller, services });
    },
    decide: (result, s) => listed(membersOf(result).includes(s.accountId)),
    expected: audiences('listed'),
  },
  {
    name: 'refresh-audience',
    skill: refreshAudience as Skill<never, unknown>,
    call: async (_s, caller, services) => {
      await probeAudience(services);
      return invokeSkill(refreshAudience, { name: PROBE_AUDIENCE }, { caller, services });
    },
    decide: (result, s) => listed(membersOf(result).includes(s.accountId)),
    expected: audiences('listed'),
  },
  {
    name: 'audience-spend-change',
    skill: audienceSpendChange as Skill<never, unknown>,
    call: async (_s, caller, services) => {
      await probeAudience(services);
      return invokeSkill(audienceSpendChange, { name: PROBE_AUDIENCE }, { caller, services });
    },
    decide: () => 'full',
    expected: audiences('full'),
  },
  {
    name: 'export-audience (the subject contact among the rows)',
    skill: exportAudience as Skill<never, unknown>,
    call: async (_s, caller, services) => {
      await probeAudience(services);
      return invokeSkill(exportAudience, { name: PROBE_AUDIENCE }, { caller, services });
    },
    decide: (result, s) =>
      listed((result as { rows: string[][] }).rows.some((row) => row.includes(s.contact.email))),
    expected: {
      team: roleTable(forbidden, ['listed', 'listed', 'absent'], same('listed'), same('listed')),
      all: roleTable(forbidden, same('listed'), same('listed'), same('listed')),
    },
  },
  {
    name: 'log-interaction',
    skill: logInteraction as Skill<never, unknown>,
    call: (s, caller, services) =>
      invokeSkill(
        logInteraction,
        {
          type: 'call',
          account: s.accountName,
          contact: s.contact.name,
          deal: s.deal.name,
          summary: 'Checked in on the rollout',
        },
        { caller, services },
      ),
    expected: salesRecord('FORBIDDEN'),
  },
  {
    name: 'recommend-products',
    skill: recommendProducts as Skill<never, unknown>,
    call: (s, caller, services) =>
      invokeSkill(recommendProducts, { account: s.accountName }, { caller, services }),
    decide: limitedOrFull,
    expected: purchases('limited', 'full'),
  },
  {
    // Who bought a product: the subject is listed only where the caller may see its purchases.
    name: 'product-sales (buyers of a product)',
    skill: productSales as Skill<never, unknown>,
    // Spend on orders (purchases, which marketing sees), not deal amounts.
    marketingMay: ['amount'],
    call: (_s, caller, services) =>
      invokeSkill(productSales, { product: 'LIC-PRO', limit: 50 }, { caller, services }),
    decide: (result, s) => listed((result as ProductBuyers).accounts.some((a) => a.id === s.accountId)),
    expected: {
      team: roleTable(['listed', 'listed', 'absent'], same('listed'), same('listed'), same('listed')),
      all: roleTable(same('listed'), same('listed'), same('listed'), same('listed')),
    },
  },
  {
    // How many orders one account placed: its purchases, in full or refused.
    name: 'product-sales (orders of an account)',
    skill: productSales as Skill<never, unknown>,
    // Spend on orders (purchases, which marketing sees), not deal amounts.
    marketingMay: ['amount'],
    call: (s, caller, services) =>
      invokeSkill(productSales, { account: s.accountName }, { caller, services }),
    expected: {
      team: roleTable(['full', 'full', 'FORBIDDEN'], same('full'), same('full'), same('full')),
      all: roleTable(same('full'), same('full'), same('full'), same('full')),
    },
  },
  {
    // The deals of the subject's account, asked across every owner: listed in full only where the
    // caller may see the account's deals.
    name: 'query-records (deals of an account)',
    skill: queryRecords as Skill<never, unknown>,
    call: (s, caller, services) =>
      invokeSkill(
        queryRecords,
        { record: 'deal', owner: { scope: 'all' }, accountId: s.accountId, aggregate: 'list' },
        { caller, services },
      ),
    decide: (result, s) =>
      listed(((result as RecordQueryResult).deals ?? []).some((d) => d.id === s.deal.id)),
    expected: salesList,
  },
  {
    // The contacts of the subject's account.
    name: 'query-records (contacts of an account)',
    skill: queryRecords as Skill<never, unknown>,
    call: (s, caller, services) =>
      invokeSkill(
        queryRecords,
        { record: 'contact', owner: { scope: 'all' }, accountId: s.accountId, aggregate: 'list' },
        { caller, services },
      ),
    decide: (result, s) => listed(JSON.stringify(result).includes(s.contact.id)),
    expected: {
      team: roleTable(
        ['listed', 'listed', 'absent'],
        ['listed', 'listed', 'absent'],
        same('listed'),
        same('listed'),
      ),
      all: roleTable(same('listed'), same('listed'), same('listed'), same('listed')),
    },
  },
  {
    // What changed on the subject's account over the last two years: its deals only where the caller may see them.
    name: 'catch-up (an account)',
    skill: catchUp as Skill<never, unknown>,
    call: (s, caller, services) => {
      const today = services.clock().toISOString().slice(0, 10);
      return invokeSkill(
        catchUp,
        { accountId: s.accountId, from: '2020-01-01', to: today },
        { caller, services },
      );
    },
    decide: (result, s) => listed(JSON.stringify(result).includes(s.deal.id)),
    expected: salesList,
  },
  {
    // The subject owner's pipeline, asked by their name: a rep and a manager may see their own
    // team's reps' pipelines, never another team's; admins anyone's.
    name: "pipeline-summary (the owner's)",
    skill: pipelineSummary as Skill<never, unknown>,
    call: (s, caller, services) => {
      const today = services.clock().toISOString().slice(0, 10);
      return invokeSkill(
        pipelineSummary,
        { owner: { rep: s.ownerName }, from: '2020-01-01', to: today, label: 'since 2020' },
        { caller, services },
      );
    },
    expected: {
      team: roleTable(['full', 'full', 'FORBIDDEN'], ['full', 'full', 'FORBIDDEN'], forbidden, same('full')),
      all: roleTable(same('full'), same('full'), forbidden, same('full')),
    },
  },
  {
    // The deals a digest reports on: the caller's scope, never another team's deals.
    name: 'digest-deals (the team scope)',
    skill: digestDeals as Skill<never, unknown>,
    call: (_s, caller, services) =>
      invokeSkill(digestDeals, { since: new Date('2020-01-01'), scope: 'team' }, { caller, services }),
    decide: (result, s) =>
      listed((result as { deals: Array<{ id: string }> }).deals.some((d) => d.id === s.deal.id)),
    // An admin's "team" is their own (Operations), which owns no deals.
    expected: {
      team: roleTable(
        ['listed', 'listed', 'absent'],
        ['listed', 'listed', 'absent'],
        forbidden,
        same('absent'),
      ),
      all: roleTable(
        ['listed', 'listed', 'absent'],
        ['listed', 'listed', 'absent'],
        forbidden,
        same('absent'),
      ),
    },
  },
  {
    // The weekly list of accounts to call: the caller's own accounts only.
    name: 'accounts-to-call',
    skill: accountsToCall as Skill<never, unknown>,
    call: async (_s, caller, services) => {
      const result = await invokeSkill(accountsToCall, { limit: 100 }, { caller, services });
      const owners = await temp.store.accounts.find({ _id: { $in: result.accounts.map((a) => a.id) } });
      return { ownOnly: owners.every((a) => a.ownerId === caller.userId), result };
    },
    decide: (result) => ((result as { ownOnly: boolean }).ownOnly ? 'own only' : 'others too'),
    expected: {
      team: roleTable(same('own only'), same('own only'), forbidden, same('own only')),
      all: roleTable(same('own only'), same('own only'), forbidden, same('own only')),
    },
  },
  {
    name: 'segment-of-account',
    skill: segmentOfAccount as Skill<never, unknown>,
    call: (s, caller, services) =>
      invokeSkill(segmentOfAccount, { account: s.accountName }, { caller, services }),
    decide: limitedOrFull,
    expected: purchases('limited', 'full'),
  },
  {
    name: 'segment-members (with the CSV export)',
    skill: segmentMembers as Skill<never, unknown>,
    call: async (s, caller, services) => {
      const admin = await invokeSkill(
        segmentOfAccount,
        { account: s.accountName },
        { caller: { role: 'admin', timezone: 'UTC' }, services },
      );
      const segment = (admin as { segment: { name: string } }).segment.name;
      return invokeSkill(segmentMembers, { segment, limit: 200 }, { caller, services });
    },
    decide: (result, s) => {
      const r = result as { members: { accountId: string }[]; export: { rows: unknown[][] } };
      const inMembers = r.members.some((m) => m.accountId === s.accountId);
      const inExport = r.export.rows.some((row) => row[0] === s.accountId);
      return inMembers === inExport ? listed(inMembers) : 'members and export differ';
    },
    expected: purchases('absent', 'listed'),
  },
  {
    name: 'segment-movements',
    skill: segmentMovementsSkill as Skill<never, unknown>,
    call: (_s, caller, services) =>
      invokeSkill(
        segmentMovementsSkill,
        {
          since: new Date(FIXTURE_NOW.getTime() - 200 * 86_400_000).toISOString().slice(0, 10),
          direction: 'down',
          limit: 200,
        },
        { caller, services },
      ),
    // The subject here is the subject's owner: whether any account of theirs is among the moves.
    decide: async (result, s) => {
      const ids = (result as { moves: { accountId: string }[] }).moves.map((m) => m.accountId);
      return listed([...(await ownersOfAccounts(ids)).values()].includes(s.ownerId));
    },
    expected: purchases('absent', 'listed'),
  },
  {
    name: 'may-change-deal',
    skill: mayChangeDeal as Skill<never, unknown>,
    call: (s, caller, services) => invokeSkill(mayChangeDeal, { dealId: s.deal.id }, { caller, services }),
    decide: (result) => ((result as { allowed: boolean }).allowed ? 'allowed' : 'refused'),
    expected: {
      team: roleTable(
        ['allowed', 'refused', 'refused'],
        ['allowed', 'allowed', 'refused'],
        forbidden,
        same('allowed'),
      ),
      // Seeing every record is not changing it: deals stay their owner's (and their manager's).
      all: roleTable(
        ['allowed', 'refused', 'refused'],
        ['allowed', 'allowed', 'refused'],
        forbidden,
        same('allowed'),
      ),
    },
  },
  {
    // A task of the subject's owner, marked done: reps their own, managers their team's, admins any;
    // a task whose owner's activity the caller may not see is as unknown as a missing one.
    name: 'update-task',
    skill: updateTask as Skill<never, unknown>,
    call: async (s, caller, services) => {
      const task = await services.store.tasks.insertOne({
        title: `Send ${s.accountName} the renewal terms`,
        ownerId: s.ownerId,
        status: 'open',
        accountId: s.accountId,
      });
      return invokeSkill(updateTask, { taskId: task._id, status: 'done' }, { caller, services });
    },
    expected: {
      team: roleTable(
        ['full', 'FORBIDDEN', 'NOT_FOUND'],
        ['full', 'full', 'NOT_FOUND'],
        forbidden,
        same('full'),
      ),
      all: roleTable(
        ['full', 'FORBIDDEN', 'FORBIDDEN'],
        ['full', 'full', 'FORBIDDEN'],
        forbidden,
        same('full'),
      ),
    },
  },
  {
    // The tasks the caller may change are offered (update-task's rule): a rep's own, a manager's
    // team's, an admin's anyone's; seeing every record (`all`) is not changing it.
    name: 'find-tasks',
    skill: findTasks as Skill<never, unknown>,
    call: async (s, caller, services) => {
      const task = await services.store.tasks.insertOne({
        title: `Call ${s.accountName} about the renewal`,
        ownerId: s.ownerId,
        status: 'open',
        accountId: s.accountId,
      });
      // A colleague's task is named with its owner ("ana's fabrikam task"), as a manager asks for it;
      // without the name the caller's own fitting tasks (other probes made some) come first.
      const mention =
        caller.userId === s.ownerId ? s.accountName : `${s.ownerName.split(' ')[0]}'s ${s.accountName}`;
      const found = await invokeSkill(findTasks, { mention }, { caller, services });
      return { found: found.matches.some((m) => m.id === task._id) };
    },
    decide: (result) => listed((result as { found: boolean }).found),
    expected: {
      team: roleTable(
        ['listed', 'absent', 'absent'],
        ['listed', 'listed', 'absent'],
        forbidden,
        same('listed'),
      ),
      all: roleTable(
        ['listed', 'absent', 'absent'],
        ['listed', 'listed', 'absent'],
        forbidden,
        same('listed'),
      ),
    },
  },
  {
    // The caller's own user record only, whatever the role and the record looked at; visitors have none.
    name: 'show-my-profile',
    skill: showMyProfile as Skill<never, unknown>,
    call: async (_s, caller, services) => {
      const profile = await invokeSkill(showMyProfile, {}, { caller, services });
      const self = await temp.store.users.findById(caller.userId!);
      return { own: profile.email === self?.email, profile };
    },
    decide: (result) => ((result as { own: boolean }).own ? 'own' : 'someone else'),
    expected: {
      team: roleTable(
        same('own'),
        same('own'),
        same('own'),
        same('own'),
        forbidden,
        same('own'),
        same('own'),
      ),
      all: roleTable(same('own'), same('own'), same('own'), same('own'), forbidden, same('own'), same('own')),
    },
  },
  {
    // Changes the caller's own time zone and nobody else's (the subject's owner keeps theirs).
    name: 'set-my-timezone',
    skill: setMyTimezone as Skill<never, unknown>,
    call: async (s, caller, services) => {
      const before = caller.userId ? (await temp.store.users.findById(caller.userId))?.timezone : undefined;
      const ownerBefore = (await temp.store.users.findById(s.ownerId))!.timezone;
      const timezone = before === 'Asia/Tokyo' ? 'Europe/London' : 'Asia/Tokyo';
      await invokeSkill(setMyTimezone, { timezone }, { caller, services });
      const after = (await temp.store.users.findById(caller.userId!))!.timezone;
      const ownerAfter = (await temp.store.users.findById(s.ownerId))!.timezone;
      const ownerChanged = s.ownerId !== caller.userId && ownerAfter !== ownerBefore;
      return { own: after === timezone && !ownerChanged };
    },
    decide: (result) => ((result as { own: boolean }).own ? 'own' : 'someone else'),
    expected: {
      team: roleTable(
        same('own'),
        same('own'),
        same('own'),
        same('own'),
        forbidden,
        same('own'),
        same('own'),
      ),
      all: roleTable(same('own'), same('own'), same('own'), same('own'), forbidden, same('own'), same('own')),
    },
  },
  {
    name: 'update-deal-stage',
    skill: updateDealStage as Skill<never, unknown>,
    call: async (s, caller, services) => {
      const deal = await services.store.deals.findById(s.deal.id);
      const stage = deal!.stage === 'negotiation' ? 'proposal' : 'negotiation';
      return invokeSkill(updateDealStage, { dealId: s.deal.id, stage }, { caller, services });
    },
    expected: {
      team: roleTable(
        ['full', 'FORBIDDEN', 'FORBIDDEN'],
        ['full', 'full', 'FORBIDDEN'],
        forbidden,
        same('full'),
      ),
      all: roleTable(
        ['full', 'FORBIDDEN', 'FORBIDDEN'],
        ['full', 'full', 'FORBIDDEN'],
        forbidden,
        same('full'),
      ),
    },
  },
  {
    name: 'update-deal',
    skill: updateDeal as Skill<never, unknown>,
    call: async (s, caller, services) => {
      // The amount it has: a write that changes nothing the later probes read.
      const deal = await services.store.deals.findById(s.deal.id);
      return invokeSkill(updateDeal, { dealId: s.deal.id, amount: deal!.amount }, { caller, services });
    },
    expected: {
      team: roleTable(
        ['full', 'FORBIDDEN', 'FORBIDDEN'],
        ['full', 'full', 'FORBIDDEN'],
        forbidden,
        same('full'),
      ),
      all: roleTable(
        ['full', 'FORBIDDEN', 'FORBIDDEN'],
        ['full', 'full', 'FORBIDDEN'],
        forbidden,
        same('full'),
      ),
    },
  },
  {
    name: 'export-records (accounts; the subject among the rows)',
    skill: exportRecords as Skill<never, unknown>,
    call: (_s, caller, services) =>
      invokeSkill(exportRecords, { collection: 'accounts' }, { caller, services }),
    decide: async (result, s) => {
      const ids: unknown[] = [];
      for await (const batch of (result as RecordExport).batches) ids.push(...batch.map((row) => row[0]));
      return listed(ids.includes(s.accountId));
    },
    expected: {
      team: roleTable(forbidden, forbidden, forbidden, same('listed'), forbidden, forbidden, same('listed')),
      all: roleTable(forbidden, forbidden, forbidden, same('listed'), forbidden, forbidden, same('listed')),
    },
  },
  {
    name: 'profile-collection (accounts; figures over every account)',
    skill: profileCollection as Skill<never, unknown>,
    call: (_s, caller, services) =>
      invokeSkill(profileCollection, { collection: 'accounts' }, { caller, services }),
    decide: async (result) =>
      (result as DataProfile).rows === (await base.store.accounts.countDocuments()) ? 'full' : 'partial',
    expected: {
      team: roleTable(forbidden, forbidden, forbidden, same('full'), forbidden, forbidden, same('full')),
      all: roleTable(forbidden, forbidden, forbidden, same('full'), forbidden, forbidden, same('full')),
    },
  },
  {
    // The top accounts' share of all won revenue: admins and analysts only, over every won deal.
    name: 'revenue-concentration (the top 10 accounts; figures over every won deal)',
    skill: revenueConcentration as Skill<never, unknown>,
    call: (_s, caller, services) => invokeSkill(revenueConcentration, { top: 10 }, { caller, services }),
    decide: async (result) => {
      const won = await base.store.deals.find({ stage: 'closed_won' });
      const counted = (result as RevenueConcentration).currencies.reduce((sum, c) => sum + c.total, 0);
      return counted === won.reduce((sum, d) => sum + d.amount, 0) ? 'full' : 'partial';
    },
    expected: {
      team: roleTable(forbidden, forbidden, forbidden, same('full'), forbidden, forbidden, same('full')),
      all: roleTable(forbidden, forbidden, forbidden, same('full'), forbidden, forbidden, same('full')),
    },
  },
  {
    // A win rate over every deal: analysts get the figure over the whole CRM (they read it all with
    // `crmpro export`), never the deals; reps and managers their own scope's, as before.
    name: 'query-records (win rate of every deal: a statistic)',
    skill: queryRecords as Skill<never, unknown>,
    call: (_s, caller, services) =>
      invokeSkill(
        queryRecords,
        { record: 'deal', owner: { scope: 'all' }, aggregate: 'winRate' },
        { caller, services },
      ),
    decide: async (result) => {
      const won = (await base.store.deals.find({ stage: 'closed_won' })).length;
      const found = result as RecordQueryResult;
      const rows = found.deals?.length ? ' with deals' : '';
      return `${found.metric?.won === won ? 'full' : 'partial'}${rows}`;
    },
    expected: {
      team: roleTable(forbidden, forbidden, forbidden, same('full'), forbidden, forbidden, same('full')),
      all: roleTable(same('full'), same('full'), forbidden, same('full'), forbidden, forbidden, same('full')),
    },
  },
  {
    // The win rate of each stage the deals reached (twenty-fourth round, w25a): the same figures
    // over the same scope as the win rate, counted once under each stage a deal was in.
    name: 'query-records (win rate by stage reached: a statistic)',
    skill: queryRecords as Skill<never, unknown>,
    call: (_s, caller, services) =>
      invokeSkill(
        queryRecords,
        { record: 'deal', owner: { scope: 'all' }, aggregate: 'winRate', groupBy: 'stageReached' },
        { caller, services },
      ),
    decide: async (result) => {
      const won = await base.store.deals.find({ stage: 'closed_won' });
      const found = result as RecordQueryResult;
      // Each open stage's deals won, over every won deal that was in it.
      const whole = OPEN_STAGES.every(
        (stage) =>
          (found.metricGroups?.find((g) => g.name === stage)?.won ?? 0) ===
          won.filter((d) => d.stageHistory.some((change) => change.stage === stage)).length,
      );
      const rows = found.deals?.length ? ' with deals' : '';
      return `${whole && found.metric?.won === won.length ? 'full' : 'partial'}${rows}`;
    },
    expected: {
      team: roleTable(forbidden, forbidden, forbidden, same('full'), forbidden, forbidden, same('full')),
      all: roleTable(same('full'), same('full'), forbidden, same('full'), forbidden, forbidden, same('full')),
    },
  },
  {
    // How many deals were won, ever: to an analyst the count alone, no deal listed.
    name: 'query-records (deals won, counted)',
    skill: queryRecords as Skill<never, unknown>,
    call: (_s, caller, services) =>
      invokeSkill(
        queryRecords,
        { record: 'deal', owner: { scope: 'all' }, aggregate: 'count', status: 'won' },
        { caller, services },
      ),
    decide: async (result) => {
      const won = (await base.store.deals.find({ stage: 'closed_won' })).length;
      const found = result as RecordQueryResult;
      const rows = found.deals?.length ? ' with deals' : '';
      return `${found.total === won ? 'full' : 'partial'}${rows}`;
    },
    expected: {
      team: roleTable(
        forbidden,
        forbidden,
        forbidden,
        same('full with deals'),
        forbidden,
        forbidden,
        same('full'),
      ),
      all: roleTable(
        same('full with deals'),
        same('full with deals'),
        forbidden,
        same('full with deals'),
        forbidden,
        forbidden,
        same('full'),
      ),
    },
  },
  {
    // Leads counted by source (conversion rates): analysts get the counts over every lead, no lead named.
    name: 'lead-conversion (leads counted by source)',
    skill: leadConversion as Skill<never, unknown>,
    call: (_s, caller, services) =>
      invokeSkill(leadConversion, { groupBy: 'source', limit: 10 }, { caller, services }),
    decide: async (result) => {
      const all = (await base.store.leads.find({})).length;
      const found = result as { leads: unknown[]; considered: number };
      return `${found.considered === all ? 'full' : 'partial'}${found.leads.length ? ' with leads' : ''}`;
    },
    expected: {
      team: roleTable(
        same('partial'),
        same('partial'),
        same('full'),
        same('full'),
        forbidden,
        forbidden,
        same('full'),
      ),
      all: roleTable(
        same('full'),
        same('full'),
        same('full'),
        same('full'),
        forbidden,
        forbidden,
        same('full'),
      ),
    },
  },
  {
    // Who read or changed the subject: the audit log is the admins' whatever the visibility mode.
    name: 'audit-log-summary (the day, narrowed to the subject account)',
    skill: auditLogSummary as Skill<never, unknown>,
    call: (s, caller, services) => {
      const day = FIXTURE_NOW.toISOString().slice(0, 10);
      return invokeSkill(
        auditLogSummary,
        { from: day, to: day, record: s.accountName },
        { caller, services },
      );
    },
    decide: () => 'full',
    expected: {
      team: roleTable(forbidden, forbidden, forbidden, same('full')),
      all: roleTable(forbidden, forbidden, forbidden, same('full')),
    },
  },
  {
    // A person's data for a privacy request (the commands that export or erase it): admins only, any account.
    name: "personal-data-lookup (the subject account's contact by name)",
    skill: personalDataLookup as Skill<never, unknown>,
    call: (s, caller, services) =>
      invokeSkill(personalDataLookup, { person: s.contact.name }, { caller, services }),
    decide: (result, s) =>
      (result as PersonalDataLookup).people.some((p) => p.email === s.contact.email.toLowerCase() && p.held)
        ? 'full'
        : 'absent',
    expected: {
      team: roleTable(forbidden, forbidden, forbidden, same('full')),
      all: roleTable(forbidden, forbidden, forbidden, same('full')),
    },
  },
  {
    name: 'churn-risk (one account)',
    skill: churnRisk as Skill<never, unknown>,
    call: async (s, caller, services) => {
      await ensureChurnModel(services.modelsDir);
      return invokeSkill(churnRisk, { account: s.accountName }, { caller, services });
    },
    decide: limitedOrFull,
    expected: {
      // Marketing is refused (retention is the account team's); support and analysts see every account.
      team: roleTable(
        ['full', 'full', 'limited'],
        ['full', 'full', 'limited'],
        forbidden,
        same('full'),
        forbidden,
        same('full'),
        same('full'),
      ),
      all: roleTable(
        same('full'),
        same('full'),
        forbidden,
        same('full'),
        forbidden,
        same('full'),
        same('full'),
      ),
    },
  },
  {
    name: 'churn-risk (the customers most likely to churn)',
    skill: churnRisk as Skill<never, unknown>,
    call: async (_s, caller, services) => {
      await ensureChurnModel(services.modelsDir);
      return invokeSkill(churnRisk, { limit: 50 }, { caller, services });
    },
    decide: (result, s) =>
      listed(
        (result as { accounts: { accountId: string }[] }).accounts.some((a) => a.accountId === s.accountId),
      ),
    expected: {
      team: roleTable(
        ['listed', 'listed', 'absent'],
        ['listed', 'listed', 'absent'],
        forbidden,
        same('listed'),
        forbidden,
        same('listed'),
        same('listed'),
      ),
      all: roleTable(
        same('listed'),
        same('listed'),
        forbidden,
        same('listed'),
        forbidden,
        same('listed'),
        same('listed'),
      ),
    },
  },
  {
    name: 'open-case (for the account)',
    skill: openCase as Skill<never, unknown>,
    call: (s, caller, services) =>
      invokeSkill(openCase, { subject: 'Login fails', account: s.accountName }, { caller, services }),
    expected: {
      // Support and admins open cases for any customer; nobody else does.
      team: roleTable(forbidden, forbidden, forbidden, same('full'), forbidden, same('full'), forbidden),
      all: roleTable(forbidden, forbidden, forbidden, same('full'), forbidden, same('full'), forbidden),
    },
  },
  {
    name: 'update-case (a case of the account)',
    skill: updateCase as Skill<never, unknown>,
    call: async (s, caller, services) => {
      const opened = await invokeSkill(
        openCase,
        { subject: 'Invoice wrong', account: s.accountName },
        { caller: callers.admin, services },
      );
      return invokeSkill(updateCase, { number: opened.number, note: 'Called back' }, { caller, services });
    },
    expected: {
      team: roleTable(forbidden, forbidden, forbidden, same('full'), forbidden, same('full'), forbidden),
      all: roleTable(forbidden, forbidden, forbidden, same('full'), forbidden, same('full'), forbidden),
    },
  },
  {
    name: "list-cases (the account's cases)",
    skill: listCases as Skill<never, unknown>,
    call: (s, caller, services) =>
      invokeSkill(
        listCases,
        { scope: 'account', account: s.accountName, status: 'all' },
        { caller, services },
      ),
    typed: (s) => s.accountName,
    expected: {
      // Reps and managers read their own team's accounts' cases; support, analysts and admins every account's.
      team: roleTable(
        ['full', 'full', 'FORBIDDEN'],
        ['full', 'full', 'FORBIDDEN'],
        forbidden,
        same('full'),
        forbidden,
        same('full'),
        same('full'),
      ),
      all: roleTable(
        same('full'),
        same('full'),
        forbidden,
        same('full'),
        forbidden,
        same('full'),
        same('full'),
      ),
    },
  },
  {
    // Measured over the cases the caller may see: each subject account has one SLA missed (set up
    // once, below); whether it is among the breaches tells whose cases were counted.
    name: "case-metrics (SLA breaches, the subject account's missed case)",
    skill: caseMetrics as Skill<never, unknown>,
    call: async (s, caller, services) => {
      await missedSlaCase(s, services);
      return invokeSkill(caseMetrics, { measure: 'sla_breaches', byPriority: false }, { caller, services });
    },
    decide: (result, s) =>
      listed((result as CaseMetrics).breaches!.cases.some((c) => c.account?.id === s.accountId)),
    typed: (s) => s.accountName,
    expected: {
      team: roleTable(
        ['listed', 'listed', 'absent'],
        ['listed', 'listed', 'absent'],
        forbidden,
        same('listed'),
        forbidden,
        same('listed'),
        same('listed'),
      ),
      all: roleTable(
        same('listed'),
        same('listed'),
        forbidden,
        same('listed'),
        forbidden,
        same('listed'),
        same('listed'),
      ),
    },
  },
  {
    name: 'customer-view (the account)',
    skill: customerView as Skill<never, unknown>,
    call: (s, caller, services) => invokeSkill(customerView, { who: s.accountName }, { caller, services }),
    typed: (s) => s.accountName,
    expected: {
      team: roleTable(
        ['full', 'full', 'FORBIDDEN'],
        ['full', 'full', 'FORBIDDEN'],
        forbidden,
        same('full'),
        forbidden,
        same('full'),
        same('full'),
      ),
      all: roleTable(
        same('full'),
        same('full'),
        forbidden,
        same('full'),
        forbidden,
        same('full'),
        same('full'),
      ),
    },
  },
  {
    name: "agent-assist (a customer's question)",
    skill: agentAssist as Skill<never, unknown>,
    call: (s, caller, services) =>
      invokeSkill(
        agentAssist,
        { question: `Login fails for everyone at ${s.accountName}` },
        { caller, services },
      ),
    typed: (s) => s.accountName,
    expected: {
      team: roleTable(forbidden, forbidden, forbidden, same('full'), forbidden, same('full'), forbidden),
      all: roleTable(forbidden, forbidden, forbidden, same('full'), forbidden, same('full'), forbidden),
    },
  },
];

/** Every key of every object inside a JSON value. */
function keysIn(value: unknown, keys = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) keysIn(item, keys);
  else if (value && typeof value === 'object')
    for (const [key, inner] of Object.entries(value)) {
      keys.add(key);
      keysIn(inner, keys);
    }
  return keys;
}

const temp = temporaryStore();
const base = servicesFor(temp.store);
let crm: TwoTeamCrm;
let callers: Record<Role, Caller>;

async function ownersOfAccounts(ids: string[]): Promise<Map<string, string | undefined>> {
  const accounts = await temp.store.accounts.find({ _id: { $in: ids } }, { projection: { ownerId: 1 } });
  return new Map(accounts.map((a) => [a._id, a.ownerId]));
}

beforeAll(async () => {
  crm = await loadTwoTeamCrm(temp.store);
  callers = {
    rep: { role: 'rep', userId: crm.users.ana, name: 'Ana Ortiz', team: 'Enterprise', timezone: 'UTC' },
    manager: { role: 'manager', userId: crm.users.morgan, timezone: 'UTC' },
    marketing: { role: 'marketing', userId: crm.users.alex, timezone: 'UTC' },
    admin: { role: 'admin', userId: crm.users.jordan, timezone: 'UTC' },
    support: { role: 'support', userId: crm.users.riley, timezone: 'UTC' },
    analyst: { role: 'analyst', userId: crm.users.noah, timezone: 'UTC' },
    visitor: { role: 'visitor', timezone: 'UTC' },
  };
});
afterAll(() => temp.cleanup());

/** One cell: the decision, and the result's JSON (undefined when the skill threw). */
async function cell(
  probe: Probe,
  subject: SubjectAccount,
  caller: Caller,
  services: SkillServices,
): Promise<{ decision: string; json?: unknown; error?: string }> {
  try {
    const result = await probe.call(subject, caller, services);
    const json = JSON.parse(JSON.stringify(result)) as unknown;
    return { decision: probe.decide ? await probe.decide(result, subject) : 'full', json };
  } catch (error) {
    if (!isCrmError(error)) throw error;
    if (error.code === 'CONFLICT')
      return {
        decision: error.message.includes(subject.contact.name)
          ? 'CONFLICT naming the contact'
          : error.message.includes(subject.ownerName)
            ? 'CONFLICT naming the owner only'
            : `CONFLICT: ${error.message}`,
        error: error.message,
      };
    return { decision: error.code, error: `${error.message} ${JSON.stringify(error.details ?? {})}` };
  }
}

describe.each(['team', 'all'] as const)('CRM_VISIBILITY=%s: every skill × role × ownership', (mode) => {
  const services = (): SkillServices => ({ ...base, visibility: mode });

  it.each(PROBES.map((p) => [p.name, p] as const))('%s', async (_name, probe) => {
    const table = {} as Record<Role, string[]>;
    for (const role of ROLES) {
      table[role] = [];
      for (const ownership of OWNERSHIPS) {
        const subject = crm.subjects[ownership];
        const { decision, json, error } = await cell(probe, subject, callers[role], services());
        table[role].push(decision);
        const context = `${probe.name} as ${role} on the ${ownership} record`;
        const everything = JSON.stringify(json ?? null) + (error ?? '');
        const keys = keysIn(json);
        if (decision === 'limited')
          expect({ context, keys: NOT_IN_LIMITED.filter((k) => keys.has(k)) }).toEqual({ context, keys: [] });
        if (mode === 'team' && role === 'marketing')
          expect({
            context,
            keys: NOT_FOR_MARKETING.filter((k) => keys.has(k) && !probe.marketingMay?.includes(k)),
          }).toEqual({
            context,
            keys: [],
          });
        // Nothing of another team's account reaches a rep or manager, in results or in error messages.
        if (mode === 'team' && (role === 'rep' || role === 'manager'))
          expect({
            context,
            leaked: crm.subjects.other.secrets.filter(
              (s) => everything.includes(s) && !probe.typed?.(subject).includes(s),
            ),
          }).toEqual({
            context,
            leaked: [],
          });
        // Visitors, and the knowledge answer for anyone, carry nothing of any account.
        if (role === 'visitor' || probe.skill === (knowledgeAnswer as Skill<never, unknown>)) {
          const secrets = OWNERSHIPS.flatMap((o) => crm.subjects[o].secrets);
          expect({ context, leaked: secrets.filter((s) => everything.includes(s)) }).toEqual({
            context,
            leaked: [],
          });
        }
      }
    }
    expect(table).toEqual(probe.expected[mode]);
  });
});

it('probes every skill of the product', () => {
  expect(new Set(PROBES.map((p) => p.skill.name))).toEqual(new Set(ALL_SKILLS.map((s) => s.name)));
});

/** Every skill the source defines (each file under src/skills that calls defineSkill), found on disk. */
function skillsOnDisk(): Set<string> {
  const dir = path.join(__dirname, '..', '..', 'src', 'skills');
  const names = new Set<string>();
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.ts') || file === 'skill.ts') continue;
    const full = path.join(dir, file);
    if (!readFileSync(full, 'utf8').includes('defineSkill(')) continue;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    for (const value of Object.values(require(full) as Record<string, unknown>)) {
      const skill = value as Partial<Skill<never, unknown>> | undefined;
      if (typeof skill?.name === 'string' && Array.isArray(skill.roles) && typeof skill.run === 'function')
        names.add(skill.name);
    }
  }
  return names;
}

it('has every skill defined on disk either probed or listed in NOT_IN_THE_MATRIX with why', () => {
  const probed = new Set(ALL_SKILLS.map((s) => s.name));
  const defined = skillsOnDisk();
  expect(defined.size).toBeGreaterThan(50);
  expect([...defined].filter((name) => !probed.has(name) && !(name in NOT_IN_THE_MATRIX))).toEqual([]);
  for (const [name, why] of Object.entries(NOT_IN_THE_MATRIX)) {
    expect({ name, defined: defined.has(name), probed: probed.has(name) }).toEqual({
      name,
      defined: true,
      probed: false,
    });
    expect(why.length).toBeGreaterThan(20);
  }
});

describe('what a limited or partial result says', () => {
  const services = () => base;

  it("names another team's account with its industry and owner, in the skill's result and in the reply", async () => {
    const other = crm.subjects.other;
    const briefing = await invokeSkill(
      accountBriefing,
      { account: 'fabrikam' },
      { caller: callers.rep, services: services() },
    );
    expect(briefing).toEqual({
      access: 'limited',
      record: 'account',
      account: { id: other.accountId, name: 'Fabrikam Energy', industry: 'Energy' },
      owner: { name: 'Dana Kim', team: 'EMEA' },
    });
    const reply = briefingReply(briefing, 'overview', FIXTURE_NOW, 'UTC');
    expect(reply.text).toMatch(/^Fabrikam Energy \(Energy\) is owned by Dana Kim, EMEA\./);
    expect(reply.lists).toBeUndefined();
    for (const focus of ['deals', 'contacts'] as const)
      expect(briefingReply(briefing, focus, FIXTURE_NOW, 'UTC').text).toBe(reply.text);

    const scored = await invokeSkill(
      leadScore,
      { dealId: other.deal.id },
      { caller: callers.rep, services: services() },
    );
    expect(leadScoreReply(scored).text).toMatch(
      /^The deal "Fabrikam grid analytics" at Fabrikam Energy is owned by Dana Kim, EMEA\./,
    );
    const segment = await invokeSkill(
      segmentOfAccount,
      { account: other.accountName },
      { caller: callers.rep, services: services() },
    );
    expect(accountSegmentReply(segment).text).toMatch(
      /^Fabrikam Energy \(Energy\) is owned by Dana Kim, EMEA\./,
    );
    const pitch = await invokeSkill(
      recommendProducts,
      { account: other.accountName },
      { caller: callers.rep, services: services() },
    );
    expect(recommendationsReply(pitch).text).toMatch(/is owned by Dana Kim, EMEA\./);
  });

  it('briefs a rep on their own account in full: deals with amounts, contacts with e-mail and phone, interactions', async () => {
    const own = crm.subjects.own;
    const briefing = await invokeSkill(
      accountBriefing,
      { account: own.accountName },
      { caller: callers.rep, services: services() },
    );
    if (briefing.access !== 'full') throw new Error('a rep sees their own account in full');
    const text = JSON.stringify(briefing);
    for (const shown of [own.contact.email, own.contact.phone, String(own.deal.amount), 'northwind.example'])
      expect(text).toContain(shown);
    expect(briefing.recentInteractions?.length).toBeGreaterThan(0);
    expect(briefingReply(briefing, 'contacts', FIXTURE_NOW, 'UTC').text).toContain(own.contact.email);
  });

  it('briefs marketing on any account without deal amounts, phones or interactions, and says so plainly', async () => {
    const other = crm.subjects.other;
    const briefing = await invokeSkill(
      accountBriefing,
      { account: other.accountName },
      { caller: callers.marketing, services: services() },
    );
    if (briefing.access !== 'full') throw new Error('marketing sees accounts in full');
    expect(briefing.contacts?.map((c) => c.email)).toContain(other.contact.email);
    expect(briefing.contacts?.some((c) => 'phone' in c)).toBe(false);
    expect(briefing.openDeals).toBeUndefined();
    const reply = briefingReply(briefing, 'overview', FIXTURE_NOW, 'UTC');
    expect(reply.text).toMatch(
      /^Fabrikam Energy \(Energy · 201-1000 employees · EMEA · GB\): customer, owned by Dana Kim\./,
    );
    expect(reply.facts?.map((f) => f.label)).not.toContain('Open pipeline');
    expect(briefingReply(briefing, 'deals', FIXTURE_NOW, 'UTC').text).toBe(
      "Fabrikam Energy's deals are for its sales team to see.",
    );
  });

  it("lists only the rep's team's accounts in a segment export, and says so", async () => {
    const other = crm.subjects.other;
    const segment = await invokeSkill(
      segmentOfAccount,
      { account: other.accountName },
      { caller: callers.admin, services: services() },
    );
    if (segment.access !== 'full' || !segment.segment) throw new Error('the admin sees the segment');
    const forRep = await invokeSkill(
      segmentMembers,
      { segment: segment.segment.name, limit: 200 },
      { caller: callers.rep, services: services() },
    );
    const forMarketing = await invokeSkill(
      segmentMembers,
      { segment: segment.segment.name, limit: 200 },
      { caller: callers.marketing, services: services() },
    );
    expect(forRep.limitedTo).toBe("team Enterprise's accounts");
    expect(forMarketing.limitedTo).toBeUndefined();
    expect(forMarketing.members.map((m) => m.name)).toContain('Fabrikam Energy');
    expect(forRep.members.map((m) => m.name)).not.toContain('Fabrikam Energy');
    expect(forRep.total).toBeLessThan(forMarketing.total);
    const owners = await ownersOfAccounts(forRep.members.map((m) => m.accountId));
    expect([...owners.values()].every((o) => o === crm.users.ana || o === crm.users.ben)).toBe(true);
  });

  it('refuses writes to another team’s account naming its owner', async () => {
    const other = crm.subjects.other;
    await expect(
      invokeSkill(
        logInteraction,
        { type: 'call', account: other.accountName, summary: 'tried' },
        { caller: callers.rep, services: services() },
      ),
    ).rejects.toThrow('Fabrikam Energy is owned by Dana Kim, EMEA; only their team can add to it.');
  });
});
