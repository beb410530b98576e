import type { Lead } from '../../vocabulary';
import { campaignOfLeads, leadSourceOf } from './lead-words';
import { patternOf } from '../../core/patterns';

/**
 * A question about how leads convert: the rate of all leads ("what's our lead conversion rate"), of
 * one group ("conversion rate on our webinar leads", "how did SaaS Connect 2026 do for us", "how
 * well do referral leads convert"), or the groups ranked by it ("which source converts best", "which
 * campaign actually works"). `within` narrows a campaign ranking to the campaigns with those words
 * ("which webinar converted best").
 */
export type LeadRateQuestion =
  | { kind: 'overall' }
  | { kind: 'ranked'; by: LeadRateGroup; within?: string; revenue?: true; pipeline?: true }
  | { kind: 'source'; source: Lead['source'] }
  | { kind: 'campaign'; campaign: string };

/** What leads are ranked by: where they came from, their campaign, their company's industry, a country. */
export type LeadRateGroup = 'source' | 'campaign' | 'industry' | 'country';

/** The words of a group of leads ranked: "campaigns", "webinars", "sources", "channels", "industries", "countries". */
const GROUP_WORDS =
  'campaigns?|webinars?|events?|sources?|channels?|origins?|industr(?:y|ies)|verticals?|sectors?|countr(?:y|ies)';

/**
 * "best" said of a group word: "our best lead source", "the strongest channel", "our worst
 * industry", "best converting industries", "best performing campaign".
 */
const BEST_OF_GROUP = new RegExp(
  `\\b(?:best|strongest|worst|weakest|top[-\\s]performing|highest[-\\s]converting|lowest[-\\s]converting)\\s+(?:(?:performing|converting)\\s+)?(?:lead\\s+)?(${GROUP_WORDS})\\b`,
  'i',
);

/** The group a word names: "channels" are sources, "webinars" campaigns, "verticals" industries. */
function groupOf(word: string): LeadRateGroup {
  if (/^(?:sources?|channels?|origins?)$/i.test(word)) return 'source';
  if (/^(?:industr|verticals?|sectors?)/i.test(word)) return 'industry';
  if (/^countr/i.test(word)) return 'country';
  return 'campaign';
}

/**
 * "conversion rate", "rate of conversion", "what share of leads convert", "how well do ... convert",
 * and conversion per group said without "rate" ("lead conversion by source", "conversion per campaign").
 */
const RATE =
  /\b(?:lead\s+)?conversions?\s+(?:by|per|for\s+each|across)\s+(?:lead\s+)?(?:sources?|channels?|campaigns?|webinars?|industr(?:y|ies)|countr(?:y|ies))\b|\bconver(?:sion|t|ts|ting|ted)\s+(?:rates?|ratios?|%|percent(?:age)?s?|numbers)\b|\brates?\s+of\s+conver|\b(?:what|which)\s+(?:share|percent(?:age)?|%|proportion|fraction|part)\s+of\b.*\bconver|\bhow\s+(?:well|often|many\s+of)\b.*\bconver|\bhow\s+(?:are|is)\b.*\bconverting\b/i;
/** "converts best", "best converting", "highest conversion", "where do our best leads come from". */
const BEST =
  /\bconver(?:t|ts|ted|ting)\s+(?:the\s+)?(?:best|most|better|worst|least)\b|\b(?:best|highest|top|worst|lowest)[-\s]+(?:convert(?:ing)?|conversion)\b|\bbest\s+leads\b.*\bcome\s+from\b|\bwhere\b.*\bbest\s+leads\b/i;
/** "which campaign actually works", "what channel performs best", "which webinars worked". */
const WORKS =
  /\b(?:which|what)\s+(?:of\s+(?:our|the)\s+)?(?:lead\s+)?(campaigns?|webinars?|events?|sources?|channels?)\b(?:\s+\w+){0,3}?\s+(?:(?:actually|really|truly)\s+)?(?:works?|worked|is\s+working|are\s+working|performs?|performed|is\s+performing|are\s+performing|did\s+(?:best|well|better)|does\s+(?:best|well|better)|do\s+(?:best|well|better)|pays?\s+off|paid\s+off|delivers?|delivered)\b/i;
/** "how did SaaS Connect 2026 do for us", "how is the spring webinar performing": the span is the campaign. */
const HOW_DID =
  /\bhow\s+(?:did|does|do|is|was|has|have|are|were)\s+(.+?)\s+(?:do|doing|done|go|going|gone|perform|performing|performed|work|working|worked|turn\s+out|turning\s+out|pan\s+out|convert|converting|converted)\b/i;
/**
 * Leads said as what they turn into: "lead to deal conversion", "lead-to-opportunity rate", "leads
 * to customers": still the leads' conversion, whatever record is named after "to".
 */
const LEADS_TO_RECORDS =
  /\bleads?[-\s]+(?:to|into)[-\s]+(?:deals?|opps?|opportunit(?:y|ies)|customers?|pipeline|sales|wins?|won)\b/gi;
/**
 * "lead conversion for event leads", "conversion of our web leads", "conversion among partner
 * leads": a conversion said of leads, with no "rate".
 */
const CONVERSION_OF_LEADS =
  /\bconversions?\s+(?:for|of|on|among|from|with)\s+(?:(?:our|the|my|all)\s+)?(?:[\w-]+\s+){0,3}?leads?\b|\blead\s+conversions?\s*[?.!]*$|^\W*lead\s+conversions?\b/i;
/** Other teams' conversions: deals won, trials, visitors, cases. */
const NOT_LEADS =
  /\b(?:deals?|opps?|opportunit(?:y|ies)|pipeline|win|wins|won|quotes?|trials?|visitors?|visits?|cases?|tickets?|emails?\s+(?:open|click))\b/i;
/** Campaign spans that name a lead or a person instead ("how did hugo andersson's lead convert"). */
const BY_SOURCE = /\b(?:sources?|channels?|origins?)\b|\bcome\s+from\b/i;

/**
 * "which campaign brought in the most revenue", "what channel drives the most business": campaigns or
 * sources ranked by what they brought in beyond leads (the group word in the first group).
 */
const MOST_BUSINESS =
  /\b(?:which|what)\s+(?:of\s+(?:our|the)\s+)?(?:lead\s+)?(campaigns?|webinars?|events?|sources?|channels?)\b(?:\s+\w+){0,3}?\s+(?:brought|brings?|drove|drives?|generated|generates?|produced|produces?|made|makes?|earned|earns?|created|creates?|sourced|sources?)\s+(?:in\s+|us\s+)?(?:the\s+)?(?:most|more|biggest|highest)\s+(business|revenue|money|sales|customers|deals|wins|won\s+business|bookings|pipeline|opportunities|opps)\b/i;

/**
 * "revenue by lead source this year", "bookings per campaign", "sales by channel": money broken down
 * by where leads came from (the money word first, then the group word). Not "pipeline by source":
 * open deals carry their own source, so that is a breakdown of deals.
 */
const BUSINESS_BY_GROUP =
  /\b(?:won\s+)?(revenue|bookings|sales|business)\s+(?:(?:that\s+)?(?:came|comes)\s+)?(?:by|per|from\s+each|for\s+each|across|split\s+by|broken\s+down\s+by)\s+(?:lead\s+)?(campaigns?|webinars?|events?|sources?|channels?)\b/i;

/** The lead-conversion-rate question a message asks, or undefined when it asks none. */
export function leadRateQuestionOf(said: string): LeadRateQuestion | undefined {
  let text = said;
  // Revenue is not attributed to campaigns: the groups ranked by how their leads converted, said so.
  const byGroup = BUSINESS_BY_GROUP.exec(text);
  const most = MOST_BUSINESS.exec(text) ?? (byGroup && [byGroup[0], byGroup[2]!, byGroup[1]!]);
  const business = most?.[1];
  if (business)
    return {
      kind: 'ranked',
      by: /^(?:sources?|channels?)$/i.test(business) ? 'source' : 'campaign',
      revenue: true,
      // "which campaign brought in the most pipeline": open deals, credited to no campaign either.
      ...(/^(?:pipeline|opportunities|opps)$/i.test(most[2]!) ? { pipeline: true as const } : {}),
    };
  // "lead to deal conversion rate by source": the leads' own conversion, the deal only what they become.
  if (text.includes('to')) text = text.replace(LEADS_TO_RECORDS, 'leads');
  if (NOT_LEADS.test(text)) return undefined;
  const works = WORKS.exec(text);
  const campaignAsked = HOW_DID.exec(text)?.[1];
  const howDid = campaignAsked ? campaignOfLeads(campaignAsked) : undefined;
  const bestOf = BEST_OF_GROUP.exec(text)?.[1];
  const asks =
    RATE.test(text) ||
    BEST.test(text) ||
    works !== null ||
    howDid !== undefined ||
    bestOf !== undefined ||
    (text.includes('conversion') && CONVERSION_OF_LEADS.test(text));
  if (!asks) return undefined;
  // Ranked: "which source converts best", "which campaign actually works", "conversion rate by campaign",
  // "which industries convert best", "our best lead source".
  const ranking =
    works?.[1] ??
    bestOf ??
    patternOf(`\\b(?:which|what)\\s+(?:of\\s+(?:our|the)\\s+)?(?:lead\\s+)?(${GROUP_WORDS})\\b`, 'i').exec(
      text,
    )?.[1] ??
    patternOf(`\\b(?:by|per|each|across|for\\s+each)\\s+(?:lead\\s+)?(${GROUP_WORDS})\\b`, 'i').exec(
      text,
    )?.[1];
  if (ranking || (BEST.test(text) && BY_SOURCE.test(text))) {
    const by = ranking ? groupOf(ranking) : 'source';
    const within = by === 'campaign' && /^webinars?$/i.test(ranking ?? '') ? 'webinar' : undefined;
    return within ? { kind: 'ranked', by, within } : { kind: 'ranked', by };
  }
  if (howDid) return { kind: 'campaign', campaign: howDid };
  const source = leadSourceOf(text);
  if (source) return { kind: 'source', source };
  const campaign = campaignOfLeads(text);
  if (campaign) return { kind: 'campaign', campaign };
  // "what's our lead conversion rate", "how well do our leads convert": all leads; a rate of
  // something other than leads ("what's the conversion rate of hugo andersson") is not this question.
  if (
    !/\bleads?\b|^\W*(?:what(?:'s|s|\s+is)?|whats|show\s+me|tell\s+me)?\s*(?:our|the|my)?\s*(?:overall\s+)?conversion\s+rate\b/i.test(
      text,
    )
  )
    return undefined;
  return { kind: 'overall' };
}
