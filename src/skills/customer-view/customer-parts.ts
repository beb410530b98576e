import type { Store } from '../../store/store';
import type { Contact, Interaction, InteractionType, Order } from '../../vocabulary';
import { contactNameOf } from '../shared/contact-at-account';

/** A contact as support sees them: who, how to reach them, and how they want (not) to be reached. */
export interface CustomerContact {
  id: string;
  name: string;
  title?: string;
  buyingRole?: Contact['buyingRole'];
  email?: string;
  phone?: string;
  leftAt?: Date;
  preferences: {
    channel?: Contact['preferredChannel'];
    language?: string;
    emailOptOut: boolean;
    phoneOptOut: boolean;
  };
}

/** One recent interaction with the customer. */
export interface CustomerInteraction {
  occurredAt: Date;
  type: InteractionType;
  summary: string;
  contactName?: string;
  sentiment?: number;
}

/** The interactions' sentiment: the last five against the five before, when there are scores. */
export interface SentimentTrend {
  /** Average sentiment (-1..1) of the latest five scored interactions. */
  recent: number;
  /** Of the five before them (absent when there are not that many). */
  before?: number;
  direction: 'improving' | 'worsening' | 'steady' | 'unknown';
}

/** A product the account bought: how many, in how many orders, when last. */
export interface ProductBought {
  sku: string;
  name: string;
  quantity: number;
  orders: number;
  lastOrderedAt: Date;
}

/** A change in average sentiment smaller than this is "steady". */
const STEADY = 0.1;
const TREND_WINDOW = 5;

/** The contact view, with e-mail and phone only when the caller may see them. */
export function customerContactOf(
  contact: Contact,
  show: { email: boolean; phone: boolean },
): CustomerContact {
  return {
    id: contact._id,
    name: contactNameOf(contact),
    ...(contact.title ? { title: contact.title } : {}),
    ...(contact.buyingRole ? { buyingRole: contact.buyingRole } : {}),
    ...(show.email && contact.email ? { email: contact.email } : {}),
    ...(show.phone && contact.phone ? { phone: contact.phone } : {}),
    ...(contact.leftAt ? { leftAt: contact.leftAt } : {}),
    preferences: {
      ...(contact.preferredChannel ? { channel: contact.preferredChannel } : {}),
      ...(contact.preferredLanguage ? { language: contact.preferredLanguage } : {}),
      emailOptOut: contact.emailOptOut === true,
      phoneOptOut: contact.phoneOptOut === true,
    },
  };
}

/** The trend of the interactions' sentiment, newest first in; undefined when none is scored. */
export function sentimentTrendOf(
  newestFirst: readonly Pick<Interaction, 'sentiment'>[],
): SentimentTrend | undefined {
  const scores = newestFirst.flatMap((i) => (typeof i.sentiment === 'number' ? [i.sentiment] : []));
  if (!scores.length) return undefined;
  const mean = (values: number[]) =>
    Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100;
  const recent = mean(scores.slice(0, TREND_WINDOW));
  const earlier = scores.slice(TREND_WINDOW, 2 * TREND_WINDOW);
  if (!earlier.length) return { recent, direction: 'unknown' };
  const before = mean(earlier);
  const direction =
    recent - before > STEADY ? 'improving' : before - recent > STEADY ? 'worsening' : 'steady';
  return { recent, before, direction };
}

/** What an account bought in a window of days: its orders (not cancelled), their totals and products. */
export interface Purchases {
  /** First and last day of the window (ISO). */
  from: string;
  to: string;
  orders: number;
  /** The orders' totals, one per currency. */
  totals: { currency: string; amount: number }[];
  products: ProductBought[];
}

/** The products an account bought (orders not cancelled), most recent first. */
export async function productsBoughtBy(store: Store, accountId: string): Promise<ProductBought[]> {
  const orders = await store.orders.find(
    { accountId, status: { $ne: 'cancelled' } },
    { sort: { orderedAt: -1 }, limit: 500 },
  );
  return productsOf(store, orders);
}

/** The account's orders (not cancelled) from the first to the last day of the window, inclusive (UTC days). */
export async function purchasesBetween(
  store: Store,
  accountId: string,
  window: { from: string; to: string },
): Promise<Purchases> {
  const end = new Date(`${window.to}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() + 1);
  const orders = await store.orders.find(
    {
      accountId,
      status: { $ne: 'cancelled' },
      orderedAt: { $gte: new Date(`${window.from}T00:00:00Z`), $lt: end },
    },
    { sort: { orderedAt: -1 } },
  );
  const totals = new Map<string, number>();
  for (const order of orders) totals.set(order.currency, (totals.get(order.currency) ?? 0) + order.total);
  return {
    ...window,
    orders: orders.length,
    totals: [...totals].map(([currency, amount]) => ({ currency, amount: Math.round(amount * 100) / 100 })),
    products: await productsOf(store, orders),
  };
}

/** The products of these orders, newest first, with their quantities and how many orders had them. */
async function productsOf(store: Store, orders: readonly Order[]): Promise<ProductBought[]> {
  const bySku = new Map<string, ProductBought & { productId?: string }>();
  for (const order of orders) {
    for (const line of order.lines) {
      const seen = bySku.get(line.sku);
      if (seen) {
        seen.quantity += line.quantity;
        seen.orders += 1;
      } else
        bySku.set(line.sku, {
          sku: line.sku,
          name: line.description ?? line.sku,
          quantity: line.quantity,
          orders: 1,
          lastOrderedAt: order.orderedAt,
          ...(line.productId ? { productId: line.productId } : {}),
        });
    }
  }
  const productIds = [...bySku.values()].flatMap((p) => (p.productId ? [p.productId] : []));
  const products = productIds.length
    ? await store.products.find({ _id: { $in: productIds } }, { projection: { name: 1 } })
    : [];
  const nameOf = new Map(products.map((p) => [p._id, p.name]));
  return [...bySku.values()].map(({ productId, ...bought }) => ({
    ...bought,
    name: (productId && nameOf.get(productId)) || bought.name,
  }));
}
