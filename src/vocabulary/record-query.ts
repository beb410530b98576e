import type { DealStage, DealType } from './deal';
import type { Region } from './common';
import type { InteractionType } from './interaction';

/** Whose records a question is about: the caller's own, their team, everyone, a named rep or a named team. */
export type QueryOwner = { scope: 'mine' | 'team' | 'all' } | { rep: string } | { team: string };

/**
 * The aggregate a question asks for; of deals also a sales metric: the average or median amount (per
 * currency), the win rate (won of won + lost, closed in the period) or the sales cycle (days from
 * created to won).
 */
export type QueryAggregate = 'list' | 'count' | 'sum' | 'top' | 'average' | 'median' | 'winRate' | 'cycle';

/** A figure of deals' sizes, when several are asked together ("average and median", "min, max and median"). */
export type AmountFigure = 'average' | 'median' | 'min' | 'max';

/** One field of a record a question asks about ("when does it close?", "what stage is it in?", "who owns it?"). */
export type QueryField =
  | 'closeDate'
  | 'amount'
  | 'stage'
  | 'owner'
  | 'lastInteraction'
  | 'contactRole'
  /** Fields of one person ("what's David's title", "can we email her?", "who does Jane work for"). */
  | 'title'
  | 'email'
  | 'phone'
  | 'employer';

/**
 * A question about CRM records as a structured query: the record type, filters, an aggregate and
 * maybe one field. The understanding layer writes it; the `query-records` skill runs it under the
 * caller's visibility. Calendar days are `YYYY-MM-DD` (inclusive), never instants.
 */
export interface RecordQuery {
  record: 'deal' | 'task' | 'interaction' | 'contact' | 'account';
  owner: QueryOwner;
  /** An account the question names (or the conversation's last one). */
  accountId?: string;
  /** Deals the question points back at ("that deal", "the biggest one", "those"). */
  dealIds?: string[];
  /** Words naming one deal ("the Hooli sales team pilot"). */
  dealWords?: string;
  /** Close dates of deals, due days of tasks, between these days (inclusive). */
  closeFrom?: string;
  closeTo?: string;
  /** Deals created (entered in the CRM) between these days, whatever their stage now ("deals created this month"). */
  createdFrom?: string;
  createdTo?: string;
  /** Won or lost between these days (with status won/lost). */
  closedFrom?: string;
  closedTo?: string;
  status?: 'open' | 'won' | 'lost' | 'overdue';
  stages?: DealStage[];
  /** Deals in none of these stages ("deals not in negotiation", "over 100k that aren't in prospecting"). */
  excludeStages?: DealStage[];
  /** Deals of none of these accounts ("my open deals except acme", "open deals not at acme or wayne"). */
  excludeAccountIds?: string[];
  /** Deals of these types only ("my renewals", "upsell deals", "new business"). */
  dealTypes?: DealType[];
  /** Deals that came from these sources only ("deals that came in from partners": partner). */
  dealSources?: Array<'web' | 'referral' | 'event' | 'outbound' | 'partner'>;
  /**
   * Open deals the rep put in these forecast categories only ("my commit deals", "commit vs best
   * case"); a sum of two or more is given per category too.
   */
  forecastCategories?: Array<'commit' | 'best_case'>;
  minAmount?: number;
  maxAmount?: number;
  /** Lost deals whose lost reason holds these words ("lost to competitors" → "competitor"), case-insensitively. */
  lostReason?: string;
  region?: Region;
  /** For accounts: customers, prospects or churned accounts only. */
  accountStatus?: 'customer' | 'prospect' | 'churned';
  /**
   * Accounts of this industry, as the store spells it ("my healthcare accounts"); for deals, those
   * of accounts of that industry ("my open deals in healthcare").
   */
  industry?: string;
  /**
   * Accounts in this country, by its English name as the store spells it ("healthcare customers in
   * the uk"); for deals, those of accounts in it ("open deals in germany", "my canadian accounts' pipeline").
   */
  country?: string;
  /** Deals kept in this currency only ("list the EUR deals", "largest GBP deal"): amounts are never converted. */
  currency?: 'USD' | 'EUR' | 'GBP';
  aggregate: QueryAggregate;
  /**
   * With an `average` or `median` aggregate: every figure of the deals' sizes the question asks for
   * together, in this order ("average and median won deal size", "spread of deal sizes: min, max and
   * median"); the aggregate alone when absent.
   */
  amountFigures?: AmountFigure[];
  /**
   * How many records a `top` or `list` answer shows; with `breakdown`, how many values, the most
   * first ("top 5 industries by number of accounts").
   */
  limit?: number;
  /** How many rows of the ordered answer to pass over first ("show me the rest" after the first 25). */
  offset?: number;
  /**
   * Which deals come first: the biggest or smallest amount, or the soonest close date ("the next
   * deal to close", "which of those closes first"), or the day they were created, the oldest or the
   * newest first ("which open deal has been open the longest"). Default: by amount, or by close
   * date for a window. Accounts kept by `relatedCount` come the most first, or with `smallest` the
   * fewest first ("which account has the fewest contacts").
   */
  order?: 'biggest' | 'smallest' | 'soonest' | 'longestInStage' | 'oldest' | 'newest';
  field?: QueryField;
  /**
   * Deals grouped by owner or by their account's region and ranked ("who's carrying the biggest
   * pipeline", "which rep has the most open deals", "which region has the most open pipeline",
   * "pipeline by region"): each group's count and totals, by amount or by count. Tasks and
   * interactions by owner are counted per team member, those with none included ("which rep has
   * the most overdue tasks", "who on my team hasn't logged any activity this week"). A sales
   * metric may also be grouped by the deals' type or source ("win rate by source"), by their
   * account's industry or country ("win rate by industry"), or by each stage the deals reached
   * (`stageReached`: "win rate by stage reached", a deal counted under every open stage it was in).
   * Deals grouped by their account (`account`) rank the accounts on the business they brought or
   * have open ("my biggest accounts", "top 10 customers by revenue this year", "pipeline by account").
   * `size` groups a sales metric by bands of the deals' amounts ("win rate by deal size").
   */
  groupBy?:
    'owner' | 'region' | 'account' | 'type' | 'source' | 'industry' | 'country' | 'stageReached' | 'size';
  /**
   * Deals that were in this stage at some point (their stage history or their stage now holds it):
   * "win rate of deals that reached negotiation".
   */
  reachedStage?: DealStage;
  /**
   * With `groupBy` on deals: the first deals of each group in the query's order (`limit` of each, one
   * when none is said) instead of the groups ranked ("biggest open deal in each region", "top 3 deals
   * per rep").
   */
  eachGroup?: boolean;
  /**
   * Records counted per value of one of their fields ("accounts by country", "deals by source"):
   * each value's count, and for deals its amount per currency. Fields of a record's account count
   * for its contacts ("contacts by country").
   */
  breakdown?: BreakdownField;
  /**
   * With `breakdown`: only these values, side by side in the order said ("accounts: uk vs germany",
   * "germany: customers vs prospects"), each counted even when none has it. Values as the store
   * spells them (a country's English name, an industry, `customer` / `prospect` / `churned`).
   */
  breakdownValues?: string[];
  /** For accounts: those with at least / at most this many employees ("accounts with 10,000+ employees"). */
  minEmployees?: number;
  maxEmployees?: number;
  rankBy?: 'amount' | 'count';
  /**
   * Deals that have sat in their current stage at least so many days ("haven't moved in 30 days");
   * with `order: 'longestInStage'` and no days, those held longer than won deals usually hold that
   * stage (the at-risk skill's stall rule: "stuck in proposal for a long time").
   */
  inStageDays?: number;
  /**
   * The caller's day (tasks only): open tasks due today or overdue, with the meetings and calls
   * logged for today ("what's on my plate today", "my day").
   */
  agenda?: boolean;
  /** Deals of these reps only, by name ("compare olivia and marcus won this quarter"). */
  reps?: string[];
  /**
   * Records nobody has touched for so many days: open deals with no interaction logged on the deal
   * itself since then ("which of my deals haven't been touched in 2 weeks"), accounts or
   * contacts with none logged with them ("which of my accounts haven't heard from us in 60 days").
   */
  quietDays?: number;
  /**
   * For accounts: only those with no contact at all, or with no owner ("any accounts with no owner");
   * for deals: only those with no close date or no amount ("any team deals with no close date"), or
   * open ones with no next step: no open task on the deal ("deals with no next step").
   */
  missing?: 'contact' | 'owner' | 'closeDate' | 'amount' | 'nextStep';
  /** Contacts by id: a person the question names, or the people the conversation just showed. */
  contactIds?: string[];
  /** Interactions of these types ("meetings", "calls I logged"). */
  interactionTypes?: InteractionType[];
  /** Interactions that happened between these days (inclusive, in the reader's time zone). */
  occurredFrom?: string;
  occurredTo?: string;
  /**
   * For `lastInteraction`: whether one happened at all ("has anyone called initech this month?",
   * "have i emailed globex recently"), stated yes or no with the latest one; in `occurredFrom`..`occurredTo`
   * when a period is said. `mine`: only the caller's own ("have i called").
   */
  asksWhether?: 'anyone' | 'mine';
  /**
   * For `lastInteraction`: the caller's own latest ones, said with "I" ("when did i last talk to
   * globex", "my last call with acme"), not the latest anyone had.
   */
  ownInteractions?: true;
  /** For `contactRole`: the buying role (`decision_maker`, `champion`, ...) or a title word ("CEO"). */
  contactRole?: string;
  /** For contacts: only the people who have left their company ("how many contacts have left their company"). */
  contactsLeft?: boolean;
  /**
   * For contacts: only those of one e-mail standing: `optedOut` (asked for no marketing e-mail),
   * `none` (no address on record), `emailable` (an address, not opted out, still at the company: the
   * people a campaign or an export may write to). "how many contacts have opted out of email",
   * "which globex contacts can get our marketing emails".
   */
  contactEmail?: 'optedOut' | 'none' | 'emailable';
  /**
   * For accounts: only those holding more than `min` and fewer than `max` records of one kind
   * ("my accts w/ more than 5 contacts": contacts still at the company; "accounts with at least 3
   * open deals": min 2), each account shown with its count, the most first.
   */
  relatedCount?: {
    of: 'contacts' | 'deals' | 'openDeals' | 'cases' | 'openCases';
    min?: number;
    max?: number;
  };
  /**
   * Deals set against one deal the conversation just showed ("any of my opps in negotiation bigger
   * than that one?"): a bigger or smaller amount in its currency, or created before or after it; never that deal itself.
   */
  thanDeal?: { dealId: string; than: 'bigger' | 'smaller' | 'older' | 'newer' };
  /**
   * Deals won, lost or created counted period by period over the query's window ("won amount per
   * month this year", "deals created each month"): the dialog asks once per period; the skill, given
   * it, answers the whole window.
   */
  perPeriod?: 'month' | 'quarter' | 'week';
}

/** The fields records may be counted by (`RecordQuery.breakdown`); which record has which: the dialogs' field-breakdown table. */
export const BREAKDOWN_FIELDS = [
  'industry',
  'country',
  'region',
  'status',
  'size',
  'buyingRole',
  'source',
  'type',
  'forecastCategory',
  'currency',
  'stage',
  'lostReason',
] as const;
export type BreakdownField = (typeof BREAKDOWN_FIELDS)[number];

/** A pipeline or team summary: pipeline by stage, won and lost in a period, change against the period before. */
export interface SummaryQuery {
  owner: QueryOwner;
  /** The period for won/lost, `YYYY-MM-DD` inclusive, with its label ("November 2026", "Q4 2026"). */
  from: string;
  to: string;
  label: string;
  /** Only deals of accounts in this region ("how is the EMEA team doing"). */
  region?: Region;
}
