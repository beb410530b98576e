import type { Contact, Interaction, InteractionType } from '../../vocabulary';
import type { AccountContext } from './account-context';
import { addDays, atBusinessHour, daysBetween } from './calendar';
import type { SeedDocument, SeedWindow } from './demo-crm';
import type { DealPlan } from './demo-deals';
import type { LeadTouch } from './demo-leads';
import { REGION_DAY_START_UTC } from './geography';
import {
  accountTouchSummary,
  dealTouchSummary,
  leadTouchSummary,
  slippedCloseSummary,
} from './interaction-summaries';
import type { Random } from './random';

const ACCOUNT_TOUCH_TYPES: readonly (readonly [InteractionType, number])[] = [
  ['email', 0.35],
  ['call', 0.2],
  ['meeting', 0.12],
  ['note', 0.15],
  ['chat', 0.18],
];
const STATUS_WEIGHT = { customer: 3, churned: 1.5, prospect: 0.7 } as const;

function durationOf(random: Random, type: InteractionType): number | undefined {
  if (type === 'meeting') return random.pick([30, 30, 45, 60, 60, 90]);
  if (type === 'call') return random.int(3, 45);
  return undefined;
}

function directionOf(random: Random, type: InteractionType): Interaction['direction'] | undefined {
  if (type === 'email') return random.chance(0.7) ? 'outbound' : 'inbound';
  if (type === 'call') return random.chance(0.8) ? 'outbound' : 'inbound';
  if (type === 'chat') return 'inbound';
  return undefined;
}

function fullName(contact: SeedDocument<Contact> | undefined, fallback: string): string {
  return contact ? `${contact.firstName} ${contact.lastName}` : fallback;
}

function interaction(
  random: Random,
  type: InteractionType,
  occurredAt: Date,
  summary: string,
  links: Partial<Pick<Interaction, 'accountId' | 'contactId' | 'dealId' | 'leadId' | 'userId'>>,
): SeedDocument<Interaction> {
  const duration = durationOf(random, type);
  const direction = directionOf(random, type);
  return {
    _id: random.idAt(occurredAt),
    type,
    ...links,
    ...(direction ? { direction } : {}),
    occurredAt,
    summary,
    ...(duration !== undefined ? { durationMinutes: duration } : {}),
    createdAt: occurredAt,
  };
}

/** The interactions that drove each deal (their counts and timing are the win model's engagement features). */
function dealInteractions(
  random: Random,
  window: SeedWindow,
  plans: readonly DealPlan[],
): SeedDocument<Interaction>[] {
  const out: SeedDocument<Interaction>[] = [];
  for (const { deal, context, touches, slippedFrom } of plans) {
    const created = deal.stageHistory[0]!.at;
    const end = deal.closedAt ?? window.anchor;
    const dealContact = context.contacts.find((contact) => contact._id === deal.contactId);
    for (const touch of touches) {
      const contact =
        dealContact && random.chance(0.55)
          ? dealContact
          : context.contacts.length
            ? random.pick(context.contacts)
            : undefined;
      const userId = random.chance(0.85) ? deal.ownerId : random.pick(context.teammates)._id;
      const progress = daysBetween(created, touch.at) / Math.max(1, daysBetween(created, end));
      const summary = dealTouchSummary(random, touch.type, {
        contact: fullName(contact, context.account.name),
        account: context.account.name,
        deal: deal.name,
        progress,
      });
      out.push(
        interaction(random, touch.type, touch.at, summary, {
          accountId: deal.accountId,
          ...(contact ? { contactId: contact._id } : {}),
          dealId: deal._id,
          userId,
        }),
      );
    }
    if (slippedFrom) {
      const at = addDays(
        window.anchor,
        -random.uniform(1, Math.min(30, Math.max(1.5, daysBetween(created, window.anchor)))),
      );
      out.push(
        interaction(random, 'note', at, slippedCloseSummary(random, slippedFrom, deal.closeDate), {
          accountId: deal.accountId,
          dealId: deal._id,
          userId: deal.ownerId,
        }),
      );
    }
  }
  return out;
}

/**
 * `target` interactions in all: the deal touches from the deal plans, the lead touches, a note for
 * each pushed close date, and account-level touches (customer success, support, chat) filling the
 * rest, more for customers, none after a churned account's last activity.
 */
export function generateInteractions(
  random: Random,
  window: SeedWindow,
  plans: readonly DealPlan[],
  leadTouches: readonly LeadTouch[],
  contexts: readonly AccountContext[],
  activeUntil: ReadonlyMap<string, Date>,
  target: number,
): SeedDocument<Interaction>[] {
  const out = dealInteractions(random, window, plans);
  for (const touch of leadTouches) {
    out.push(
      interaction(random, touch.type, touch.at, leadTouchSummary(random, touch.type, touch.leadName), {
        leadId: touch.leadId,
        ...(touch.ownerId ? { userId: touch.ownerId } : {}),
      }),
    );
  }

  const drawContext = random.indexSampler(
    contexts.map(({ account }) => STATUS_WEIGHT[account.status] * (1 + Math.log10(account.employees ?? 10))),
  );
  while (out.length < target) {
    const context = contexts[drawContext()]!;
    const { account } = context;
    const from = new Date(Math.max(window.start.getTime(), (account.createdAt ?? window.start).getTime()));
    const until = activeUntil.get(account._id) ?? window.anchor;
    if (until <= from) continue;
    const day = addDays(from, random.uniform(0, daysBetween(from, until)));
    const at = atBusinessHour(random, day, REGION_DAY_START_UTC[account.region ?? 'NA']);
    if (at >= window.anchor) continue;
    const type = random.weighted(ACCOUNT_TOUCH_TYPES);
    const contact = context.contacts.length ? random.pick(context.contacts) : undefined;
    const userId =
      type === 'chat' && random.chance(0.5)
        ? undefined
        : random.chance(0.8)
          ? account.ownerId
          : random.pick(context.teammates)._id;
    const summary = accountTouchSummary(random, type, {
      contact: fullName(contact, account.name),
      account: account.name,
    });
    out.push(
      interaction(random, type, at, summary, {
        accountId: account._id,
        ...(contact ? { contactId: contact._id } : {}),
        ...(userId ? { userId } : {}),
      }),
    );
  }
  return out.sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
}
