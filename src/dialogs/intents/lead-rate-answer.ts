import { leadConversion } from '../../skills/lead-conversion';
import { campaignHasWords } from '../../skills/lead-conversion/campaign-match';
import { combinedRow, MIN_RESOLVED_TO_RANK, rankedByRate } from '../../skills/lead-conversion/lead-rates';
import type { Caller, SkillRunner } from '../../skills/skill';
import type { Reply } from '../reply';
import { leadRateRankingReply, leadRateReply } from '../replies/lead-rate-replies';
import type { LeadRateQuestion } from '../routing/lead-rate-questions';

const NO_CAMPAIGN = '(no campaign)';
/** The group of leads with no value for the grouping: "(no campaign)", "(no industry)", "(no country recorded)". */
const NO_VALUE = /^\(no\b/;

/** Why a revenue ranking of campaigns or sources is answered with their leads' conversions. */
const REVENUE_NOT_ATTRIBUTED: Record<'source' | 'campaign', string> = {
  campaign:
    "Won revenue isn't counted per campaign: a lead reaches a deal only through the account it converted to, and the CRM does not credit that account's deals to the lead's campaign. What each campaign brought in as leads, and how they converted:",
  source:
    "Won revenue isn't counted per lead source: a lead reaches a deal only through the account it converted to, and the CRM does not credit that account's deals to the lead's source. What each source brought in as leads, and how they converted:",
};

/** Said first to a caller who may see no deals, when revenue or pipeline is asked. */
const DEALS_NOT_VISIBLE = "Sorry, I can't show you revenue: deals and their amounts are for the sales team.";

/** Why a pipeline ranking of campaigns or sources is answered with their leads' conversions. */
const PIPELINE_NOT_ATTRIBUTED: Record<'source' | 'campaign', string> = {
  campaign:
    "Pipeline isn't counted per campaign: a lead reaches a deal only through the account it converted to, and the CRM does not credit that account's deals to the lead's campaign (the deals themselves are the sales team's to see). What each campaign brought in as leads, and how many converted:",
  source:
    "Pipeline isn't counted per lead source: a lead reaches a deal only through the account it converted to, and the CRM does not credit that account's deals to the lead's source (the deals themselves are the sales team's to see). What each source brought in as leads, and how many converted:",
};

/**
 * How the leads the caller sees convert, from the lead-conversion skill's counts by source or
 * campaign (converted, disqualified, open per group): all leads, one source, the campaigns a mention
 * names (all webinars for "webinar"), or the groups ranked.
 */
export async function leadRateAnswer(
  question: LeadRateQuestion,
  skills: SkillRunner,
  caller: Caller,
  period?: { createdFrom: string; createdTo: string; said: string },
): Promise<Reply> {
  // "conversion rate of last quarter's leads": the leads that came in then (the skill filters them).
  const createdIn = period ? { createdFrom: period.createdFrom, createdTo: period.createdTo } : {};
  const then = period ? ` that came in ${period.said.replace(/^(?:in|during|over|for|from)\s+/i, '')}` : '';
  const by =
    question.kind === 'source' || (question.kind === 'ranked' && question.by === 'source')
      ? 'source'
      : 'campaign';
  // "which industries convert best": the leads counted by the group ranked.
  const groupBy = question.kind === 'ranked' ? question.by : by;
  const counted = await skills.call(leadConversion, { groupBy, ...createdIn }, caller);
  const rows = counted.breakdown ?? [];
  switch (question.kind) {
    case 'overall':
      return leadRateReply(combinedRow('all leads', rows), `leads${then}`);
    case 'source':
      return leadRateReply(
        combinedRow(
          question.source,
          rows.filter((row) => row.value === question.source),
        ),
        `${question.source} leads${then}`,
      );
    case 'campaign': {
      const named = rows.filter(
        (row) => row.value !== NO_CAMPAIGN && campaignHasWords(row.value, question.campaign),
      );
      if (!named.length) {
        const known = rows.filter((row) => row.value !== NO_CAMPAIGN).map((row) => row.value);
        return {
          text: `I don't know a campaign called "${question.campaign}". Campaigns with leads: ${known.join(', ') || 'none'}.`,
        };
      }
      const what = `${named.length === 1 ? named[0]!.value : question.campaign} leads${then}`;
      const detail =
        named.length > 1
          ? `Campaigns counted: ${named.map((row) => `${row.value} (${row.total})`).join(', ')}.`
          : undefined;
      return leadRateReply(combinedRow(what, named), what, detail);
    }
    case 'ranked': {
      const groups = rows.filter(
        (row) =>
          !NO_VALUE.test(row.value) && (!question.within || campaignHasWords(row.value, question.within)),
      );
      const { ranked, tooFew } = rankedByRate(groups);
      // Leads with no campaign (industry, country) are no group to rank, but tell what the rest beat.
      const without = rows.find((row) => NO_VALUE.test(row.value));
      const ranking = leadRateRankingReply(
        groupBy,
        ranked,
        tooFew,
        MIN_RESOLVED_TO_RANK,
        without ? combinedRow(without.value, [without]) : undefined,
        then.trim(),
      );
      // "which campaign brought in the most revenue": what can be answered, said first.
      const notAttributed = question.pipeline ? PIPELINE_NOT_ATTRIBUTED : REVENUE_NOT_ATTRIBUTED;
      // Marketing sees no deals (the visibility policy): revenue refused plainly, before what it may see.
      const refused = question.pipeline || counted.seesDeals !== false ? '' : `${DEALS_NOT_VISIBLE}\n`;
      return question.revenue
        ? { ...ranking, text: `${refused}${notAttributed[by]}\n${ranking.text ?? ''}` }
        : ranking;
    }
  }
}
