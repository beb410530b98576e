import { MS_PER_DAY } from '../../ml/orders/order-date';
import type { Account } from '../../vocabulary';
import type { AudienceDefinition, AudienceMember } from '../../vocabulary/audience';
import { crmSegmentsOf } from '../shared/crm-segments';
import type { RecordVisibility } from '../shared/record-visibility';
import { segmentGroupOf, segmentsNamed } from '../shared/segment-lookup';
import type { SkillServices } from '../skill';

/** The definition with its segment names as the segmentation spells them ("champions" → "Champions"). */
export async function resolvedDefinition(
  services: SkillServices,
  definition: AudienceDefinition,
): Promise<AudienceDefinition> {
  if (!definition.segments?.length) return definition;
  const available = (await crmSegmentsOf(services)).current.sizes.map((s) => s.segment);
  const segments = [...new Set(definition.segments.flatMap((typed) => segmentsNamed(typed, available)))];
  return { ...definition, segments };
}

/**
 * The definition as its audience is named: each segment as the segmentation spells it, or the group
 * a typed name stood for ("at risk" → "At risk" when that is read as the slipping segments).
 */
export async function titledDefinition(
  services: SkillServices,
  definition: AudienceDefinition,
): Promise<AudienceDefinition> {
  if (!definition.segments?.length) return definition;
  const available = (await crmSegmentsOf(services)).current.sizes.map((s) => s.segment);
  const segments = definition.segments.flatMap(
    (typed) => segmentGroupOf(typed, available) ?? segmentsNamed(typed, available),
  );
  return { ...definition, segments: [...new Set(segments)] };
}

/**
 * The accounts a definition selects today, among the customers of the segmentation (accounts with
 * orders) whose purchases the caller sees in full, with their segment, spend and the contacts the
 * caller sees; biggest spenders first.
 */
export async function membersOf(
  services: SkillServices,
  visibility: RecordVisibility,
  definition: AudienceDefinition,
): Promise<AudienceMember[]> {
  const segmentation = await crmSegmentsOf(services);
  const segments = definition.segments?.length ? new Set(definition.segments) : undefined;
  const rows = segmentation.current.customers.filter(
    (c) =>
      !c.customerId.startsWith('ref:') &&
      (!segments || segments.has(c.segment)) &&
      (definition.noOrderForDays === undefined || c.recencyDays >= definition.noOrderForDays) &&
      (definition.orderedWithinDays === undefined || c.recencyDays <= definition.orderedWithinDays),
  );
  const byId = new Map(rows.map((r) => [r.customerId, r]));
  const accounts: Account[] = [];
  const ids = [...byId.keys()];
  for (let i = 0; i < ids.length; i += 1000)
    accounts.push(...(await services.store.accounts.find({ _id: { $in: ids.slice(i, i + 1000) } })));
  const industry = definition.industry?.toLowerCase();
  const selected = await visibility.onlyFull(
    accounts.filter(
      (a) =>
        (!definition.region || a.region === definition.region) &&
        (!industry || a.industry?.toLowerCase() === industry),
    ),
    (a) => a.ownerId,
    'purchases',
  );
  const contactsOf = await contactIdsOf(services, visibility, selected);
  return selected
    .map((account) => {
      const row = byId.get(account._id)!;
      return {
        accountId: account._id,
        accountName: account.name,
        ...(account.region ? { region: account.region } : {}),
        segment: row.segment,
        spend: Math.round(row.monetary * 100) / 100,
        currency: segmentation.data.currencyOf.get(account._id) ?? 'USD',
        contactIds: contactsOf.get(account._id) ?? [],
      };
    })
    .sort((a, b) => b.spend - a.spend || a.accountName.localeCompare(b.accountName));
}

/** The contacts (by account) the caller sees, people who left their company left out. */
async function contactIdsOf(
  services: SkillServices,
  visibility: RecordVisibility,
  accounts: readonly Account[],
): Promise<Map<string, string[]>> {
  const seen = new Set(
    (await visibility.onlyFull(accounts, (a) => a.ownerId, 'contact')).map((account) => account._id),
  );
  const out = new Map<string, string[]>();
  const ids = [...seen];
  for (let i = 0; i < ids.length; i += 1000) {
    const contacts = await services.store.contacts.find(
      { accountId: { $in: ids.slice(i, i + 1000) } },
      { projection: { accountId: 1, leftAt: 1 } },
    );
    for (const contact of contacts) {
      if (contact.leftAt) continue;
      const list = out.get(contact.accountId) ?? [];
      list.push(contact._id);
      out.set(contact.accountId, list);
    }
  }
  return out;
}

/** Spend per currency of orders of these accounts in [from, to). */
export async function spendBetween(
  services: SkillServices,
  accountIds: readonly string[],
  from: Date,
  to: Date,
): Promise<{ spend: Record<string, number>; buyers: number; orders: number }> {
  const spend: Record<string, number> = {};
  const buyers = new Set<string>();
  let orders = 0;
  for (let i = 0; i < accountIds.length; i += 1000) {
    const found = await services.store.orders.find(
      { accountId: { $in: accountIds.slice(i, i + 1000) }, orderedAt: { $gte: from, $lt: to } },
      { projection: { accountId: 1, total: 1, currency: 1, status: 1 } },
    );
    for (const order of found) {
      if (order.status === 'cancelled') continue;
      spend[order.currency] = Math.round(((spend[order.currency] ?? 0) + order.total) * 100) / 100;
      buyers.add(order.accountId!);
      orders += 1;
    }
  }
  return { spend, buyers: buyers.size, orders };
}

/** Spend per currency of members. */
export function spendOfMembers(members: readonly AudienceMember[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of members) out[m.currency] = Math.round(((out[m.currency] ?? 0) + m.spend) * 100) / 100;
  return out;
}

/** A name for a definition: "Champions EMEA Retail no order 90d". */
export function generatedAudienceName(definition: AudienceDefinition): string {
  const parts = [
    ...(definition.segments?.length ? [definition.segments.join(' + ')] : ['Customers']),
    ...(definition.region ? [definition.region] : []),
    ...(definition.industry ? [definition.industry] : []),
    ...(definition.noOrderForDays !== undefined ? [`no order ${definition.noOrderForDays}d`] : []),
    ...(definition.orderedWithinDays !== undefined
      ? [`ordered within ${definition.orderedWithinDays}d`]
      : []),
  ];
  return parts.join(' ');
}

/** Whole days between two instants (at least 0). */
export function daysBetween(from: Date, to: Date): number {
  return Math.max(0, Math.floor((to.getTime() - from.getTime()) / MS_PER_DAY));
}
