import { accountBriefing } from '../../skills/account-briefing';
import { agentAssist } from '../../skills/agent-assist';
import { atRiskDeals } from '../../skills/at-risk-deals';
import { caseMetrics, listCases, openCase, updateCase } from '../../skills/cases';
import { churnRisk } from '../../skills/churn-risk';
import { createLead } from '../../skills/create-lead';
import { createTask } from '../../skills/create-task';
import { customerView } from '../../skills/customer-view';
import { forecast } from '../../skills/forecast';
import { knowledgeAnswer } from '../../skills/knowledge';
import { leadConversion } from '../../skills/lead-conversion';
import {
  audienceSpendChange,
  buildAudience,
  exportAudience,
  listAudiences,
  refreshAudience,
  showAudience,
} from '../../skills/audiences';
import { leadScore, topLeads } from '../../skills/lead-score';
import { logInteraction } from '../../skills/log-interaction';
import { showMyProfile } from '../../skills/my-profile';
import { productSales } from '../../skills/product-sales';
import { recommendProducts } from '../../skills/recommendations';
import { segmentMembers, segmentMovementsSkill, segmentOfAccount } from '../../skills/segments';
import type { Skill } from '../../skills/skill';
import { listTeamMembers } from '../../skills/team-members';
import { updateDealStage } from '../../skills/update-deal-stage';

/** A skill of any input and output, as the LLM sees it: a tool. */
export type AnySkill = Skill<any, unknown>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Every skill the LLM may call as a tool (each still checks the caller's role). */
export const LLM_SKILLS: readonly AnySkill[] = [
  accountBriefing,
  leadScore,
  topLeads,
  leadConversion,
  listAudiences,
  showAudience,
  audienceSpendChange,
  exportAudience,
  buildAudience,
  refreshAudience,
  forecast,
  atRiskDeals,
  churnRisk,
  segmentOfAccount,
  segmentMembers,
  segmentMovementsSkill,
  recommendProducts,
  knowledgeAnswer,
  listCases,
  caseMetrics,
  customerView,
  agentAssist,
  openCase,
  updateCase,
  createTask,
  logInteraction,
  createLead,
  updateDealStage,
  listTeamMembers,
  showMyProfile,
  productSales,
];

/**
 * The skills deliberately not offered to the LLM, each with why. Every skill a role may call is
 * either in LLM_SKILLS or here (a test holds the two lists against every skill defined), so a new
 * skill is a decision, not something forgotten.
 */
export const NOT_LLM_TOOLS: Readonly<Record<string, string>> = {
  'find-account':
    'a resolver the write dialogs use (log a call, create a task); account-briefing, customer-view and query-records take the name themselves',
  'find-contacts': 'a resolver the write dialogs use to settle a contact before their confirmation',
  'find-contact': 'a resolver the write dialogs use to settle a contact before their confirmation',
  'find-deals': 'a resolver the write dialogs use to settle a deal before their confirmation',
  'find-tasks': "a resolver the change-task dialog uses to settle which of the caller's tasks is meant",
  'set-my-timezone':
    "a setting of the caller's own, changed in the self-service dialog, which reads the zone as said and confirms the IANA name; not yet offered to the LLM (a candidate)",
  'update-task':
    'takes a task id, which no tool offered to the LLM returns, and a confirmation of it would show the id instead of the title; the change-task dialog finds the task by words and confirms it by its title',
  'update-deal':
    "the change-deal dialog finds the deal by its words and confirms the amount or close date before and after; the agent's confirmation has no wording for it yet, so not yet offered to the LLM (a candidate)",
  'may-change-deal':
    "the update-deal-stage dialog's permission check before it asks for a yes; update-deal-stage refuses the same itself",
  'digest-deals':
    "the scheduled digest's input; forecast and at-risk-deals answer a person's questions about deals",
  'accounts-to-call':
    "the rep's weekly digest job calls it; not yet offered in chat or to the LLM (a candidate)",
  'pipeline-summary': 'answered by the record-query handler; not yet offered to the LLM (a candidate)',
  'catch-up':
    'answered by the catch-up handler ("what did i miss"); not yet offered to the LLM (a candidate)',
  'query-records': 'answered by the record-query handler; not yet offered to the LLM (a candidate)',
  'sales-target': 'answered by the sales-target chat; not yet offered to the LLM (a candidate)',
  'set-sales-target':
    "a manager's write, made in the sales-target chat and the CLI; not yet offered to the LLM",
  'subscribe-digest':
    'a subscription is made in the digest dialog, which says what will be sent, where and when and waits for a yes',
  'unsubscribe-digest': 'handled by the digest dialog',
  'list-digest-subscriptions': 'answered by the digest handler; not yet offered to the LLM (a candidate)',
  'export-records':
    'whole collections as rows: a file for the CLI and the export handler, far beyond a tool result',
  'profile-collection':
    'a whole-collection profile for admins and analysts, served as a report, not a tool result',
  'revenue-concentration':
    'answered by the revenue-concentration handler for admins and analysts; not yet offered to the LLM (a candidate)',
  'audit-log-summary':
    "answered by the audit-log handler for admins; kept from the LLM so that people's activity is not sent to a model provider",
  'personal-data-lookup':
    "answered by the privacy-request handler for admins (the commands that export or erase a person's data); kept from the LLM so that a person's records are not sent to a model provider",
  'route-handoff': "the widget's hand-off calls it; a visitor's agent is offered knowledge-answer only",
  'open-handoff-case': "the widget's hand-off calls it; a visitor's agent is offered knowledge-answer only",
  'note-handoff-unattended':
    "the widget's hand-off calls it; a visitor's agent is offered knowledge-answer only",
  'capture-website-lead':
    "the visitor's contact-request dialog calls it after its confirmation; a visitor's agent is offered knowledge-answer only",
};

/** The names of the skills that change CRM records: every call the agent makes to one waits for the person's yes. */
export function writeSkillNames(skills: readonly AnySkill[]): ReadonlySet<string> {
  return new Set(skills.filter((skill) => skill.changesData === true).map((skill) => skill.name));
}
