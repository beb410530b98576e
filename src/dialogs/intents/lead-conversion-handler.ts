import { leadConversion } from '../../skills/lead-conversion';
import type { Skill } from '../../skills/skill';
import { leadBreakdownReply, leadConversionReply, leadCountReply } from '../replies/lead-conversion-replies';
import {
  campaignOfLeads,
  GROUPING_WORDS,
  leadBreakdownOf,
  leadCountOf,
  leadNameOf,
  leadStatusesOf,
} from '../routing/marketing-questions';
import { leadRateQuestionOf } from '../routing/lead-rate-questions';
import { leadCountComparisonOf } from '../routing/lead-count-comparison';
import { extractPeriodsAndDates } from '../understanding/entities/periods';
import { yearPeriodsIn } from '../understanding/entities/year-periods';
import type { IntentHandler } from './intent-handler';
import { isPeriodAgain, leadStatusesOfFollowUp } from './lead-follow-ups';
import { leadRateAnswer } from './lead-rate-answer';
import { leadCountComparisonAnswer } from './lead-count-comparison-answer';

/** "which new leads are most likely to convert?", "score the leads from the webinar". */
export const leadConversionHandler: IntentHandler = {
  intents: ['lead_conversion'],
  capability: {
    skill: leadConversion as Skill<never, unknown>,
    summary: 'rank open leads by their chance to convert, with the reasons, for all leads or a campaign',
    examples: ['which new leads are most likely to convert?', 'score the leads from the webinar'],
  },
  handle: async ({ text: message, caller, skills, memory, understanding }) => {
    // "just this year" right after a breakdown of leads: that breakdown, asked for this year.
    const again = memory.previousFocus === 'leads' ? memory.lastLeadBreakdown : undefined;
    const said = again && isPeriodAgain(message) ? `${again} ${message}` : message;
    delete memory.lastLeadBreakdown;
    // "how many leads this month vs last month": the leads of both periods and the change.
    const past = extractPeriodsAndDates(said, {
      now: skills.clock(),
      timeZone: caller.timezone,
      prefer: 'past',
    });
    const compared =
      understanding.entities &&
      leadCountComparisonOf(said, { ...understanding.entities, periods: past.periods });
    if (compared) return leadCountComparisonAnswer(compared, caller, skills);
    // "how many leads came in from web this month", "leads from the webinar last quarter", "in 2025":
    // the leads that came in then; the rest of the words are read without the period.
    const period =
      extractPeriodsAndDates(said, {
        now: skills.clock(),
        timeZone: caller.timezone,
        prefer: 'past',
      }).periods[0] ?? yearPeriodsIn(said.toLowerCase())[0];
    const text = period ? said.replace(new RegExp(escapeRegExp(period.text), 'i'), ' ') : said;
    const createdIn = period ? { createdFrom: period.start, createdTo: period.end } : {};
    const when = period?.text;
    // "what's our lead conversion rate", "which source converts best": rates, not scores.
    const rate = leadRateQuestionOf(text);
    if (rate) {
      const over = period && { createdFrom: period.start, createdTo: period.end, said: period.text };
      return leadRateAnswer(rate, skills, caller, over);
    }
    // One person's chance ("whats the chance Hugo Andersson converts"): their leads, any status.
    const lead = leadNameOf(text);
    if (lead) return leadConversionReply(await skills.call(leadConversion, { lead }, caller));
    // "break down our leads by source", "leads from the webinar by status": leads counted, not scored.
    const groupBy = leadBreakdownOf(text);
    if (groupBy) {
      memory.lastFocus = 'leads';
      memory.lastLeadBreakdown = text;
      delete memory.lastLeadCampaign;
      const ofCampaign =
        groupBy === 'campaign' ? undefined : campaignOfLeads(text.replace(GROUPING_WORDS, ''));
      const statuses = leadStatusesOf(text);
      return leadBreakdownReply(
        await skills.call(
          leadConversion,
          {
            groupBy,
            ...(ofCampaign ? { campaign: ofCampaign } : {}),
            ...(statuses ? { statuses } : {}),
            ...createdIn,
          },
          caller,
        ),
        groupBy,
        when,
      );
    }
    // "how many leads came in through web", "how many leads are still new": one group of a breakdown.
    const counted = leadCountOf(text);
    if (counted) {
      const by = counted.source ? 'source' : 'status';
      const input = counted.source
        ? { groupBy: by, ...(counted.status ? { statuses: [counted.status] } : {}) }
        : { groupBy: by };
      return leadCountReply(
        await skills.call(leadConversion, { ...input, ...createdIn }, caller),
        counted,
        when,
      );
    }
    // "which of those are still open" right after a campaign's leads: that campaign, narrowed by status.
    const onLast = memory.previousFocus === 'leads' ? memory.lastLeadCampaign : undefined;
    const named = campaignOfLeads(text);
    const campaign = named ?? onLast;
    const statuses = leadStatusesOf(text) ?? (!named && onLast ? leadStatusesOfFollowUp(text) : undefined);
    const limit = /\b(?:top|best)\s+(\d{1,2})\b/i.exec(text)?.[1];
    const result = await skills.call(
      leadConversion,
      {
        ...(campaign ? { campaign } : {}),
        ...(statuses ? { statuses } : {}),
        ...(limit ? { limit: Math.min(50, Math.max(1, Number(limit))) } : {}),
        ...createdIn,
      },
      caller,
    );
    if (result.campaign) {
      memory.lastFocus = 'leads';
      memory.lastLeadCampaign = result.campaign.name;
    }
    return leadConversionReply(result, when);
  },
};

/** `text` as a regular expression matching it literally. */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
