import type { InteractionType } from '../../vocabulary';
import type { Random } from './random';

/** What a summary may mention. */
export interface SummaryContext {
  contact: string;
  account: string;
  deal?: string;
  /** 0 at the deal's creation, 1 at its close: early touches are discovery, late ones negotiation. */
  progress?: number;
}

const TOPICS = [
  'pricing for additional seats',
  'SSO setup',
  'API rate limits',
  'data migration from spreadsheets',
  'the onboarding timeline',
  'the Teams integration',
  'renewal terms',
  'user training',
  'custom reporting',
  'contract terms',
  'data residency in the EU',
  'the mobile app',
];
const COMPETITORS = ['Northwind CRM', 'Contoso Sales', 'Fabrikam Cloud', 'Tailspin Suite'];

type Template = (c: SummaryContext, random: Random) => string;

/** Deal touches by phase (early, middle, late) and type. */
const DEAL_TEMPLATES: Readonly<
  Record<'meeting' | 'call' | 'email' | 'note', readonly [Template[], Template[], Template[]]>
> = {
  meeting: [
    [
      (c) => `Discovery meeting with ${c.contact}: mapped current process and pain points`,
      (c) => `Product demo for ${c.contact}'s team`,
    ],
    [
      (c) => `Solution workshop with ${c.contact} on the rollout plan`,
      (c) => `Technical deep dive with ${c.contact}: integrations and security`,
      (c) => `Proposal walkthrough with ${c.contact}`,
    ],
    [
      (c, r) => `Negotiation meeting with ${c.contact}: asked for a ${r.pick([5, 8, 10, 12, 15])}% discount`,
      (c) => `Executive alignment meeting with ${c.contact} and their leadership`,
      (c) => `Final terms review with ${c.contact}`,
    ],
  ],
  call: [
    [
      (c) => `Intro call with ${c.contact}`,
      (c) => `Qualification call with ${c.contact}: budget and timeline confirmed`,
    ],
    [
      (c, r) => `Follow-up call with ${c.contact} about ${r.pick(TOPICS)}`,
      (c) => `Call with ${c.contact}: reviewed the pilot results`,
    ],
    [
      (c) => `Pricing call with ${c.contact}`,
      (c) => `Call with ${c.contact}: procurement needs a revised quote`,
      (c) => `Check-in call with ${c.contact} on signature timing`,
    ],
  ],
  email: [
    [
      (c) => `Sent recap and next steps to ${c.contact}`,
      (c) => `Shared a customer case study with ${c.contact}`,
    ],
    [
      (c) => `Sent proposal for ${c.deal ?? c.account} to ${c.contact}`,
      (c) => `${c.contact} asked for security documentation`,
    ],
    [
      (c) => `Sent revised quote to ${c.contact}`,
      (c) => `Emailed the order form to ${c.contact} for signature`,
    ],
  ],
  note: [
    [
      (c, r) => `${r.pick(COMPETITORS)} is also in the evaluation at ${c.account}`,
      (c) => `${c.contact} owns the budget for this project`,
    ],
    [(c) => `${c.contact} is championing us internally`, () => `Legal review of the MSA started`],
    [
      () => `Budget approval expected at the next board meeting`,
      () => `Procurement asked for a three-year price lock`,
    ],
  ],
};

/** Account-level touches not tied to a deal (customer success, support, marketing). */
const ACCOUNT_TEMPLATES: Readonly<Record<InteractionType, readonly Template[]>> = {
  meeting: [
    (c) => `Quarterly business review with ${c.contact}`,
    (c) => `Onboarding session with ${c.contact}'s team`,
    (c) => `Roadmap preview for ${c.contact}`,
  ],
  call: [
    (c) => `Support escalation call with ${c.contact}`,
    (c) => `Renewal check-in with ${c.contact}`,
    (c, r) => `Call with ${c.contact} about ${r.pick(TOPICS)}`,
  ],
  email: [
    (c) => `Sent the product update newsletter to ${c.contact}`,
    (c) => `Answered an invoice question from ${c.contact}`,
    (c) => `Invited ${c.contact} to the customer webinar`,
    (c, r) => `${c.contact} asked about ${r.pick(TOPICS)}`,
  ],
  note: [
    (c, r) => `Account health: usage up ${r.int(5, 40)}% this quarter at ${c.account}`,
    (c) => `${c.account} is restructuring; new IT lead starts next month`,
    (c, r) => `Usage at ${c.account} dropped ${r.int(10, 35)}% since last month`,
  ],
  chat: [
    (c, r) => `Website chat: ${c.contact} asked about ${r.pick(TOPICS)}`,
    (c, r) => `Slack Connect: ${c.contact} asked about ${r.pick(TOPICS)}`,
    (c) => `Chat: ${c.contact} reported a login issue, resolved`,
  ],
};

/** A one-line summary of a touch on a deal, in the words a rep would log. */
export function dealTouchSummary(
  random: Random,
  type: 'meeting' | 'call' | 'email' | 'note',
  context: SummaryContext,
): string {
  const progress = context.progress ?? 0.5;
  const phase = progress < 0.34 ? 0 : progress < 0.7 ? 1 : 2;
  return random.pick(DEAL_TEMPLATES[type][phase])(context, random);
}

/** A one-line summary of an account-level touch. */
export function accountTouchSummary(random: Random, type: InteractionType, context: SummaryContext): string {
  return random.pick(ACCOUNT_TEMPLATES[type])(context, random);
}

/** The note logged when a deal's close date was pushed out. */
export function slippedCloseSummary(random: Random, from: Date, to: Date): string {
  const reason = random.pick([
    'procurement delays',
    'budget moved to next quarter',
    'legal review took longer',
    'champion on leave',
  ]);
  return `Close date moved from ${from.toISOString().slice(0, 10)} to ${to.toISOString().slice(0, 10)}: ${reason}`;
}

/** A one-line summary of a touch with a lead (before it became a contact). */
export function leadTouchSummary(random: Random, type: InteractionType, lead: string): string {
  switch (type) {
    case 'chat':
      return `Website chat: ${lead} asked about pricing for ${random.pick([5, 10, 25, 50, 100])} seats`;
    case 'call':
      return random.pick([
        `Intro call with ${lead}`,
        `Qualification call with ${lead}`,
        `Left voicemail for ${lead}`,
      ]);
    case 'meeting':
      return `Demo for ${lead}`;
    case 'note':
      return `${lead} downloaded the pricing guide`;
    default:
      return random.pick([`Sent follow-up email to ${lead}`, `${lead} replied to the webinar invitation`]);
  }
}
