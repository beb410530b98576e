import { leadConversion } from '../../skills/lead-conversion';
import type { Skill } from '../../skills/skill';
import {
  leadBreakdownReply,
  leadConversionReply,
  leadCountReply,
  leadShareReply,
} from '../replies/lead-conversion-replies';
import {
  campaignOfLeads,
  GROUPING_WORDS,
  leadBreakdownOf,
  asksCompanyLeadCount,
  leadCountOf,
  leadNameOf,
  leadShareOf,
  leadStatusesOf,
  sourceOfLeads,
} from '../routing/marketing-questions';
import { leadRateQuestionOf } from '../routing/lead-rate-questions';
import { leadCountComparisonOf } from '../routing/lead-count-comparison';
import { leadCountSeriesOf } from '../routing/lead-count-series';
import { extractPeriodsAndDates } from '../understanding/entities/periods';
import { yearPeriodsIn } from '../understanding/entities/year-periods';
import type { IntentHandler } from './intent-handler';
import {
  isLeadFollowUp,
  isPeriodAgain,
  leadListNarrowingOf,
  isShareOfThoseLeads,
  leadStatusesOfFollowUp,
  sourceAgainOf,
  statusAgainOf,
  sourceNarrowingOf,
} from './lead-follow-ups';
import { leadRateAnswer } from './lead-rate-answer';
import { leadCountComparisonAnswer } from './lead-count-comparison-answer';
import { leadCountSeriesAnswer } from './lead-count-series-answer';

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
    // "and from chat?" right after a count of leads: the same count for that source, over the same period.
    const lastCount = memory.previousFocus === 'leads' ? memory.lastLeadCount : undefined;
    const sourceAgain = lastCount && !again ? sourceAgainOf(message) : undefined;
    // "and converted?" right after "how many leads are qualified": that status counted the same way.
    const statusAgain = lastCount && !again && !sourceAgain ? statusAgainOf(message) : undefined;
    // "only the chat ones", "which of them converted", "how many is that" right after a list or count
    // of leads that no earlier follow-up reads: that list again, with its filters and the new ones.
    const narrowing =
      memory.previousFocus === 'leads' &&
      !again &&
      !sourceAgain &&
      !statusAgain &&
      !isLeadFollowUp(message, { ...memory, lastFocus: 'leads' })
        ? leadListNarrowingOf(message, memory.lastLeadList)
        : undefined;
    const said = narrowing
      ? narrowing
      : again && isPeriodAgain(message)
        ? `${again} ${message}`
        : sourceAgain
          ? `how many ${sourceAgain} leads came in ${lastCount?.period ?? ''}`.trim()
          : statusAgain
            ? `how many ${statusAgain} ${memory.lastLeadSource ?? ''} leads ${lastCount?.period ? `came in ${lastCount.period}` : ''}`
                .replace(/\s+/g, ' ')
                .trim()
            : message;
    // "just the ones from events" right after leads counted by source: that source's leads.
    const narrowedTo = again && !isPeriodAgain(message) ? sourceNarrowingOf(message) : undefined;
    delete memory.lastLeadBreakdown;
    delete memory.lastLeadCount;
    delete memory.lastLeadList;
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
    // "new leads per month the last 3 months", "trend of leads this year": counted period by period.
    const series = leadCountSeriesOf(said);
    if (series) {
      const named = past.periods[0] ?? yearPeriodsIn(said.toLowerCase())[0];
      const span = named ? { from: named.start, to: named.end } : undefined;
      return leadCountSeriesAnswer(series, span, caller, skills);
    }
    // "how many leads came in from web this month", "leads from the webinar last quarter", "in 2025":
    // the leads that came in then; the rest of the words are read without the period.
    const periodOf = (words: string) =>
      extractPeriodsAndDates(words, {
        now: skills.clock(),
        timeZone: caller.timezone,
        prefer: 'past',
      }).periods[0] ?? yearPeriodsIn(words.toLowerCase())[0];
    const period = periodOf(said);
    const text = period ? said.replace(new RegExp(escapeRegExp(period.text), 'i'), ' ') : said;
    const createdIn = period ? { createdFrom: period.start, createdTo: period.end } : {};
    const when = period?.text;
    // "what's our lead conversion rate", "which source converts best": rates, not scores.
    // "how many of last month's leads are any good? qualified or converted": a count of those
    // statuses together, not the rate "how many … converted" asks otherwise.
    const rate = leadCountOf(text)?.statuses ? undefined : leadRateQuestionOf(text);
    if (rate) {
      const over = period && { createdFrom: period.start, createdTo: period.end, said: period.text };
      return leadRateAnswer(rate, skills, caller, over);
    }
    // An analyst: the leads counted (rates, breakdowns, shares, counts, all above), not the leads.
    if (caller.role === 'analyst' && !leadBreakdownOf(text) && !leadShareOf(text) && !leadCountOf(text))
      return {
        text: 'Sorry, in chat I give analysts lead conversion figures (by source, status or campaign), not the leads themselves: for those use `crmpro export leads --format csv --out leads.csv`.',
      };
    // One person's chance ("whats the chance Hugo Andersson converts"): their leads, any status.
    const lead = leadNameOf(text);
    if (lead) return leadConversionReply(await skills.call(leadConversion, { lead }, caller));
    // "break down our leads by source", "leads from the webinar by status": leads counted, not scored.
    // A bare "show me the funnel" from marketing (routed here: deals are not theirs) is the lead funnel.
    const groupBy = leadBreakdownOf(text) ?? (/\bfunnel\b/i.test(text) ? 'status' : undefined);
    if (groupBy && !narrowedTo) {
      memory.lastFocus = 'leads';
      memory.lastLeadBreakdown = text;
      delete memory.lastLeadCampaign;
      delete memory.lastLeadSource;
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
    // "what share of our leads come from events", "share of leads that are qualified": that source's or
    // status's leads against all; "what % of all leads is that" right after a source's leads: that source's.
    const share = leadShareOf(text);
    const shareOf =
      share && isShareOfThoseLeads(text)
        ? memory.previousFocus === 'leads' && memory.lastLeadSource
          ? { source: memory.lastLeadSource }
          : undefined
        : share;
    if (shareOf) {
      // Asked of the leads just counted, over their period unless another is said.
      const over = period ?? (lastCount?.period ? periodOf(lastCount.period) : undefined);
      const within = over ? { createdFrom: over.start, createdTo: over.end } : {};
      const by = shareOf.source ? 'source' : 'status';
      const [part, whole] = await Promise.all([
        skills.call(
          leadConversion,
          {
            groupBy: by,
            ...(shareOf.source && shareOf.status ? { statuses: [shareOf.status] } : {}),
            ...within,
          },
          caller,
        ),
        skills.call(leadConversion, { groupBy: 'status', ...within }, caller),
      ]);
      memory.lastFocus = 'leads';
      memory.lastLeadCount = over ? { period: over.text } : {};
      delete memory.lastLeadCampaign;
      if (shareOf.source) memory.lastLeadSource = shareOf.source;
      else delete memory.lastLeadSource;
      return leadShareReply(part, whole, shareOf, over?.text);
    }
    // "how many leads came in through web", "how many leads are still new": one group of a breakdown.
    // "how many leads do we have" from marketing (routed here: it owns no leads): every lead it sees.
    const counted = leadCountOf(text) ?? (asksCompanyLeadCount(text) ? {} : undefined);
    if (counted) {
      // "how many leads came from events" → "how many of those converted": that source's leads.
      memory.lastFocus = 'leads';
      delete memory.lastLeadCampaign;
      if (counted.source && !counted.status) memory.lastLeadSource = counted.source;
      else delete memory.lastLeadSource;
      memory.lastLeadCount = when ? { period: when } : {};
      const by = counted.source ? 'source' : 'status';
      const statuses = counted.statuses ?? (counted.status ? [counted.status] : undefined);
      memory.lastLeadList = {
        ...(when ? { period: when } : {}),
        ...(counted.source ? { source: counted.source } : {}),
        ...(statuses ? { statuses } : {}),
      };
      const input = counted.source ? { groupBy: by, ...(statuses ? { statuses } : {}) } : { groupBy: by };
      return leadCountReply(
        await skills.call(leadConversion, { ...input, ...createdIn }, caller),
        counted,
        when,
      );
    }
    // "which of those are still open" right after a campaign's or a source's leads: those, narrowed by status.
    const onLeads = memory.previousFocus === 'leads';
    const onLast = onLeads ? memory.lastLeadCampaign : undefined;
    const onLastSource = onLeads ? memory.lastLeadSource : undefined;
    // Without the preposition the period leaves behind ("leads from our webinars in 2026").
    const mentioned = campaignOfLeads(text)?.replace(/\s+(?:in|during|over|for|from)$/i, '');
    // "referral leads", "leads from events": a source's leads, not a campaign named like it.
    const source = narrowedTo ?? sourceOfLeads(text, mentioned);
    const named = source ? undefined : mentioned;
    const fresh = Boolean(named ?? source);
    const campaign = named ?? (fresh ? undefined : onLast);
    const fromSource = source ?? (fresh ? undefined : onLastSource);
    const statuses =
      leadStatusesOf(text) ?? (!fresh && (onLast ?? onLastSource) ? leadStatusesOfFollowUp(text) : undefined);
    const several = named !== undefined && SEVERAL_CAMPAIGNS.test(named);
    const limit = /\b(?:top|best)\s+(\d{1,2})\b/i.exec(text)?.[1];
    const result = await skills.call(
      leadConversion,
      {
        ...(campaign ? { campaign } : {}),
        // "our webinars": every campaign of that kind, not the latest one.
        ...(several ? { everyMatching: true } : {}),
        ...(fromSource ? { source: fromSource } : {}),
        ...(statuses ? { statuses } : {}),
        ...(limit ? { limit: Math.min(50, Math.max(1, Number(limit))) } : {}),
        ...createdIn,
      },
      caller,
    );
    // A list of leads by period, source or status (not a campaign's, nor one person's): kept to narrow.
    if (!result.campaign) {
      memory.lastFocus = 'leads';
      memory.lastLeadList = {
        ...(when ? { period: when } : {}),
        ...(fromSource ? { source: fromSource } : {}),
        ...(statuses ? { statuses } : {}),
      };
    }
    if (result.campaign ?? result.source) {
      memory.lastFocus = 'leads';
      // Several campaigns at once are not one to narrow later.
      if (result.campaign && !several) memory.lastLeadCampaign = result.campaign.name;
      else delete memory.lastLeadCampaign;
      if (result.source) memory.lastLeadSource = result.source.name;
      else delete memory.lastLeadSource;
    }
    return leadConversionReply(result, when);
  },
};

/** A campaign kind said in the plural: every campaign of it ("our webinars", "the events in 2025"). */
const SEVERAL_CAMPAIGNS = /\b(?:webinars|conferences|campaigns|guides|ebooks|roadshows|trade\s?shows)\b/i;

/** `text` as a regular expression matching it literally. */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
