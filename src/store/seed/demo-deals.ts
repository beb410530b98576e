import { STAGE_PROBABILITY, type AccountSize, type Contact, type Deal } from '../../vocabulary';
import { fromUsd, type AccountContext } from './account-context';
import { addDays, atBusinessHour, daysBetween, quarterStart, seasonalDate, startOfUtcDay } from './calendar';
import { isWellKnownAccount } from './demo-accounts';
import type { SeedDocument, SeedWindow } from './demo-crm';
import { closedStageHistory, forecastCategoryOf, lostReasonFor, openStageHistory } from './deal-stages';
import { REGION_DAY_START_UTC } from './geography';
import { demoIndustryNamed } from './industries';
import type { Random } from './random';
import { winProbability, type WinFeatures } from './win-model';

/** Share of deals still open at the anchor (closing this quarter and next). */
const OPEN_SHARE = 0.12;
/** Share of open deals that stalled: no stage change for 45+ days and little recent contact. */
const STALLED_SHARE = 0.15;

/** Median sales-cycle length in days by company size. */
const CYCLE_DAYS: Readonly<Record<AccountSize, number>> = {
  '1-10': 25,
  '11-50': 35,
  '51-200': 50,
  '201-1000': 70,
  '1001-5000': 90,
  '5000+': 120,
};
/** Typical first-year deal value in USD by company size. */
const BASE_AMOUNT: Readonly<Record<AccountSize, number>> = {
  '1-10': 3_000,
  '11-50': 8_000,
  '51-200': 20_000,
  '201-1000': 45_000,
  '1001-5000': 90_000,
  '5000+': 180_000,
};
const TYPE_AMOUNT: Readonly<Record<Deal['type'], number>> = { new_business: 1, upsell: 0.5, renewal: 0.8 };
const OFFERINGS: Readonly<Record<Deal['type'], readonly string[]>> = {
  new_business: [
    'Platform rollout',
    'Sales team pilot',
    'Analytics suite',
    'Service desk',
    'Contact center',
    'Field devices',
    'Data integration',
  ],
  upsell: [
    'Seat expansion',
    'Analytics add-on',
    'Premium support upgrade',
    'Integration package',
    'New region rollout',
  ],
  renewal: ['Annual renewal', 'Multi-year renewal'],
};

/** A deal touch (meeting, call, email or note) the interaction generator turns into a document. */
export interface DealTouch {
  type: 'meeting' | 'call' | 'email' | 'note';
  at: Date;
}

/** A generated deal with the engagement that decided its outcome. */
export interface DealPlan {
  deal: SeedDocument<Deal>;
  context: AccountContext;
  touches: DealTouch[];
  stalled: boolean;
  /** For open deals whose close date was pushed out: the close date before the push. */
  slippedFrom?: Date;
}

interface Draft {
  context: AccountContext;
  created: Date;
  /** closedAt for closed deals, the anchor for open ones. */
  end: Date;
  closeDate: Date;
  open: boolean;
  stalled: boolean;
  slippedFrom?: Date;
}

function accountPicker(random: Random, contexts: readonly AccountContext[]): () => AccountContext {
  const drawIndex = random.indexSampler(
    contexts.map(
      ({ account, cold }) =>
        (1 + 0.8 * Math.log10(account.employees ?? 10)) *
        (isWellKnownAccount(account.name) ? 4 : cold ? 0.04 : 1),
    ),
  );
  return () => contexts[drawIndex()]!;
}

/** `at` moved into [from, to]. */
function clampTime(at: Date, from: Date, to: Date): Date {
  return new Date(Math.min(Math.max(at.getTime(), from.getTime()), to.getTime()));
}

function dayStart(context: AccountContext): number {
  return REGION_DAY_START_UTC[context.account.region ?? 'NA'];
}

function closedDraft(random: Random, window: SeedWindow, context: AccountContext): Draft {
  const size = context.account.size ?? '51-200';
  const closedAt = atBusinessHour(
    random,
    seasonalDate(random, addDays(window.start, 20), window.anchor),
    dayStart(context),
  );
  const end = closedAt < window.anchor ? closedAt : addDays(window.anchor, -1);
  const age = Math.min(365, Math.max(5, random.logNormal(CYCLE_DAYS[size], 0.55)));
  const earliest = addDays(end, -age);
  const created =
    earliest > window.start
      ? earliest
      : addDays(window.start, random.uniform(0, Math.min(10, daysBetween(window.start, end) / 2)));
  return { context, created, end, closeDate: startOfUtcDay(end), open: false, stalled: false };
}

function openDraft(
  random: Random,
  window: SeedWindow,
  context: AccountContext,
  forceThisQuarter = false,
): Draft {
  const { anchor } = window;
  const size = context.account.size ?? '51-200';
  const stalled = !forceThisQuarter && random.chance(STALLED_SHARE);
  let age = Math.min(300, Math.max(2, random.logNormal(CYCLE_DAYS[size] * 0.7, 0.6)));
  if (stalled) age = Math.max(age, random.uniform(60, 160));
  const created = clampTime(
    atBusinessHour(random, addDays(anchor, -age), dayStart(context)),
    addDays(anchor, -age - 3),
    addDays(anchor, -1),
  );
  const thisQuarterDays = daysBetween(anchor, quarterStart(anchor, 1));
  const nextQuarterDays = daysBetween(quarterStart(anchor, 1), quarterStart(anchor, 2));
  const when = forceThisQuarter
    ? 'this'
    : random.weighted<string>([
        ['this', 0.5],
        ['next', 0.4],
        ['overdue', 0.1],
      ]);
  let closeDate: Date;
  let slippedFrom: Date | undefined;
  if (when === 'overdue') closeDate = startOfUtcDay(addDays(anchor, -random.int(1, 30)));
  else if (when === 'this')
    closeDate = startOfUtcDay(addDays(anchor, Math.floor(random.next() * thisQuarterDays)));
  else
    closeDate = seasonalDate(
      random,
      quarterStart(anchor, 1),
      addDays(quarterStart(anchor, 1), nextQuarterDays),
    );
  closeDate = startOfUtcDay(closeDate);
  if (when !== 'overdue' && random.chance(0.2))
    slippedFrom = startOfUtcDay(addDays(closeDate, -random.int(14, 60)));
  return {
    context,
    created,
    end: anchor,
    closeDate,
    open: true,
    stalled,
    ...(slippedFrom ? { slippedFrom } : {}),
  };
}

function dealTypeFor(random: Random, hasEarlierWin: boolean): Deal['type'] {
  if (!hasEarlierWin) return 'new_business';
  return random.weighted<Deal['type']>([
    ['renewal', 0.35],
    ['upsell', 0.35],
    ['new_business', 0.3],
  ]);
}

/** Meetings, calls, emails and notes over the deal's life; the last meeting or call is `gap` days before its end. */
function touchesFor(random: Random, draft: Draft): DealTouch[] {
  const span = Math.max(0, daysBetween(draft.created, draft.end));
  const effort = random.logNormal(1, 0.6);
  const meetings = random.poisson(Math.min(4, 0.3 + span / 40) * effort);
  const calls = random.poisson(Math.min(5, 0.3 + span / 35) * Math.sqrt(effort));
  const emails = random.poisson(Math.min(4, 0.8 + span / 50));
  const notes = random.poisson(0.35);
  const gap = Math.min(span, draft.stalled ? random.uniform(30, 90) : random.exponential(8 / effort));
  const hour = dayStart(draft.context);
  const lastTouch = clampTime(
    atBusinessHour(random, addDays(draft.end, -gap), hour),
    draft.created,
    draft.end,
  );
  const within = (from: Date, to: Date) =>
    clampTime(
      atBusinessHour(
        random,
        new Date(from.getTime() + random.next() * Math.max(0, to.getTime() - from.getTime())),
        hour,
      ),
      from,
      to,
    );
  const touches: DealTouch[] = [];
  const spoken: DealTouch['type'][] = [
    ...Array<'meeting'>(meetings).fill('meeting'),
    ...Array<'call'>(calls).fill('call'),
  ];
  random
    .shuffle(spoken)
    .forEach((type, index) =>
      touches.push({ type, at: index === 0 ? lastTouch : within(draft.created, lastTouch) }),
    );
  for (let i = 0; i < emails; i++) touches.push({ type: 'email', at: within(draft.created, draft.end) });
  for (let i = 0; i < notes; i++) touches.push({ type: 'note', at: within(draft.created, draft.end) });
  return touches.sort((a, b) => a.at.getTime() - b.at.getTime());
}

/** The true-model features of a deal from its touches (the same numbers a scoring model can compute from the store). */
export function winFeaturesOf(
  context: AccountContext,
  type: Deal['type'],
  created: Date,
  end: Date,
  touches: readonly DealTouch[],
): WinFeatures {
  const spoken = touches.filter((touch) => touch.type === 'meeting' || touch.type === 'call');
  const last = spoken.length ? spoken[spoken.length - 1]!.at : undefined;
  return {
    industry: context.account.industry ?? '',
    size: context.account.size ?? '51-200',
    region: context.account.region ?? 'NA',
    type,
    meetings: touches.filter((touch) => touch.type === 'meeting').length,
    calls: touches.filter((touch) => touch.type === 'call').length,
    ...(last ? { daysSinceLastTouch: daysBetween(last, end) } : {}),
    championPresent: context.championPresent,
    ageDays: daysBetween(created, end),
  };
}

function dealContact(
  random: Random,
  contacts: readonly SeedDocument<Contact>[],
): SeedDocument<Contact> | undefined {
  const champion = contacts.find((contact) => contact.buyingRole === 'champion');
  if (champion && random.chance(0.6)) return champion;
  return (
    contacts.find((contact) => contact.buyingRole === 'decision_maker') ??
    (contacts.length ? random.pick(contacts) : undefined)
  );
}

function amountFor(random: Random, context: AccountContext, type: Deal['type']): number {
  const usd =
    BASE_AMOUNT[context.account.size ?? '51-200'] *
    demoIndustryNamed(context.account.industry ?? 'Software').dealAmountFactor *
    TYPE_AMOUNT[type] *
    random.logNormal(1, 0.4);
  const amount = fromUsd(usd, context.currency);
  return amount < 10_000 ? Math.max(500, Math.round(amount / 100) * 100) : Math.round(amount / 500) * 500;
}

/** Ensures every well-known account has an open deal closing this quarter, replacing other open drafts. */
function ensureWellKnownPipeline(
  random: Random,
  window: SeedWindow,
  drafts: Draft[],
  contexts: readonly AccountContext[],
): void {
  const quarterEnd = quarterStart(window.anchor, 1);
  for (const context of contexts.filter((c) => isWellKnownAccount(c.account.name))) {
    const has = drafts.some(
      (d) => d.open && d.context === context && d.closeDate >= window.anchor && d.closeDate < quarterEnd,
    );
    if (has) continue;
    // Replace an open draft of another account (else a closed one), so the count stays as asked.
    let replace = drafts.findIndex((d) => d.open && !isWellKnownAccount(d.context.account.name));
    if (replace < 0) replace = drafts.findIndex((d) => !isWellKnownAccount(d.context.account.name));
    const draft = openDraft(random, window, context, true);
    if (replace >= 0) drafts[replace] = draft;
    else drafts.push(draft);
  }
}

/**
 * `count` deals over the three years before the anchor: closed ones with seasonal close dates, stage
 * histories and outcomes drawn from the true win model (win-model.ts), and open ones closing this
 * quarter and next (some overdue, some stalled, some with pushed close dates).
 */
export function generateDeals(
  random: Random,
  window: SeedWindow,
  contexts: readonly AccountContext[],
  count: number,
): DealPlan[] {
  const pick = accountPicker(random, contexts);
  const openCount = Math.round(count * OPEN_SHARE);
  const drafts: Draft[] = [];
  for (let i = 0; i < count - openCount; i++) drafts.push(closedDraft(random, window, pick()));
  for (let i = 0; i < openCount; i++) drafts.push(openDraft(random, window, pick()));
  ensureWellKnownPipeline(random, window, drafts, contexts);
  drafts.sort((a, b) => a.created.getTime() - b.created.getTime());

  const wins = new Map<string, Date[]>();
  const names = new Map<string, Set<string>>();
  const plans: DealPlan[] = [];
  for (const draft of drafts) {
    const { context } = draft;
    const accountId = context.account._id;
    const type = dealTypeFor(
      random,
      (wins.get(accountId) ?? []).some((closed) => closed < draft.created),
    );
    const touches = touchesFor(random, draft);
    const owner = random.chance(0.9) ? context.owner : random.pick(context.teammates);
    const features = winFeaturesOf(context, type, draft.created, draft.end, touches);
    const won = !draft.open && random.chance(winProbability(features));
    const stageHistory = draft.open
      ? openStageHistory(
          random,
          draft.created,
          draft.stalled ? addDays(window.anchor, -45) : addDays(window.anchor, -1),
          owner._id,
        )
      : closedStageHistory(random, won, draft.created, draft.end, owner._id);
    const stage = stageHistory[stageHistory.length - 1]!.stage;
    if (won) wins.set(accountId, [...(wins.get(accountId) ?? []), draft.end]);

    const used = names.get(accountId) ?? new Set<string>();
    names.set(accountId, used);
    const quarter = `Q${Math.floor(draft.closeDate.getUTCMonth() / 3) + 1} ${draft.closeDate.getUTCFullYear()}`;
    let name = `${context.account.name} - ${random.pick(OFFERINGS[type])} ${quarter}`;
    for (let n = 2; used.has(name); n++)
      name = `${context.account.name} - ${random.pick(OFFERINGS[type])} ${quarter} (${n})`;
    used.add(name);

    const contact = dealContact(random, context.contacts);
    const deal: SeedDocument<Deal> = {
      _id: random.idAt(draft.created),
      name,
      accountId,
      ...(contact ? { contactId: contact._id } : {}),
      ownerId: owner._id,
      stage,
      amount: amountFor(random, context, type),
      currency: context.currency,
      closeDate: draft.closeDate,
      probability: STAGE_PROBABILITY[stage],
      forecastCategory: forecastCategoryOf(random, stage),
      type,
      source:
        type === 'new_business'
          ? random.weighted<string>([
              ['web', 0.3],
              ['referral', 0.15],
              ['event', 0.15],
              ['outbound', 0.25],
              ['partner', 0.15],
            ])
          : 'existing customer',
      stageHistory,
      ...(draft.open ? {} : { closedAt: draft.end }),
      ...(draft.open || won ? {} : { lostReason: lostReasonFor(random, features.daysSinceLastTouch) }),
      createdAt: draft.created,
    };
    plans.push({
      deal,
      context,
      touches,
      stalled: draft.stalled,
      ...(draft.slippedFrom ? { slippedFrom: draft.slippedFrom } : {}),
    });
  }
  return plans;
}
