import type { AudienceDefinition } from '../../vocabulary/audience';
import { regionOf } from './insight-handlers';

/** Segment words of a request, as the segmentation's names start ("at risk" → "At risk"). */
const SEGMENT_WORDS =
  /\b(champions?|loyal(?:ists?)?|potential loyalists?|promising|new customers?|need(?:s|ing)? attention|about to sleep|at[- ]risk|can(?:no|')?t lose|hibernating|lost|big spenders?)\b/gi;
/** Industries as the CRM names them; "in retail", "retail accounts". */
const INDUSTRIES =
  /\b(software|financial services|healthcare|manufacturing|retail|logistics|professional services|telecommunications|energy|education|government|media)\b/i;
const UNIT_DAYS: Record<string, number> = { day: 1, week: 7, month: 30, year: 365 };
const PERIOD = String.raw`(\d{1,4})\s*(day|week|month|year)s?`;
/** "haven't bought in 90 days", "no order for 3 months", "not ordered in the last 60 days", "inactive for 2 months". */
const NO_ORDER = new RegExp(
  String.raw`\b(?:(?:have|has|had)\s*(?:n'?t|not)|not|no\s+(?:orders?|purchases?)|never|inactive|dormant)\b[^.?!]{0,30}?\b(?:in|for|within)\s+(?:the\s+)?(?:last\s+|past\s+)?${PERIOD}\b`,
  'i',
);
/** "bought in the last 30 days", "ordered within 2 months", "active in the past 60 days". */
const ORDERED = new RegExp(
  String.raw`\b(?:bought|ordered|purchased|active|buying)\b[^.?!]{0,20}?\b(?:in|within)\s+(?:the\s+)?(?:last|past)\s+${PERIOD}\b`,
  'i',
);

function days(count: string, unit: string): number {
  return Number(count) * (UNIT_DAYS[unit.toLowerCase()] ?? 1);
}

/**
 * The audience a request describes, in the grammar of docs/marketing.md: segment names
 * ("champions", "at risk"), a region ("in EMEA", "European"), an industry ("retail"), and how long
 * ago the last order was ("who haven't bought in 90 days", "who bought in the last 30 days");
 * plus a name when it says one ("called Spring winback", or in quotes).
 */
export function audienceRequestOf(text: string): { definition: AudienceDefinition; name?: string } {
  const named =
    /["“]([^"”]{2,80})["”]/.exec(text)?.[1] ??
    /\b(?:called|named)\s+(.+?)(?=\s+(?:of|with|for|from|who|that|in)\b|[?.!:]|$)/i.exec(text)?.[1];
  const rest = named ? text.replace(named, ' ') : text;
  const segments = [...new Set([...rest.matchAll(SEGMENT_WORDS)].map((m) => m[1]!.toLowerCase()))];
  // "us" is a pronoun here ("build us an audience"); "NA" in capitals is the region.
  const region = regionOf(rest.replace(/\bus\b/g, '')) ?? (/\bNA\b/.test(rest) ? 'NA' : undefined);
  const industry = INDUSTRIES.exec(rest)?.[1];
  const noOrder = NO_ORDER.exec(rest);
  const ordered = noOrder ? null : ORDERED.exec(rest);
  return {
    definition: {
      ...(segments.length ? { segments } : {}),
      ...(region ? { region } : {}),
      ...(industry ? { industry: industry.replace(/\b\w/g, (c) => c.toUpperCase()) } : {}),
      ...(noOrder ? { noOrderForDays: days(noOrder[1]!, noOrder[2]!) } : {}),
      ...(ordered ? { orderedWithinDays: days(ordered[1]!, ordered[2]!) } : {}),
    },
    ...(named ? { name: named.trim() } : {}),
  };
}

/** The definition in words: "Champions in EMEA, last order 90+ days ago". */
export function definitionInWords(definition: AudienceDefinition): string {
  const who = definition.segments?.length ? definition.segments.join(' or ') : 'customers';
  return [
    `${who}${definition.region ? ` in ${definition.region}` : ''}${definition.industry ? ` (${definition.industry})` : ''}`,
    ...(definition.noOrderForDays !== undefined ? [`no order in ${definition.noOrderForDays}+ days`] : []),
    ...(definition.orderedWithinDays !== undefined
      ? [`ordered in the last ${definition.orderedWithinDays} days`]
      : []),
  ].join(', ');
}
