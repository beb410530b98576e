import type { LeadGrouping } from '../../skills/lead-conversion';
import type { Lead } from '../../vocabulary';
import { leadRateQuestionOf } from './lead-rate-questions';
import { asksOwnedLeadCount, campaignOfLeads, CONVERSION, leadSourceOf } from './lead-words';
import { patternOf } from '../../core/patterns';

export { campaignOfLeads, leadSourceOf } from './lead-words';

type LeadStatus = Lead['status'];

/** The intents of marketing's questions: lead conversion and campaign audiences. */
export type MarketingIntent =
  | 'lead_conversion'
  | 'audience_build'
  | 'audience_list'
  | 'audience_refresh'
  | 'audience_compare'
  | 'audience_export'
  | 'audience_show';

/**
 * MQLs, marketing-qualified leads: the leads in status qualified (docs/marketing.md), said in
 * marketing's own word ("how many mqls do we have", "show me our MQLs").
 */
const MQL = /\bmqls?\b|\bmarketing[-\s]qualified(?:\s+leads?)?\b/i;
const LEADS = /\bleads\b|\blead conversion\b|\bmqls?\b|\bmarketing[-\s]qualified\b/i;
/**
 * The lead funnel, said of leads ("lead funnel", "the marketing funnel", "mql funnel") or with the
 * lead statuses listed ("funnel please: new, working, qualified, converted"): the leads by status.
 */
const LEAD_FUNNEL =
  /\b(?:leads?|marketing|mql|demand[-\s]gen(?:eration)?)\s+funnel\b|\bfunnel\s+(?:of|for)\s+(?:our\s+|the\s+)?(?:leads|mqls)\b/i;
const FUNNEL = /\bfunnel\b/i;
/** Two lead statuses or more named in one message: "new, working, qualified, converted". */
const LEAD_STATUS_NAMES = /\b(?:new|working|(?<!dis)qualified|converted|disqualified)\b/gi;

/** True when a message asks for the lead funnel: its words, or the funnel with lead statuses listed. */
export function asksLeadFunnel(text: string): boolean {
  if (!FUNNEL.test(text) || /\b(?:deals?|opps?|opportunit\w+|pipeline|sales|stages?)\b/i.test(text))
    return false;
  const statuses = new Set((text.match(LEAD_STATUS_NAMES) ?? []).map((s) => s.toLowerCase()));
  return LEAD_FUNNEL.test(text) || statuses.size >= 2;
}
/** Leads of one period set against another's ("leads this month vs last month", "compare lead counts"). */
const LEAD_COUNT_COMPARED =
  /\bleads?\b[\s\S]*\b(?:vs\.?|versus|compared\s+(?:to|with)|against)(?=\W|$)|\bcompar(?:e|ing)\b[\s\S]*\bleads?\b/i;

/**
 * One person's chance to convert, in the words of a lead's conversion: "whats the chance Hugo
 * Andersson converts", "how likely is hugo andersson to convert", "will Hugo Andersson convert",
 * "Hugo Andersson's conversion score", "conversion probability for Hugo Andersson". The name is the
 * span in between (the skill matches it against the leads' names).
 */
const LEAD_BY_NAME = [
  /\b(?:chances?|odds|likelihood|probability)\s+(?:that\s+|of\s+)?(.+?)\s+(?:converts|will\s+convert|(?:is\s+)?converting|convert(?:ing)?\s+(?:at\s+all|soon))\b/i,
  /\bhow\s+likely\s+(?:is|are)\s+(.+?)\s+to\s+convert\b/i,
  /^\s*(?:so\s+)?(?:will|would|is|does)\s+(.+?)\s+(?:convert|likely\s+to\s+convert|going\s+to\s+convert)\b/i,
  /\b(?:what(?:'s|\s+is)?|whats|show\s+me)\s+(.+?)['’]s?\s+conversion\s+(?:chance|odds|probability|score|likelihood)\b/i,
  /\bconversion\s+(?:chance|odds|probability|score|likelihood)\s+(?:of|for)\s+(.+?)\s*[?.!]*$/i,
];
/** Spans that are no person: records, pronouns, groups ("the globex deal", "they", "our leads"). */
const NOT_A_PERSON =
  /\b(?:deals?|opps?|opportunit(?:y|ies)|leads?|accounts?|customers?|it|they|them|this|that|these|those|he|she|we|you|i|my|our|anyone|anybody|everyone|campaign|webinar|segment|audience)\b/i;

/**
 * One lead's status or stage, the lead named by the person: "whats the status of the joseph turner
 * lead", "what status is hugo andersson's lead in", "lead status for joseph turner". The word "lead"
 * beside the name is what makes it a lead (a deal or case has a status too).
 */
const LEAD_STATUS_BY_NAME = [
  /\b(?:status|stage)\s+(?:of|for|on)\s+(?:the\s+)?lead\s+(?:for\s+|named\s+|called\s+)?(.+?)\s*[?.!]*$/i,
  /\b(?:status|stage)\s+(?:of|for|on)\s+(?:the\s+)?(.+?)(?:['’]s)?\s+lead\b/i,
  /\b(?:what|which)\s+(?:status|stage)\s+(?:is|'s)\s+(?:the\s+)?(.+?)(?:['’]s)?\s+lead\s+(?:in|at)\b/i,
  /^\s*(?:(?:what(?:'s|\s+is)|whats|show\s+me|check)\s+)?(?:the\s+)?(.+?)['’]s\s+lead\s+(?:status|stage)\b/i,
  /\blead\s+(?:status|stage)\s+(?:of|for)\s+(.+?)\s*[?.!]*$/i,
  /\bwhere\s+(?:is|'s)\s+(?:the\s+)?(.+?)(?:['’]s)?\s+lead\s+at\b/i,
];
/** Words no person's name is made of, around a lead ("the lead from the pricing guide", "the new lead"). */
const NOT_IN_A_NAME =
  /\b(?:from|in|at|with|on|of|for|by|the|a|an|new|open|working|qualified|latest|last|first|hot|top|best|webinar|status|stage)\b/i;

/** The person a question about one lead's status names, in two to four words of a name. */
function leadNamedForStatus(text: string): string | undefined {
  for (const pattern of LEAD_STATUS_BY_NAME) {
    const name = pattern.exec(text)?.[1]?.trim();
    if (!name || NOT_A_PERSON.test(name) || NOT_IN_A_NAME.test(name)) continue;
    const words = name.split(/\s+/);
    if (words.length >= 2 && words.length <= 4 && words.every((w) => /^[\p{L}][\p{L}'’.-]*$/u.test(w)))
      return name;
  }
  return undefined;
}

/**
 * The person a question about one lead names: its conversion ("whats the chance Hugo Andersson
 * converts" → "Hugo Andersson") or its status ("whats the status of the joseph turner lead").
 */
export function leadNameOf(text: string): string | undefined {
  const forStatus = leadNamedForStatus(text);
  if (forStatus) return forStatus;
  for (const pattern of LEAD_BY_NAME) {
    const name = pattern
      .exec(text)?.[1]
      ?.replace(/^(?:the\s+lead\s+|lead\s+)/i, '')
      .trim();
    if (!name || NOT_A_PERSON.test(name)) continue;
    const words = name.split(/\s+/);
    if (words.length <= 4 && words.every((w) => /^[\p{L}][\p{L}'’.-]*$/u.test(w))) return name;
  }
  return undefined;
}

/** Which leads deserve the effort: "to work on", "should i chase", "hottest", "best", "follow up". */
const LEADS_TO_WORK =
  /\b(?:work(?:ing)?\s+on|focus(?:ing)?\s+on|prioriti[sz]e|chas(?:e|ing)|follow(?:\s+|-)?up|call(?:ing)?|reach(?:ing)?\s+out|go(?:ing)?\s+after|pursue|hottest|warmest|best|most\s+promising|worth)\b/i;

const AUDIENCE = /\baudiences?\b/i;
/**
 * "refresh it", "re-run that" right after an audience was built or shown: only audiences are
 * refreshed in chat, so a bare refresh of "it" is the latest audience's (the handler picks it).
 */
const REFRESH_IT =
  /^\s*(?:(?:please|can you|could you|now)\s+)*(?:refresh|re-?run|recompute|rebuild|re-?evaluate)\s+(?:it|that|this|that one|this one)(?:\s+(?:now|again|please|for me))*\s*[?.!]*\s*$/i;

/**
 * "export it to csv", "can I get that as a file", "download them": a bare export of what was just
 * built. Segment lists come with their CSV attached, so in chat only an audience is exported this
 * way (the handler takes the latest audience for "it").
 */
const EXPORT_IT =
  /^\s*(?:(?:ok(?:ay)?|great|cool|and|now|then|please|pls|can you|could you|can i|could i|i'?d like to)[\s,]+)*(?:export|download|send(?:\s+me)?|give\s+me|get(?:\s+me)?|share|email\s+me)\s+(?:it|that|this|that one|this one|them|those|the list)(?:\s+(?:to|as|in)\s+(?:a\s+|an\s+)?(?:csv|file|spreadsheet|excel|sheet)(?:\s+file)?)?(?:\s+(?:now|please|pls|for me|too))*\s*[?.!]*\s*$/i;

/** What leads are grouped by: "by source", "per channel", "where do our leads come from", "by status", "by campaign". */
const BREAKDOWN_BY: ReadonlyArray<[RegExp, LeadGrouping]> = [
  // "leads by industry", "which industries do our leads come from": the lead's company's industry.
  [
    /\b(?:by|per|each|across|for each|which|what)\s+(?:lead\s+)?(?:industr(?:y|ies)|verticals?|sectors?)\b/i,
    'industry',
  ],
  // "leads by country", "where are our leads located": leads record no country; the reply says what they have.
  [
    /\b(?:by|per|each|across|for each|which|what)\s+(?:lead\s+)?(?:countr(?:y|ies)|locations?|geograph(?:y|ies)|regions?|territor(?:y|ies))\b|\bwhere\s+(?:are|is)\s+(?:all\s+)?(?:our|the|my)?\s*leads\s+(?:located|based|from)\b/i,
    'country',
  ],
  [
    /\b(?:by|per|each|across|for each)\s+(?:lead\s+)?(?:sources?|channels?|origins?)\b|\bwhere\s+(?:do|did|are|were)\s+(?:all\s+)?(?:our|the|my)?\s*leads\s+(?:come|coming|came)\s+from\b|\bleads?\s+sources?\b/i,
    'source',
  ],
  [/\b(?:by|per|each|across|for each)\s+(?:lead\s+)?(?:status(?:es)?|stages?)\b/i, 'status'],
  [/\b(?:by|per|each|across|for each)\s+campaigns?\b/i, 'campaign'],
  // "which campaign brought in the most leads", "what channel gets us the most leads": the groups ranked.
  [/\b(?:which|what)\s+(?:of\s+(?:our|the)\s+)?(?:campaigns?|events?|webinars?)\b/i, 'campaign'],
  [/\b(?:which|what)\s+(?:of\s+(?:our|the)\s+)?(?:lead\s+)?(?:sources?|channels?)\b/i, 'source'],
];

/**
 * What leads are counted by when a question asks for them grouped ("break down our leads by source",
 * "how many leads per channel", "where do our leads come from", "leads by status", "lead count by
 * campaign"); a bare "break down our leads" is by source. Undefined for a question about scoring them.
 */
/** The grouping words of a breakdown ("by source", "per channel"), cut off before a campaign is read. */
export const GROUPING_WORDS =
  /\s+(?:by|per|each|across|for each)\s+(?:lead\s+)?(?:sources?|channels?|origins?|status(?:es)?|stages?|campaigns?|industr(?:y|ies)|verticals?|sectors?|countr(?:y|ies)|locations?|regions?)\b.*$/i;

export function leadBreakdownOf(text: string): LeadGrouping | undefined {
  // "funnel please: new, working, qualified, converted", "lead funnel?": the leads by status.
  if (asksLeadFunnel(text)) return 'status';
  if (!LEADS.test(text) && !/\blead\s+(?:sources?|count|breakdown|mix)\b/i.test(text)) return undefined;
  const by = BREAKDOWN_BY.find(([words]) => words.test(text))?.[1];
  if (by) return by;
  return /\bbreak\s*(?:down|up)\b|\bbreakdown\b/i.test(text) && !CONVERSION.test(text) ? 'source' : undefined;
}

/**
 * The one source or status a count of leads is filtered by ("how many web leads", "how many leads are
 * still new"); neither for all the leads that came in ("how many new leads came in last month").
 */
export interface LeadCountFilter {
  source?: Lead['source'];
  status?: LeadStatus;
  /**
   * Two statuses or more counted together ("qualified or converted"); the leads "any good" are the
   * qualified and converted ones (`quality` says the reply counts those as good).
   */
  statuses?: LeadStatus[];
  quality?: true;
  /** The qualified leads asked for as MQLs ("how many mqls do we have"): the reply says which status that is. */
  mql?: true;
}

const COUNTING = /\bho?w\s+many\b|\bnumber\s+of\b|\bcount\b/i;
const STATUS_WORDS: ReadonlyArray<[RegExp, LeadStatus]> = [
  // Not the asker new to the job ("i'm the new marketing intern", "new here, how many mqls …").
  [
    /\bnew\b(?<!\bi(?:'?m|\s+am)\s+(?:the\s+|a\s+|still\s+|pretty\s+|quite\s+)?new)(?!\s+(?:here|hire|starter|joiner|intern|to\s+(?:the\s+|this\s+)?(?:team|company|job|role|crm|marketing)))/i,
    'new',
  ],
  [/\bworking\b|\bbeing\s+worked\b/i, 'working'],
  [/\b(?<!dis)qualified\b/i, 'qualified'],
  [/\bconverted\b/i, 'converted'],
  [/\bdisqualified\b/i, 'disqualified'],
];

/**
 * Whether leads are any good, in everyday words: "are any good", "any good?", "good leads", "decent",
 * "solid", "quality leads", "worth anything", "worth following up", "legit", "panned out". Good leads
 * are the qualified and converted ones (docs/marketing.md).
 */
const LEAD_QUALITY =
  /\bany\s+good\b|\b(?:good|decent|solid|legit|usable|high[-\s]quality|quality|real|worthwhile)\s+(?:ones|leads)\b|\bleads\b.*\b(?:(?:are|were|is|was)\s+)?(?:worth\s+(?:anything|something|a\s+damn|following\s+up|pursuing|chasing)|any\s+use|panned\s+out|(?:are|were)\s+(?:good|decent|legit|solid))\b|\bhow\s+good\s+(?:are|were)\b.*\bleads\b|\bquality\s+of\s+(?:(?:our|the|my|last\s+\w+'s|this\s+\w+'s)\s+)?leads\b/i;

/**
 * Two lead statuses or more said together ("qualified or converted", "qualified and converted",
 * "qualified + converted", "new/working"), in the order said; fewer than two: none.
 */
function statusesListed(text: string): LeadStatus[] {
  const joined =
    /\b(new|working|(?<!dis)qualified|converted|disqualified)\b(?:\s*(?:,|\/|\+|&|\bor\b|\band\b|\bplus\b)\s*(?:(?:or|and)\s+)?(?:also\s+)?(?:new|working|(?<!dis)qualified|converted|disqualified)\b)+/i.exec(
      text,
    );
  if (!joined) return [];
  const said = joined[0].toLowerCase().match(/\b(?:new|working|qualified|converted|disqualified)\b/g) ?? [];
  // "disqualified" inside the run stays itself (the lookbehind above applies to the first word only).
  return [...new Set(said)] as LeadStatus[];
}

/** A list asked for, not a count: "show me", "list", "which", "who", "give me". */
const LISTING = /^\s*(?:(?:can|could)\s+(?:you|i)\s+)?(?:show|list|which|who|give|get|pull|send)\b/i;

/** Leads arriving ("came in", "did we get", "were added"), not leads in status new. */
const ARRIVED =
  /\b(?:came|come|coming|have\s+come|has\s+come)\s+in\b|\bdid\s+we\s+(?:get|receive|add)\b|\b(?:arrived|were\s+(?:added|created|captured)|got\s+(?:added|created))\b/i;

/**
 * A count of leads with one filter, a source or a status ("how many leads came in through web",
 * "how many leads are still new", "number of leads from referral"): undefined for a count of all
 * leads, a breakdown, a campaign's leads or anything that is not a count of leads.
 */
export function leadCountOf(text: string): LeadCountFilter | undefined {
  const quality = LEAD_QUALITY.test(text);
  // "show me the good leads" lists them (leadStatusesOf); "are last month's leads any good?" counts them.
  const counting = COUNTING.test(text) || (quality && !LISTING.test(text));
  if (!counting || !LEADS.test(text) || leadBreakdownOf(text)) return undefined;
  const source = leadSourceOf(text);
  // "how many of last month's leads are any good? qualified or converted", "how many leads were
  // qualified or converted": those statuses together; "any good" alone is the same two.
  const listed = statusesListed(text);
  if (quality || listed.length >= 2) {
    const campaign = campaignOfLeads(text);
    if (campaign && !(source && patternOf(`^${source}s?$`, 'i').test(campaign))) return undefined;
    return {
      ...(source ? { source } : {}),
      statuses: listed.length >= 2 ? listed : ['qualified', 'converted'],
      ...(quality ? { quality: true as const } : {}),
    };
  }
  const stated = STATUS_WORDS.find(([words]) => words.test(text))?.[1];
  // "how many mqls do we have": the qualified leads, unless another status is named too.
  const mql = (!stated || stated === 'qualified') && MQL.test(text);
  const named = stated ?? (mql ? 'qualified' : undefined);
  // "how many new leads came in last month": the leads that arrived then, whatever their status now.
  const status = named === 'new' && ARRIVED.test(text) ? undefined : named;
  // "how many leads came from the saas connect 2026 event": a campaign's leads, not a source's.
  const campaign = campaignOfLeads(text);
  if (campaign && !(source && patternOf(`^${source}s?$`, 'i').test(campaign))) return undefined;
  // "how many leads total", "total number of leads": every lead (not a count of one's own leads).
  if (!source && !status)
    return ARRIVED.test(text) || (ALL_LEADS.test(text) && !asksOwnedLeadCount(text)) ? {} : undefined;
  return { ...(source ? { source } : {}), ...(status ? { status } : {}), ...(mql ? { mql: true } : {}) };
}

/**
 * The company's leads, said with "we" or of the CRM ("how many leads do we have", "how many leads are
 * in the crm"). Sales roles asking it count their own (the top-leads route, which the understander
 * reads first: `asksOwnedLeadCount`); marketing, who owns none, counts every lead it sees.
 */
const COMPANY_WIDE =
  /\b(?:do|does)\s+(?:we|you|the\s+company|crmpro)\s+(?:have|hold|got)\b|\bleads\s+(?:are\s+|do\s+we\s+have\s+)?in\s+(?:the\s+)?(?:crm|system|database|pipeline)\b|\bhave\s+we\s+got\b/i;

/**
 * A count of the company's leads with no source or status said ("how many leads do we have", "how
 * many leads are in the crm", "how many leads have we got"): every lead, for a role that owns none.
 */
export function asksCompanyLeadCount(text: string): boolean {
  return (
    COMPANY_WIDE.test(text) &&
    leadCountOf(text) === undefined &&
    COUNTING.test(text) &&
    LEADS.test(text) &&
    !leadSourceOf(text) &&
    !STATUS_WORDS.some(([words]) => words.test(text)) &&
    !campaignOfLeads(text) &&
    // "how many open leads do we have", "hot leads": a kind of lead, not every one.
    !/\b(?:i|my|open|active|hot|warm|cold|unworked|untouched|stale|good|best|top)\b/i.test(text)
  );
}

/** Every lead, said so: "total", "in total", "altogether", "all told", "overall", "all (of our) leads". */
const ALL_LEADS =
  /\b(?:total|altogether|all\s+together|all\s+told|overall)\b|\ball\s+(?:of\s+)?(?:(?:our|the)\s+)?leads\b/i;

/**
 * A share of the leads in marketing's words: "what share of our leads come from events", "what % of
 * leads came from the website", "percentage of all leads", "what portion of the leads", "how many of
 * all our leads", "as a percentage of all leads". The share is said of leads right after "of".
 */
const SHARE_OF_LEADS =
  /(?:\b(?:share|percent(?:age)?|proportion|portion|fraction|ratio)|%)\s+of\s+(?:(?:all|our|the|my|total)\s+)*leads\b|\bhow\s+many\s+of\s+all\s+(?:(?:our|the)\s+)?leads\b/i;

/**
 * The source or status whose share of all leads a question asks ("what share of our leads come from
 * events" → event, "share of leads that are qualified" → qualified, both when both are named); `{}`
 * when it names neither ("what % of all leads is that": the leads just shown). Undefined when no
 * share of leads is asked. A share that converted is the conversion rate's (read before this).
 */
export function leadShareOf(text: string): LeadCountFilter | undefined {
  if (!SHARE_OF_LEADS.test(text)) return undefined;
  const source = leadSourceOf(text);
  const status = STATUS_WORDS.find(([words]) => words.test(text))?.[1];
  return { ...(source ? { source } : {}), ...(status ? { status } : {}) };
}

/**
 * The source whose leads a question lists ("referral leads", "leads from partners", "show me our event
 * leads"): a source word said of leads, unless a campaign is named other than by that word ("leads
 * from the saas connect event" is the campaign's).
 */
export function sourceOfLeads(text: string, campaign = campaignOfLeads(text)): Lead['source'] | undefined {
  if (!LEADS.test(text)) return undefined;
  const source = leadSourceOf(text);
  if (!source) return undefined;
  return campaign && !patternOf(`^${source}s?$`, 'i').test(campaign) ? undefined : source;
}

/** People who came to a campaign ("who came to", "who attended", "who signed up for", "attendees of"). */
const CAME_TO_CAMPAIGN =
  /\bwho\s+(?:came|attended|showed\s+up|turned\s+up|signed\s+up|registered|joined|went)\b|\b(?:attendees|registrants|sign-?ups)\s+(?:of|from|for|at)\b/i;

/** The marketing intent of a message, or undefined when it is not one of marketing's questions. */
export function marketingIntentOf(text: string): MarketingIntent | undefined {
  if (REFRESH_IT.test(text)) return 'audience_refresh';
  if (EXPORT_IT.test(text)) return 'audience_export';
  if (AUDIENCE.test(text)) {
    if (/\b(?:build|create|make|save|set up|new)\b/i.test(text) && !/\brefresh\b/i.test(text))
      return 'audience_build';
    if (/\b(?:refresh|re-?run|recompute|rebuild|update|re-?evaluate)\b/i.test(text))
      return 'audience_refresh';
    if (/\b(?:export|download|csv|file|spreadsheet)\b/i.test(text)) return 'audience_export';
    if (
      /\b(?:spend|spent|spending|revenue|change[sd]?|compare[sd]?|since|grow|grown|grew|doing|perform\w*)\b/i.test(
        text,
      )
    )
      return 'audience_compare';
    if (/\baudiences\b/i.test(text) && !/\b(?:in|of) the\b.*\baudiences\b/i.test(text))
      return 'audience_list';
    return 'audience_show';
  }
  if (LEADS.test(text) && (CONVERSION.test(text) || campaignOfLeads(text) !== undefined))
    return 'lead_conversion';
  // "show me our mqls", "lead funnel?": marketing's own words, the lead records.
  if (MQL.test(text) || asksLeadFunnel(text)) return 'lead_conversion';
  // "who came to the saas connect 2026 event", "attendees of the autumn webinar": the campaign's leads.
  if (CAME_TO_CAMPAIGN.test(text) && campaignOfLeads(text) !== undefined) return 'lead_conversion';
  // "how many leads this month vs last month", "lead count this year vs last": leads of two periods.
  if (LEAD_COUNT_COMPARED.test(text) && !/\b(?:deals?|opps?|opportunit\w+|revenue|won|win)\b/i.test(text))
    return 'lead_conversion';
  // "my leads to work on", "which leads should i chase": the open leads ranked by their chance to convert.
  if (LEADS.test(text) && LEADS_TO_WORK.test(text) && !/\b(?:deals?|opps?|opportunit\w+)\b/i.test(text))
    return 'lead_conversion';
  if (leadBreakdownOf(text)) return 'lead_conversion';
  // "which source converts best", "how did SaaS Connect 2026 do for us": how leads convert.
  if (leadRateQuestionOf(text)) return 'lead_conversion';
  if (leadCountOf(text)) return 'lead_conversion';
  // "what share of our leads come from events", "what % of all leads is that".
  if (leadShareOf(text)) return 'lead_conversion';
  if (leadNameOf(text)) return 'lead_conversion';
  return undefined;
}

/**
 * A resolved status said of leads: before them ("disqualified leads", "the dq pricing guide leads") or
 * in a clause after them ("leads from the webinar that converted", "the leads we disqualified").
 */
const RESOLVED_LEADS: ReadonlyArray<[RegExp, LeadStatus]> = [
  [
    /\b(?:disqualified|dq(?:'?d)?)\b(?=(?:\s+[\w-]+){0,2}\s+leads\b)|\bleads\b.*\b(?:that|which|who|we)\s+(?:were\s+|got\s+|have\s+been\s+|had\s+)?(?:disqualified|dq(?:'?d)?)\b/i,
    'disqualified',
  ],
  [
    /\bconverted\b(?=(?:\s+[\w-]+){0,2}\s+leads\b)|\bleads\b.*\b(?:that|which|who|we)\s+(?:were\s+|got\s+|have\s+)?converted\b/i,
    'converted',
  ],
];

/** A status said in a clause after "leads": "leads … are still open", "leads … still being worked". */
const STATUS_CLAUSE: ReadonlyArray<[RegExp, LeadStatus[]]> = [
  [
    /\bleads\b.*\b(?:are|is|that\s+are|which\s+are|still)\s+(?:still\s+)?(?:open|active|in\s+play|unresolved)\b/i,
    ['new', 'working', 'qualified'],
  ],
  [/\bleads\b.*\b(?:are|is|still)\s+(?:still\s+)?being\s+worked\b/i, ['working']],
];

/**
 * The lead statuses a question asks about: "qualified leads", "working leads", "disqualified leads",
 * "leads that converted"; none: the default (new and working).
 */
export function leadStatusesOf(text: string): LeadStatus[] | undefined {
  const resolved = RESOLVED_LEADS.filter(([words]) => words.test(text)).map(([, status]) => status);
  if (resolved.length) return resolved;
  // "which leads from saas connect are still open", "webinar leads still being worked".
  const clause = STATUS_CLAUSE.find(([words]) => words.test(text))?.[1];
  if (clause) return clause;
  const named = [
    ...text.toLowerCase().matchAll(/\b(new|working|qualified|open)\b(?=(?:\s+\w+)?\s+leads\b)/g),
  ].map((m) => m[1]!);
  // "show me our mqls": the qualified leads.
  if (!named.length && MQL.test(text)) return ['qualified'];
  // "which leads are any good", "show me the good ones from the webinar": qualified or converted.
  if (!named.length && LEAD_QUALITY.test(text)) return ['qualified', 'converted'];
  if (!named.length || named.includes('new')) return undefined;
  if (named.includes('open')) return ['new', 'working', 'qualified'];
  return [...new Set(named)] as LeadStatus[];
}

/**
 * The audience a message names: "the spring audience", "audience Champions EMEA no order 90d",
 * "the \"EMEA winback\" audience" (quoted names win); undefined when it names none.
 */
export function audienceNameOf(text: string): string | undefined {
  const quoted = /["“]([^"”]{2,80})["”]|(?:^|\s)[‘']([^’']{2,80})[’'](?=\s|[?.!,]|$)/.exec(text);
  if (quoted) return (quoted[1] ?? quoted[2])!.trim();
  const called = /\b(?:called|named)\s+(.+?)\s*(?:[?.!]|$)/i.exec(text)?.[1];
  if (called) return called.trim();
  const after =
    /\baudience\s+(?!of\b|for\b|with\b|who\b|that\b|since\b|to\b|as\b|in\b)(.+?)\s*(?:\b(?:to|as|since|spend|changed?|in)\b|[?.!]|$)/i.exec(
      text,
    )?.[1];
  if (after && !/^(?:csv|file)$/i.test(after)) return after.trim();
  const before = /\b(?:the|my|our)\s+(.+?)\s+audience(?:'s)?\b/i.exec(text)?.[1];
  return before?.trim() || undefined;
}
