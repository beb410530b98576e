import { ErrorCode, isCrmError } from '../../core/errors';
import type { Caller } from '../../skills/skill';
import { capabilitiesFor } from '../capabilities';
import type { Capability } from '../intents/intent-handler';
import type { Reply } from '../reply';

/** What a refused skill shows, in the person's words, and whom it is for (never the skill's name). */
const TOPICS: ReadonlyArray<{ skills: RegExp; what: string }> = [
  {
    skills: /^(?:log-interaction|create-task)$/,
    what: 'logging calls, meetings and tasks on accounts is for the sales team',
  },
  {
    skills:
      /^(?:query-records|pipeline-summary|at-risk-deals|top-leads|forecast|lead-score|find-deals|update-deal-stage|account-briefing|sales-target\w*|find-account|find-contacts?)$/,
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
  {
    skills: /^personal-data-lookup$/,
    what: "a person's privacy requests (exporting or erasing their data) are for admins",
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
  const refusal = refusalTextOf(error, caller);
  if (!refusal) return undefined;
  const examples = capabilitiesFor(capabilities, caller)
    .map((c) => c.examples[0]!)
    .slice(0, 3);
  const instead = examples.length
    ? ` You can ask me things like ${examples.map((e) => `"${e}"`).join(', ')}.`
    : ' Say "help" to see what I can do for you.';
  return {
    text: `${refusal}${instead}`,
    buttons: examples.map((example) => ({ title: example, value: example })),
  };
}

/**
 * A request the role may not make (the skill layer's FORBIDDEN of its role check), in plain words:
 * what is not available and whom it is for, never the skill's name. Told to `caller` ("you"), it is
 * undefined when the refusal was another role's; without a caller it names the refused role (for
 * a reader who is not the person asking, such as the LLM agent). Undefined for any other error.
 */
export function refusalTextOf(error: unknown, caller?: Caller): string | undefined {
  if (!isCrmError(error, ErrorCode.Forbidden)) return undefined;
  const skill = error.details?.skill;
  const role = error.details?.role;
  if (typeof skill !== 'string' || typeof role !== 'string') return undefined;
  if (caller && role !== caller.role) return undefined;
  const topic = TOPICS.find((t) => t.skills.test(skill));
  const whom = caller ? 'you' : role === 'visitor' ? 'website visitors' : `the ${role} role`;
  if (topic) return `Sorry, that isn't available to ${whom}: ${topic.what}.`;
  return caller ? "Sorry, that isn't available to your role." : `Sorry, that isn't available to ${whom}.`;
}

/**
 * What a person is told of an error meant for them, where no list of what they may ask is at hand
 * (a form, a follow-up): their role's refusal in plain words with the way to what they may ask,
 * else the error's own message.
 */
export function personMessageOf(error: Error, caller: Caller): string {
  const refusal = refusalTextOf(error, caller);
  return refusal ? `${refusal} Say "help" to see what I can do for you.` : error.message;
}
