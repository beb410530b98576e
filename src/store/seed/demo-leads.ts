import { type InteractionType, type Lead, nameKeyOf } from '../../vocabulary';
import type { AccountContext } from './account-context';
import { addDays, atBusinessHour, daysBetween } from './calendar';
import { companyNameFor, domainCandidates } from './company-names';
import { phoneFor } from './demo-contacts';
import type { SalesRep, SeedDocument, SeedWindow } from './demo-crm';
import { PEOPLE_NAMES } from './demo-names';
import { emailLocalPart } from './demo-users';
import { DEMO_COUNTRIES, REGION_WEIGHTS } from './geography';
import { DEMO_INDUSTRIES } from './industries';
import type { Random } from './random';

/**
 * The true model behind lead conversion (for leads that were resolved: converted or disqualified).
 * The outcome is drawn from a base logit of source (where the lead came from) and engagement:
 *   base = -1.3 + SOURCE[source] + 0.9 * seniorTitle + 0.35 * min(touches, 5)
 * with SOURCE: referral +1.2, partner +0.6, event +0.5, chat +0.2, web -0.2, outbound -0.6;
 * `touches` are the interactions logged with the lead (leadId) before it was resolved. The company
 * fit signals are then drawn given the outcome (`FIT`), so the odds of converting given everything
 * a model can see add their likelihood ratios to the base: a company e-mail address (free-mail
 * 6% of converters, 35% of the others), a company the size of our customers (converters are our
 * accounts, median 160 employees; the others median 50) and an industry like our customers'
 * (converters have the accounts' industry mix; the others any industry evenly). Open leads draw
 * their fit from an outcome they would have had. Drawing fit after the outcome from a stream of its
 * own keeps every earlier draw of the leads stream, so the leads' names, sources, statuses, owners
 * and touches (and with them the interactions and every other demo figure) are unchanged.
 */
export const LEAD_MODEL = {
  intercept: -1.3,
  source: { referral: 1.2, partner: 0.6, event: 0.5, chat: 0.2, web: -0.2, outbound: -0.6 } as Readonly<
    Record<Lead['source'], number>
  >,
  seniorTitle: 0.9,
  perTouch: 0.35,
  touchCap: 5,
} as const;

/** The fit signals given the outcome (see LEAD_MODEL). */
export const LEAD_FIT = {
  freeMail: { converts: 0.06, other: 0.35 },
  /** Median head count of a lead's company that does not convert (converters: their account's). */
  otherEmployeesMedian: 50,
  otherEmployeesSpread: 1.5,
} as const;

const FREE_MAIL_DOMAINS = ['gmail.com', 'outlook.com', 'yahoo.com', 'hotmail.com'];
const SEASONS = [
  'Winter',
  'Winter',
  'Spring',
  'Spring',
  'Spring',
  'Summer',
  'Summer',
  'Summer',
  'Autumn',
  'Autumn',
  'Autumn',
  'Winter',
];

const SENIOR_TITLES = ['CEO', 'COO', 'VP Sales', 'VP Operations', 'Head of IT', 'Director of Sales', 'CFO'];
const OTHER_TITLES = [
  'Sales Manager',
  'Operations Analyst',
  'IT Specialist',
  'Office Manager',
  'Account Executive',
  'Consultant',
];
const LEAD_NOTES: Readonly<Record<Lead['source'], string>> = {
  web: 'Filled in the demo request form on the website',
  chat: 'Asked for a demo in the website chat',
  event: 'Met at the SaaS Connect trade show booth',
  referral: 'Referred by an existing customer',
  outbound: 'Responded to an outbound sequence',
  partner: 'Introduced by a reseller partner',
};

/** A touch with a lead, for the interaction generator. */
export interface LeadTouch {
  leadId: string;
  leadName: string;
  ownerId?: string;
  type: InteractionType;
  at: Date;
}

/**
 * `count` leads from the last year in every status, with conversion drawn from LEAD_MODEL; converted
 * leads point at an account. Returns the leads and the touches logged with them.
 */
export function generateLeads(
  random: Random,
  window: SeedWindow,
  contexts: readonly AccountContext[],
  reps: readonly SalesRep[],
  count: number,
): { leads: SeedDocument<Lead>[]; touches: LeadTouch[] } {
  const leads: SeedDocument<Lead>[] = [];
  const touches: LeadTouch[] = [];
  const taken = new Set(contexts.map((c) => c.account.nameKey));
  // Fit and campaign draws come from a stream of their own (see LEAD_MODEL).
  const fit = random.fork('fit');
  for (let i = 0; i < count; i++) {
    const region = random.weighted(REGION_WEIGHTS);
    const country = random.weighted(
      DEMO_COUNTRIES.filter((c) => c.region === region).map((c) => [c, c.weight] as const),
    );
    const names = PEOPLE_NAMES[region];
    const name = `${random.pick(names.first)} ${random.pick(names.last)}`;
    const source = random.weighted<Lead['source']>([
      ['web', 0.3],
      ['chat', 0.12],
      ['event', 0.15],
      ['referral', 0.13],
      ['outbound', 0.2],
      ['partner', 0.1],
    ]);
    const senior = random.chance(0.3);
    const ageDays = Math.min(365, random.exponential(110));
    const hour = atBusinessHour(random, addDays(window.anchor, -ageDays - 0.5), 9);
    const createdAt = hour < window.anchor ? hour : addDays(window.anchor, -0.3);
    const touchCount = random.poisson(source === 'outbound' ? 2.2 : 1.4);

    const logit =
      LEAD_MODEL.intercept +
      LEAD_MODEL.source[source] +
      (senior ? LEAD_MODEL.seniorTitle : 0) +
      LEAD_MODEL.perTouch * Math.min(touchCount, LEAD_MODEL.touchCap);
    const resolved = ageDays > 60 ? random.chance(0.85) : ageDays > 21 ? random.chance(0.5) : false;
    const converted = resolved && random.chance(1 / (1 + Math.exp(-logit)));
    const status: Lead['status'] = resolved
      ? converted
        ? 'converted'
        : 'disqualified'
      : ageDays < 21
        ? random.chance(0.6)
          ? 'new'
          : 'working'
        : random.chance(0.5)
          ? 'working'
          : 'qualified';
    const account = converted ? random.pick(contexts.filter((c) => c.account.region === region)) : undefined;
    let company = account?.account.name;
    let domain = account?.account.domain;
    let industryName = account?.account.industry;
    while (!company) {
      const industry = random.pick(DEMO_INDUSTRIES);
      industryName = industry.name;
      const candidate = companyNameFor(random, industry, country);
      if (taken.has(nameKeyOf(candidate.name))) continue;
      taken.add(nameKeyOf(candidate.name));
      company = candidate.name;
      domain = domainCandidates(random, candidate, country, industry.name === 'Government')[0];
    }
    const owner =
      status === 'new' && random.chance(0.4)
        ? undefined
        : random.pick(reps.filter((rep) => rep.region === region));
    const resolvedAt = addDays(createdAt, Math.min(ageDays - 1, random.uniform(10, 60)));
    const id = random.idAt(createdAt);
    const converts = resolved ? converted : fit.chance(1 / (1 + Math.exp(-logit)));
    const freeMail = fit.chance(converts ? LEAD_FIT.freeMail.converts : LEAD_FIT.freeMail.other);
    const employees =
      account?.account.employees ??
      Math.max(
        2,
        Math.round(
          converts
            ? fit.logNormal(160, 1.7)
            : fit.logNormal(LEAD_FIT.otherEmployeesMedian, LEAD_FIT.otherEmployeesSpread),
        ),
      );
    const campaign = campaignOf(fit, source, createdAt);
    const lead: SeedDocument<Lead> = {
      _id: id,
      name,
      email: `${emailLocalPart(name)}@${freeMail ? fit.pick(FREE_MAIL_DOMAINS) : domain}`,
      ...(random.chance(0.7) ? { phone: phoneFor(random, country.name) } : {}),
      company,
      title: random.pick(senior ? SENIOR_TITLES : OTHER_TITLES),
      source,
      status,
      ...(owner ? { ownerId: owner._id } : {}),
      ...(account ? { accountId: account.account._id, convertedAt: resolvedAt } : {}),
      notes: campaign?.note ?? LEAD_NOTES[source],
      ...(campaign ? { campaign: campaign.name } : {}),
      ...(industryName ? { industry: industryName } : {}),
      employees,
      createdAt,
    };
    leads.push(lead);
    const touchEnd = resolved ? resolvedAt : window.anchor;
    for (let t = 0; t < touchCount; t++) {
      const at = addDays(createdAt, random.uniform(0, Math.max(0.1, daysBetween(createdAt, touchEnd))));
      const type =
        t === 0 && source === 'chat'
          ? 'chat'
          : random.weighted<InteractionType>([
              ['email', 0.5],
              ['call', 0.35],
              ['meeting', 0.15],
            ]);
      touches.push({ leadId: lead._id, leadName: name, ...(owner ? { ownerId: owner._id } : {}), type, at });
    }
  }
  return { leads, touches };
}

/**
 * The campaign a lead came from: most event leads registered for the season's webinar ("Spring
 * webinar 2026"), the others met the team at the yearly trade show; a quarter of web leads
 * downloaded the pricing guide. Other sources have none.
 */
function campaignOf(
  fit: Random,
  source: Lead['source'],
  createdAt: Date,
): { name: string; note?: string } | undefined {
  const year = createdAt.getUTCFullYear();
  if (source === 'event') {
    if (!fit.chance(0.6)) return { name: `SaaS Connect ${year}` };
    const name = `${SEASONS[createdAt.getUTCMonth()]!} webinar ${year}`;
    return { name, note: `Registered for the ${name}` };
  }
  if (source === 'web' && fit.chance(0.25))
    return { name: `Pricing guide ${year}`, note: 'Downloaded the pricing guide from the website' };
  return undefined;
}
