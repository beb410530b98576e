import { atRiskDeals } from '../../skills/at-risk-deals';
import { forecastFigureFollowUpOf } from '../understanding/forecast-figure';
import { statedTargetOf } from '../understanding/stated-target';
import { forecast } from '../../skills/forecast';
import { leadScore, topLeads, type LeadScoreResult } from '../../skills/lead-score';
import { asksForecastAgainstTarget, withTeamTarget } from './forecast-against-target';
import { namedDealRiskOf } from '../understanding/deal-risk-question';
import { namedDealRiskReply } from '../replies/deal-risk-replies';
import type { Skill } from '../../skills/skill';
import { isOpenStage, type DealStage } from '../../vocabulary';
import { rememberDealsAtRisk, showsDealsAtRisk, type ConversationMemory } from '../conversation-memory';
import {
  atRiskDealsReply,
  forecastAgainstStatedTarget,
  forecastFigureLine,
  forecastRangeReply,
  forecastReply,
} from '../replies/forecast-replies';
import {
  explainedDealIdOf,
  leadScoreReply,
  ownedLeadCountReply,
  raiseChanceReply,
  topLeadsReply,
} from '../replies/scoring-replies';
import {
  asksOwnedLeadCount,
  leadStatusAskedOf,
  leadsCreatedIn,
  rankedCountOf,
  rankedRecordsOf,
} from '../routing/lead-words';
import { asksColleagueRisksBack } from '../routing/pipeline-risk-words';
import type { Understanding } from '../routing/understanding';
import { accountOf, WHICH_ACCOUNT } from './account-mention';
import type { IntentHandler } from './intent-handler';
import { asksForecastConfidence } from '../understanding/forecast-confidence';
import { dealsNamedIn, scoreFollowUpOf } from '../understanding/deal-win-chance';
import { nearestYearOfQuarter, REGIONS } from '../understanding/record-question';
import { teamOf } from '../understanding/team-names';

export { teamNamedIn } from '../understanding/team-names';

/**
 * Whose deals a message is about: a named rep, a named team ("the mid-market team"), "my team",
 * "me"/nothing (the caller's own), or "all"/"company".
 */
export function scopeOf(
  text: string,
  understanding: Understanding,
): { scope?: 'mine' | 'team' | 'all'; rep?: string; team?: string } {
  const people = understanding.entities?.people ?? [];
  const rep = people.find((p) => p.kind === 'rep');
  if (rep && rep.kind === 'rep' && rep.candidates[0]) return { rep: rep.candidates[0].name };
  const team = teamOf(text, understanding.entities?.teams);
  if (team) return { team };
  if (people.some((p) => p.kind === 'team')) return { scope: 'team' };
  // "in total" is altogether, not everyone: "how many leads do i own in total".
  if (/\b(?:all|company|whole|everyone|overall|global|(?<!\bin\s)total)\b/i.test(text))
    return { scope: 'all' };
  if (people.some((p) => p.kind === 'self')) return { scope: 'mine' };
  return {};
}

/**
 * Whose deals a reading of the caller's own means: a manager owns no deals, so "my top deals", "my
 * forecast" or none said mean the team's (a named rep or team, or "all", stay as said).
 */
export function managersOwnAsTeam(
  scope: ReturnType<typeof scopeOf>,
  role: string,
): ReturnType<typeof scopeOf> {
  return role === 'manager' && !scope.rep && !scope.team && scope.scope !== 'all' ? { scope: 'team' } : scope;
}

/** The period words of a message ("this quarter", "Q3", "next month"), as the forecast skill reads them. */
export function periodOf(
  text: string,
  understanding: Understanding,
  now: Date = new Date(),
): string | undefined {
  const words =
    understanding.entities?.periods[0]?.text ??
    /\b(?:this|next|last)\s+(?:quarter|month|year|half)\b|\bq[1-4](?:\s+\d{4})?\b|\bh[12]\b|\bfy\s?\d{2,4}\b/i.exec(
      text,
    )?.[0];
  const bare = words ? /^q([1-4])$/i.exec(words.trim()) : null;
  if (bare && !/\b(?:next|coming)\b/i.test(text))
    return `Q${bare[1]} ${nearestYearOfQuarter(Number(bare[1]), now)}`;
  // The period as the entity reader resolved it, in the skill's own form: every phrasing the reader
  // knows ("next qtr", "the previous quarter", "coming month") reaches the skill, not only the few it parses.
  const period = understanding.entities?.periods[0];
  return (period && (canonicalPeriod(period) ?? periodHolding(period))) ?? words;
}

/**
 * The smallest quarter or year that holds a window the forecast has no name for ("by the end of the
 * year" in December, "by EOQ"): the forecast is made per month, quarter or year.
 */
function periodHolding(period: { start: string; end: string; granularity: string }): string | undefined {
  if (period.granularity !== 'span') return undefined;
  const [y1, m1] = period.start.split('-').map(Number) as [number, number];
  const [y2, m2] = period.end.split('-').map(Number) as [number, number];
  if (y1 !== y2) return undefined;
  const q1 = Math.floor((m1 - 1) / 3);
  return q1 === Math.floor((m2 - 1) / 3) ? `Q${q1 + 1} ${y1}` : String(y1);
}

/** A resolved quarter, month, half or year as the forecast skill names it ("Q1 2027", "2027-03", "H2 2026", "2027"). */
function canonicalPeriod(period: { start: string; granularity: string }): string | undefined {
  const [year, month] = period.start.split('-').map(Number) as [number, number];
  if (period.granularity === 'quarter') return `Q${Math.floor((month - 1) / 3) + 1} ${year}`;
  if (period.granularity === 'month') return `${year}-${String(month).padStart(2, '0')}`;
  if (period.granularity === 'half') return `H${month <= 6 ? 1 : 2} ${year}`;
  if (period.granularity === 'year' && month === 1) return String(year);
  return undefined;
}

/**
 * The deals a ranking showed, for follow-ups on them ("which one is the biggest?", "add them up"):
 * by their ids, since no query reproduces a ranking.
 */
function rememberDeals(memory: ConversationMemory, deals: ReadonlyArray<{ id: string }>): void {
  if (!deals.length) return;
  memory.lastDeals = deals.map((deal) => deal.id);
  delete memory.lastDealQuery;
  delete memory.lastDealsOwner;
  memory.lastFocus = 'deals';
}

/** "which of those are at risk", "are any of them slipping": about the deals just listed. */
const THOSE_DEALS = /\b(?:those|these|them|the ones|that list)\b/i;

/** "anything i should worry about there", "any risks with them": the account the last answer was about. */
const THAT_ACCOUNT = /\b(?:there|that account|this account|them|their|they)\b/i;

/** The account the previous answer showed, when the message points back at it rather than at a list of deals. */
function accountJustShown(
  text: string,
  memory: ConversationMemory,
): { id: string; name: string } | undefined {
  if (memory.previousFocus !== 'account' || !THAT_ACCOUNT.test(text)) return undefined;
  return memory.lastAccount;
}

/** The deals a list showed, as the at-risk skill narrows to them: whose, which ids, close days, stages, amounts. */
interface ListedDeals {
  scope?: 'mine' | 'team' | 'all';
  rep?: string;
  team?: string;
  dealIds?: string[];
  closeFrom?: string;
  closeTo?: string;
  stages?: DealStage[];
  minAmount?: number;
  maxAmount?: number;
}

/** The at-risk skill's input for the deals the last answer listed, when the message points back at them. */
function dealsJustListed(text: string, memory: ConversationMemory): ListedDeals | undefined {
  if (!THOSE_DEALS.test(text) || memory.previousFocus !== 'deals') return undefined;
  const query = memory.lastDealQuery;
  // A list of open deals by owner, close dates, stages and amounts: all of its deals, not the rows shown.
  const byFilters =
    query?.record === 'deal' &&
    !query.accountId &&
    !query.dealWords &&
    !query.dealTypes?.length &&
    !query.region &&
    !query.lostReason &&
    !query.closedFrom &&
    !query.closedTo &&
    (query.status === undefined || query.status === 'open') &&
    !query.stages?.some((stage) => !isOpenStage(stage));
  if (query && byFilters)
    return {
      ...('scope' in query.owner ? { scope: query.owner.scope } : query.owner),
      ...(query.dealIds?.length ? { dealIds: query.dealIds } : {}),
      ...(query.closeFrom ? { closeFrom: query.closeFrom } : {}),
      ...(query.closeTo ? { closeTo: query.closeTo } : {}),
      ...(query.stages?.length ? { stages: query.stages.filter(isOpenStage) } : {}),
      ...(query.minAmount !== undefined ? { minAmount: query.minAmount } : {}),
      ...(query.maxAmount !== undefined ? { maxAmount: query.maxAmount } : {}),
    };
  if (!memory.lastDeals?.length) return undefined;
  const owner = memory.lastDealsOwner;
  return {
    ...(owner ? ('scope' in owner ? { scope: owner.scope } : owner) : {}),
    dealIds: memory.lastDeals.slice(0, 500),
  };
}

/** The deal a score reply explains in detail (the first), for "why" and "what would raise the chance" next. */
function rememberScored(memory: ConversationMemory, result: LeadScoreResult): void {
  const explained = result.kind === 'deals' ? result.deals[0] : undefined;
  if (!explained) return;
  memory.lastScoredDeal = explained.id;
  memory.lastFocus = 'deals';
  memory.lastDeals = result.kind === 'deals' ? result.deals.map((deal) => deal.id) : [];
}

/**
 * The deal just scored, when `focus` (the last turn's) is still on it: its id was the first of the
 * deals the score showed and no other list of deals has been shown since.
 */
export function dealJustScored(
  memory: ConversationMemory,
  focus: ConversationMemory['lastFocus'],
): string | undefined {
  const id = memory.lastScoredDeal;
  return focus === 'deals' && id && memory.lastDeals?.[0] === id ? id : undefined;
}

/** Scores, top leads, forecasts and deals at risk in chat. */
export const salesHandlers: IntentHandler[] = [
  {
    intents: ['top_leads'],
    capability: {
      skill: topLeads as Skill<never, unknown>,
      summary: 'rank your open deals or leads by their chance to win',
      examples: ['my top deals', 'top leads for my team'],
    },
    handle: async ({ text, understanding, caller, skills, memory }) => {
      const kind = rankedRecordsOf(text);
      // A manager's "my top deals" means the team's: managers own no deals of their own.
      const whose = managersOwnAsTeam(scopeOf(text, understanding), caller.role);
      // "hmu with my top 5 deals": as many as were asked for.
      const limit = rankedCountOf(text);
      // "new leads in the last 2 weeks", "my leads that are still being worked": leads so filtered.
      const status = kind === 'leads' ? leadStatusAskedOf(text) : undefined;
      const created =
        kind === 'leads' ? leadsCreatedIn(text, understanding.entities?.periods ?? []) : undefined;
      const result = await skills.call(
        topLeads,
        { ...whose, kind, ...(limit ? { limit } : {}), ...(status ? { status } : {}), ...created },
        caller,
      );
      // "how many leads do i own in total": every lead of theirs counted by status.
      if (kind === 'leads' && asksOwnedLeadCount(text)) return ownedLeadCountReply(result);
      if (kind === 'deals') rememberDeals(memory, result.deals);
      return topLeadsReply(result, caller.timezone);
    },
  },
  {
    intents: ['lead_score'],
    capability: {
      skill: leadScore as Skill<never, unknown>,
      summary: "score a deal's chance to win and explain why",
      examples: ['score for the Globex deal', 'why is Acme at 35%?'],
    },
    handle: async ({ text, understanding, memory, caller, skills }) => {
      // A "Why 98%?" button carries the deal's id: explain that deal, whatever its words say.
      const dealId = explainedDealIdOf(text);
      if (dealId) return leadScoreReply(await skills.call(leadScore, { dealId }, caller), caller.timezone);
      // "why", "what would raise the chance" right after a deal's score: that deal's factors.
      const followUp = scoreFollowUpOf(text);
      const lastScored = dealJustScored(memory, memory.previousFocus);
      if (followUp && lastScored && !understanding.accountMention) {
        const again = await skills.call(leadScore, { dealId: lastScored }, caller);
        rememberScored(memory, again);
        return followUp === 'raise'
          ? raiseChanceReply(again, caller.timezone)
          : leadScoreReply(again, caller.timezone);
      }
      const account = accountOf(understanding, memory);
      if (!account) return WHICH_ACCOUNT;
      const all = await skills.call(leadScore, { account }, caller);
      // "how likely is the hooli pilot to close", "score for Acme Corporation - Annual renewal Q4 2026
      // (3)": the deals of the account the message names by their product words or full name.
      const result = all.kind === 'deals' ? { ...all, deals: dealsNamedIn(text, all.deals) } : all;
      rememberScored(memory, result);
      const reply = leadScoreReply(result, caller.timezone);
      // "why is Acme at 35%?" when no deal of Acme is at 35%: say so rather than explain another deal.
      const asked = /\b(\d{1,3})\s?%/.exec(text)?.[1];
      if (asked && result.kind === 'deals' && result.deals.length) {
        const at = Number(asked);
        if (!result.deals.some((deal) => Math.round(deal.probability * 100) === at)) {
          const shown = result.deals.map((deal) => `${Math.round(deal.probability * 100)}%`).join(', ');
          return {
            ...reply,
            text: `No open deal of ${result.account ?? result.deals[0]!.accountName} is at ${at}% (they are at ${shown}).\n\n${reply.text}`,
          };
        }
      }
      return reply;
    },
  },
  {
    intents: ['forecast'],
    capability: {
      skill: forecast as Skill<never, unknown>,
      summary: 'forecast a quarter from the pipeline and the scoring model, with a bookings chart',
      examples: ['forecast this quarter', 'forecast for my team in Q3'],
    },
    handle: async ({ text, understanding, caller, skills, memory }) => {
      const said = periodOf(text, understanding, skills.clock());
      const scope = scopeOf(text, understanding);
      const confidence = asksForecastConfidence(text);
      // "upside?", "and best case?" after a forecast: one of its figures, of the forecast just shown.
      const figure = memory.previousFocus === 'forecast' ? forecastFigureFollowUpOf(text) : undefined;
      // "how confident is that forecast" names neither period nor whose: the forecast just shown.
      const previous =
        (confidence || figure) && !said && Object.keys(scope).length === 0 ? memory.lastForecast : undefined;
      // "what about next quarter" right after a forecast names no one: the same people's, that period.
      const samePeople =
        memory.previousFocus === 'forecast' && Object.keys(scope).length === 0
          ? memory.lastForecast?.scope
          : undefined;
      const period = previous ? previous.period : said;
      const whose = previous ? previous.scope : (samePeople ?? managersOwnAsTeam(scope, caller.role));
      const result = await skills.call(forecast, { ...whose, ...(period ? { period } : {}) }, caller);
      memory.lastForecast = { scope: whose, ...(period ? { period } : {}) };
      memory.lastFocus = 'forecast';
      if (confidence) return forecastRangeReply(result);
      const target = statedTargetOf(text);
      if (target) return forecastAgainstStatedTarget(result, target);
      const reply = forecastReply(result);
      // "forecast vs target q4": the team's saved target for the period, or that none is set.
      if (asksForecastAgainstTarget(text) && !figure)
        return withTeamTarget(reply, result, 'team' in whose ? whose.team : undefined, caller, skills);
      return figure ? { ...reply, text: `${forecastFigureLine(result, figure)}\n\n${reply.text}` } : reply;
    },
  },
  {
    intents: ['at_risk_deals'],
    capability: {
      skill: atRiskDeals as Skill<never, unknown>,
      summary: 'find deals at risk, each with its reason',
      examples: ['which deals are at risk?'],
    },
    handle: async ({ text, understanding, caller, skills, memory }) => {
      // "why is the bennett medical deal at risk": that deal's own reasons, not the top ten.
      const namedDeal = namedDealRiskOf(text);
      if (namedDeal) {
        const result = await skills.call(atRiskDeals, { deal: namedDeal }, caller);
        rememberDeals(memory, result.deals);
        return namedDealRiskReply(result, namedDeal);
      }
      // "deals at risk in emea", "only the ones in emea" after them: deals of accounts in that region.
      const region = REGIONS.find(([words]) => words.test(text.toLowerCase()))?.[1];
      // "which of those are at risk" right after a list of deals: only those deals. "The ones" in a
      // region right after the deals at risk are all of those at risk there, not the few rows shown.
      const those = region && showsDealsAtRisk(memory) ? undefined : dealsJustListed(text, memory);
      // "anything i should worry about there" right after an account: its deals the caller's team works.
      const account = those ? undefined : accountJustShown(text, memory);
      const period = those ? undefined : periodOf(text, understanding, skills.clock());
      // A manager owns no deals: "what should i be worried about" is the team's, as for forecasts.
      // "and hers at risk?" naming nobody: the rep the conversation was last about.
      const said = scopeOf(text, understanding);
      const colleague =
        !Object.keys(said).length && memory.lastRep && asksColleagueRisksBack(text)
          ? { rep: memory.lastRep }
          : undefined;
      const whose = account
        ? { scope: caller.role === 'admin' ? ('all' as const) : ('team' as const) }
        : (colleague ?? managersOwnAsTeam(said, caller.role));
      const result = await skills.call(
        atRiskDeals,
        those ?? {
          ...whose,
          ...(account ? { accountId: account.id } : {}),
          ...(period ? { period } : {}),
          ...(region && !account ? { region } : {}),
        },
        caller,
      );
      rememberDeals(memory, result.deals);
      rememberDealsAtRisk(memory, those || account ? undefined : { period }, result.deals);
      const reply = atRiskDealsReply(result, caller.timezone);
      if (account) {
        // With no deal listed the account stays what the conversation is about ("and their contacts?").
        if (!result.deals.length) memory.lastFocus = 'account';
        return { ...reply, text: `${account.name}'s open deals: ${reply.text}` };
      }
      if (!those) return reply;
      return { ...reply, text: `Of the deals just listed: ${reply.text}` };
    },
  },
];
