import { countryNamedIn, REGIONS, type Region } from '../../vocabulary';
import { recommendProducts } from '../../skills/recommendations';
import { segmentMembers, segmentMovementsSkill, segmentOfAccount } from '../../skills/segments';
import type { Skill } from '../../skills/skill';
import { recommendationsReply } from '../replies/recommendation-replies';
import {
  accountSegmentReply,
  segmentMembersReply,
  segmentMovementsReply,
  segmentSizesReply,
} from '../replies/segment-replies';
import {
  isSegmentOverview,
  segmentMoveOf,
  segmentNameIn,
  withoutFillerWords,
} from '../routing/segment-questions';
import { segmentSizesOf } from './segment-sizes';
import { accountOf, WHICH_ACCOUNT } from './account-mention';
import type { IntentHandler } from './intent-handler';

const REGION_WORDS: Array<[RegExp, Region]> = [
  [/\b(?:emea|europe|european)\b/i, 'EMEA'],
  [/\b(?:apac|asia|asia[- ]pacific|australia)\b/i, 'APAC'],
  [/\b(?:latam|latin america|south america)\b/i, 'LATAM'],
  [/\b(?:na|north america|us|usa|canada)\b/, 'NA'],
];

/** The sales region a message names, if any ("in EMEA", "European"). */
export function regionOf(text: string): Region | undefined {
  const found = REGION_WORDS.find(([pattern]) => pattern.test(text));
  return found && REGIONS.includes(found[1]) ? found[1] : undefined;
}

/** What a segment list asks for: the segment (as the skills look it up), and a country or a region. */
export interface SegmentListAsked {
  segment: string;
  country?: string;
  region?: Region;
}

/**
 * The segment list a message asks for: "list champions in EMEA" (a region), "campaign list please:
 * champions in the UK" (a country, as the CRM spells it: the country is narrower than its region).
 */
export function segmentListOf(text: string): SegmentListAsked {
  const segment = segmentNameIn(text) ?? withoutFillerWords(segmentPhraseOf(text));
  const country = countryNamedIn(text)?.name;
  const region = country ? undefined : regionOf(text);
  return { segment, ...(country ? { country } : {}), ...(region ? { region } : {}) };
}

/** The segment words of "list champions in EMEA" / "who are our at-risk customers": what is left after the command words. */
export function segmentPhraseOf(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(
        /\b(?:in|from|for)\s+(?:emea|europe|apac|asia(?:[- ]pacific)?|latam|latin america|north america|na|us|usa)\b/g,
        ' ',
      )
      .replace(
        /\b(?:list|show|give|get|export|send|who|what|which|that|are|is|our|the|me|all|my|accounts?|customers?|clients?|companies|segment|segments|members?|of|in|please|csv|a|as|with)\b/g,
        ' ',
      )
      .replace(/[^a-z\s-]/g, ' ')
      // The words of a question around the name ("how many ... do we have?") are not part of it.
      .replace(
        /\b(?:how|many|number|count|big|do|we|have|there|target|list|was|were|be|right|now|currently)\b/g,
        ' ',
      )
      .replace(/\s+/g, ' ')
      .trim()
      // "our best customers", "top customers": the best segment.
      .replace(/\b(?:emea|europe|apac|latam|north america|na)\b/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^(?:best|top|biggest)$/, 'champions')
      .replace(/^loyal$/, 'potential loyalists')
  );
}

const SEGMENT_NAMES =
  /\b(champions?|loyal|promising|new|at[- ]risk|hibernating|lost|need(?:s)? attention|potential|big spenders?|about to sleep|cannot lose)\b/gi;

/**
 * "from <segment> to", "to <segment>": a segment name starts on a letter and has at most 200
 * characters, and the spaces around it are not its own. Unbounded and sharing spaces with the
 * patterns around it, the lazy name took seconds on a long run of spaces. (The old patterns also
 * read a blank name out of two or more spaces before "to" or "?"; these read none.)
 */
const MOVED_FROM = /\bfrom\s+([a-z-][a-z -]{0,199}?)(?<!\s)\s+(?:to|into)\b/i;
const MOVED_TO = /\b(?:to|into)\s+([a-z-][a-z -]{0,199}?)(?:(?<!\s)\s+(?:this|last|since|in)\b|[?.!]|$)/i;

/** Segment names a movement question mentions: "moved from Loyal to At risk" → from Loyal, to At risk. */
export function movementOf(text: string): { fromSegment?: string; toSegment?: string } {
  const from = MOVED_FROM.exec(text)?.[1];
  const to = MOVED_TO.exec(text)?.[1];
  const named = [...text.matchAll(SEGMENT_NAMES)].map((m) => m[1]!);
  return {
    ...(from ? { fromSegment: from.trim() } : {}),
    ...(to ? { toSegment: to.trim() } : !from && named[0] ? { toSegment: named[0] } : {}),
  };
}

/** The known segment names of a movement question; a name the vocabulary does not know, as written after "to" / "from". */
function movesOf(text: string): ReturnType<typeof segmentMoveOf> {
  const move = segmentMoveOf(text);
  return move.fromSegment || move.toSegment ? move : { ...move, ...movementOf(text) };
}

/** Segments and recommendations in chat: which segment, who is in it, who moved, what to pitch. */
export const insightHandlers: IntentHandler[] = [
  {
    intents: ['account_segment'],
    capability: {
      skill: segmentOfAccount as Skill<never, unknown>,
      summary: 'tell which customer segment an account is in',
      examples: ['which segment is Acme in?'],
    },
    handle: async ({ understanding, memory, caller, skills }) => {
      const account = accountOf(understanding, memory);
      if (!account) return WHICH_ACCOUNT;
      const result = await skills.call(segmentOfAccount, { account }, caller);
      memory.lastAccount = { id: result.account.id, name: result.account.name };
      memory.lastFocus = 'account';
      return accountSegmentReply(result);
    },
  },
  {
    intents: ['segment_members'],
    capability: {
      skill: segmentMembers as Skill<never, unknown>,
      summary: 'list the accounts of a segment, by region, with a CSV export',
      examples: ['list champions in EMEA'],
    },
    handle: async ({ text, caller, skills }) => {
      // A segment named in the words wins; no name and "each segment" / "segments" asks for all their sizes.
      const { segment, country, region } = segmentListOf(text);
      if (!segmentNameIn(text) && (isSegmentOverview(text) || !segment))
        return segmentSizesReply(await segmentSizesOf(skills, caller, regionOf(text)));
      const result = await skills.call(
        segmentMembers,
        { segment, ...(region ? { region } : {}), ...(country ? { country } : {}) },
        caller,
      );
      return segmentMembersReply(result);
    },
  },
  {
    intents: ['segment_movements'],
    capability: {
      skill: segmentMovementsSkill as Skill<never, unknown>,
      summary: 'show who moved between segments',
      examples: ['who moved to At risk this month?'],
    },
    handle: async ({ text, understanding, caller, skills }) => {
      const since = understanding.entities?.periods[0]?.start;
      const result = await skills.call(
        segmentMovementsSkill,
        { ...movesOf(text), ...(since ? { since } : {}) },
        caller,
      );
      return segmentMovementsReply(result);
    },
  },
  {
    intents: ['recommendations'],
    capability: {
      skill: recommendProducts as Skill<never, unknown>,
      summary: 'suggest what to pitch to an account next, with the reason',
      examples: ['what should I pitch to Globex?'],
    },
    handle: async ({ text, understanding, memory, caller, skills }) => {
      const account = accountOf(understanding, memory);
      if (!account) return WHICH_ACCOUNT;
      const onlyNew = /\b(?:new|cross[- ]?sell|haven'?t bought|not bought)\b/i.test(text);
      const result = await skills.call(recommendProducts, { account, onlyNew }, caller);
      memory.lastAccount = { id: result.account.id, name: result.account.name };
      memory.lastFocus = 'account';
      return recommendationsReply(result);
    },
  },
];
