import { ErrorCode, isCrmError } from '../../core/errors';
import type { Caller } from '../../skills/skill';
import { capabilitiesFor } from '../capabilities';
import type { Capability } from '../intents/intent-handler';
import type { Reply } from '../reply';

/** What a refused skill shows, in the person's words, and whom it is for (never the skill's name). */
const TOPICS: ReadonlyArray<{ skills: RegExp; what: string }> = [
  {
    skills:
      /^(?:query-records|pipeline-summary|at-risk-deals|top-leads|forecast|lead-score|find-deals|update-deal-stage|account-briefing|sales-target\w*|log-interaction|create-task|find-account|find-contacts?)$/,
    what: 'deals, pipelines and forecasts are for the sales team',
  },
  {
    skills: /^(?:list-cases|open-case|update-case|customer-view|agent-assist)$/,
    what: 'support cases and the customer view are for the support team',
  },
  {
    skills: /^(?:segment-\w+|recommend-products)$/,
    what: 'customer segments, purchases and what to pitch are for sales and marketing',
  },
  {
    skills: /^(?:\w+-audiences?|audience-\w+|lead-conversion|create-lead)$/,
    what: 'leads and campaign audiences are for sales and marketing',
  },
  { skills: /^churn-\w+$/, what: "customers' churn risk is for the account teams" },
  {
    skills: /^(?:data-export|profile-collection|\w*-export)$/,
    what: 'exports of CRM data are for admins and analysts',
  },
];

/**
 * The reply to a request the caller's role may not make (the skill layer's FORBIDDEN of its role
 * check): in plain words what they cannot see and who it is for, and what they can ask instead —
 * only examples of things their own role may use. Undefined for any other error.
 */
export function refusalReplyOf(
  error: unknown,
  capabilities: readonly Capability[],
  caller: Caller,
): Reply | undefined {
  if (!isCrmError(error, ErrorCode.Forbidden)) return undefined;
  const skill = error.details?.skill;
  if (typeof skill !== 'string' || error.details?.role !== caller.role) return undefined;
  const topic = TOPICS.find((t) => t.skills.test(skill));
  const examples = capabilitiesFor(capabilities, caller)
    .map((c) => c.examples[0]!)
    .slice(0, 3);
  const instead = examples.length
    ? ` You can ask me things like ${examples.map((e) => `"${e}"`).join(', ')}.`
    : ' Say "help" to see what I can do for you.';
  return {
    text: topic
      ? `Sorry, that isn't available to you: ${topic.what}.${instead}`
      : `Sorry, that isn't available to your role.${instead}`,
    buttons: examples.map((example) => ({ title: example, value: example })),
  };
}
