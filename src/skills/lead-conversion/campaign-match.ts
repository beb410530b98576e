import { CrmError, ErrorCode } from '../../core/errors';
import type { Lead } from '../../vocabulary';

/** The campaign a question means, and the others whose names also have its words. */
export interface CampaignMatch {
  name: string;
  /** When its first lead came in and how many leads it brought. */
  firstLeadAt?: Date;
  leads: number;
  /** Other campaigns whose names have the words (older ones), latest first. */
  alsoMatching: string[];
}

/** Words of a campaign mention that name no campaign ("the leads from the webinar campaign"). */
const FILLER = new Set([
  'the',
  'a',
  'an',
  'our',
  'last',
  'latest',
  'recent',
  'campaign',
  'leads',
  'lead',
  'from',
  'of',
]);

/**
 * The campaign `words` mean among the campaigns of these leads: every word of the mention appears
 * in its name (case-insensitive; "webinar", "spring webinar", "saas connect 2026"), and of several
 * such campaigns the latest (by its newest lead). NOT_FOUND, naming the known campaigns, when none matches.
 */
export function campaignMatching(
  words: string,
  leads: readonly Pick<Lead, 'campaign' | 'createdAt'>[],
): CampaignMatch {
  const campaigns = new Map<string, { first: number; last: number; leads: number }>();
  for (const lead of leads) {
    if (!lead.campaign) continue;
    const at = lead.createdAt?.getTime() ?? 0;
    const seen = campaigns.get(lead.campaign);
    if (seen) {
      seen.first = Math.min(seen.first, at);
      seen.last = Math.max(seen.last, at);
      seen.leads += 1;
    } else campaigns.set(lead.campaign, { first: at, last: at, leads: 1 });
  }
  const wanted = wordsOfMention(words);
  const matching = [...campaigns]
    .filter(([name]) => campaignHasWords(name, words))
    .sort((a, b) => b[1].last - a[1].last);
  if (!wanted.length || !matching.length) {
    const known = [...campaigns].sort((a, b) => b[1].last - a[1].last).map(([name]) => name);
    throw new CrmError(
      ErrorCode.NotFound,
      known.length
        ? `I don't know a campaign called "${words.trim()}". Campaigns with leads: ${known.join(', ')}.`
        : 'No lead has a campaign yet.',
      { campaign: words.trim(), known },
    );
  }
  const [name, figures] = matching[0]!;
  return {
    name,
    ...(figures.first ? { firstLeadAt: new Date(figures.first) } : {}),
    leads: figures.leads,
    alsoMatching: matching.slice(1).map(([other]) => other),
  };
}

/** The words of a campaign mention that name it ("the webinar campaign" → webinar). */
function wordsOfMention(words: string): string[] {
  return (words.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => !FILLER.has(word));
}

/**
 * Whether a campaign's name has every word of a mention ("Spring webinar 2026" has "webinars",
 * "spring webinar"); a mention of filler words alone names none.
 */
export function campaignHasWords(name: string, words: string): boolean {
  const wanted = wordsOfMention(words);
  const nameWords = name.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const named = (word: string) => nameWords.some((w) => w === word || w === word.replace(/s$/, ''));
  if (wanted.length > 0 && wanted.every(named)) return true;
  // "the saas connect event": the kind of campaign said around a name that does not carry it.
  const withoutKind = wanted.filter((word) => !CAMPAIGN_KINDS.has(word));
  return withoutKind.length > 0 && withoutKind.length < wanted.length && withoutKind.every(named);
}

/** Kinds of campaign people add to its name ("the saas connect event", "the saas connect trade show", "the pricing guide promo"). */
const CAMPAIGN_KINDS = new Set([
  'event',
  'events',
  'conference',
  'trade',
  'tradeshow',
  'fair',
  'booth',
  'stand',
  'exhibition',
  'convention',
  'meetup',
  'roadshow',
  'expo',
  'show',
  'summit',
  'promo',
  'promotion',
  'ad',
  'ads',
  'mailing',
  'download',
]);
