import { z } from 'zod';
import { CrmError, ErrorCode } from '../../core/errors';
import { REGIONS, nameKeyOf, type Order, type Product, type Region } from '../../vocabulary';
import { RecordVisibility } from '../shared/record-visibility';
import { defineSkill, type SkillServices } from '../skill';
import { calendarDaySchema } from '../shared/calendar-day-schema';

/** Money in one currency. */
export interface Money {
  currency: string;
  amount: number;
}

/** One product's sales in a period. */
export interface ProductSales {
  sku: string;
  name: string;
  /** Units sold, returns subtracted. */
  units: number;
  /** Orders with the product on a line. */
  orders: number;
  /** Accounts that bought it. */
  buyers: number;
  /** Revenue per currency, the largest first. */
  revenue: Money[];
}

/** The accounts that bought one product. */
export interface ProductBuyers {
  kind: 'buyers';
  product: { sku: string; name: string };
  period?: { from: string; to: string };
  /** The accounts counted: a region, a country or an industry ("who bought analytics pro in EMEA"). */
  scope?: AccountScope;
  /** A product the buyers never bought ("bought analytics pro but not the forecasting module"). */
  without?: { sku: string; name: string };
  /** Buyers whose purchases the caller may see. */
  buyers: number;
  /** Buyers whose purchases the caller may not see (another team's accounts, for a rep). */
  hiddenBuyers: number;
  /** Units the buyers the caller may see bought (returns subtracted), and in how many orders. */
  units: number;
  orders: number;
  /** The biggest buyers first, by units. */
  accounts: Array<{
    id: string;
    name: string;
    units: number;
    orders: number;
    spend: Money[];
    lastOrderedAt: Date;
  }>;
}

/** The products that sold best in a period. */
export interface BestSellers {
  kind: 'best-sellers';
  period: { from: string; to: string };
  /** The accounts counted: a region, a country or an industry ("best sellers in EMEA"). */
  scope?: AccountScope;
  /** Ranked by revenue in the period's main currency. */
  byRevenue: ProductSales[];
  /** Ranked by units. */
  byUnits: ProductSales[];
  /** Orders counted (cancelled ones left out). */
  orders: number;
  /** Accounts whose orders were left out because the caller may not see their purchases. */
  hiddenAccounts: number;
}

/** How many orders one account placed, and what became of them. */
export interface AccountOrders {
  kind: 'account-orders';
  account: { id: string; name: string };
  period?: { from: string; to: string };
  /** Every order placed, cancelled ones included. */
  placed: number;
  cancelled: number;
  returned: number;
  firstOrderedAt?: Date;
  lastOrderedAt?: Date;
  /** Spend of the orders not cancelled, per currency. */
  spend: Money[];
  /** What it bought most, by units (returns subtracted), at most five. */
  topProducts: Array<{ name: string; units: number; revenue: Money[] }>;
  /** What it spent most on, in its main currency (when that is not the first by units). */
  mostSpentOn?: { name: string; units: number; revenue: Money[] };
}

/** Which accounts count: those of a region, a country (as the CRM spells it) or an industry. */
export interface AccountScope {
  region?: Region;
  country?: string;
  industry?: string;
}

/** The ids of the accounts of `scope` among `ids` (all of them when no scope is given). */
async function inScope(
  services: SkillServices,
  ids: readonly string[],
  scope: AccountScope | undefined,
): Promise<Set<string>> {
  if (!scope || (!scope.region && !scope.country && !scope.industry)) return new Set(ids);
  const accounts = await services.store.accounts.find(
    { _id: { $in: [...ids] } },
    { projection: { region: 1, country: 1, industry: 1 } },
  );
  return new Set(
    accounts
      .filter(
        (a) =>
          (!scope.region || a.region === scope.region) &&
          (!scope.country || nameKeyOf(a.country ?? '') === nameKeyOf(scope.country)) &&
          (!scope.industry || nameKeyOf(a.industry ?? '') === nameKeyOf(scope.industry)),
      )
      .map((a) => a._id),
  );
}

export type ProductSalesResult = ProductBuyers | BestSellers | AccountOrders;

const ORDER_FIELDS = { accountId: 1, orderedAt: 1, status: 1, currency: 1, lines: 1 } as const;

function periodFilter(period: { from: string; to: string } | undefined): Record<string, unknown> {
  if (!period) return {};
  const end = new Date(`${period.to}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() + 1);
  return { orderedAt: { $gte: new Date(`${period.from}T00:00:00Z`), $lt: end } };
}

function add(money: Map<string, number>, currency: string, amount: number): void {
  money.set(currency, (money.get(currency) ?? 0) + amount);
}

function moneyOf(money: Map<string, number>): Money[] {
  return [...money]
    .map(([currency, amount]) => ({ currency, amount: Math.round(amount * 100) / 100 }))
    .sort((a, b) => b.amount - a.amount);
}

const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);

/**
 * The product `mention` names: its SKU, its whole name, or every word of the mention in its name
 * ("analytics pro", "the ear cushions"). Several fitting equally are asked apart; none is NOT_FOUND.
 */
export function productNamed(products: readonly Product[], mention: string): Product {
  const said = wordsOf(mention).filter(
    (w) => !['the', 'a', 'an', 'our', 'product', 'products', 'module'].includes(w),
  );
  const whole = said.join(' ');
  const exact = products.filter(
    (p) => p.sku.toLowerCase() === mention.trim().toLowerCase() || wordsOf(p.name).join(' ') === whole,
  );
  if (exact.length === 1) return exact[0]!;
  const singular = (w: string) => w.replace(/s$/, '');
  const fitting = products.filter((p) => {
    const name = wordsOf(p.name).map(singular);
    return said.length > 0 && said.every((w) => name.includes(singular(w)));
  });
  if (fitting.length === 1) return fitting[0]!;
  if (fitting.length > 1) {
    // "analytics" fits "Analytics Pro" and "Analytics Starter": the shortest name is the one said, if it is only those words.
    const plain = fitting.filter((p) => wordsOf(p.name).length === said.length);
    if (plain.length === 1) return plain[0]!;
    throw new CrmError(
      ErrorCode.InvalidInput,
      `Several products fit "${mention}": ${fitting
        .slice(0, 6)
        .map((p) => p.name)
        .join(', ')}. Which one?`,
    );
  }
  throw new CrmError(ErrorCode.NotFound, `I don't know a product called "${mention}".`, { product: mention });
}

async function buyersOf(
  services: SkillServices,
  visibility: RecordVisibility,
  product: Product,
  period: { from: string; to: string } | undefined,
  limit: number,
  scope?: AccountScope,
  without?: Product,
): Promise<ProductBuyers> {
  const orders = await services.store.orders.find(
    {
      'lines.sku': product.sku,
      status: { $ne: 'cancelled' },
      accountId: { $exists: true },
      ...periodFilter(period),
    },
    { projection: ORDER_FIELDS },
  );
  const byAccount = new Map<
    string,
    { units: number; orders: number; spend: Map<string, number>; last: Date }
  >();
  for (const order of orders) {
    const lines = order.lines.filter((line) => line.sku === product.sku);
    const sign = order.status === 'returned' ? -1 : 1;
    const entry = byAccount.get(order.accountId!) ?? {
      units: 0,
      orders: 0,
      spend: new Map(),
      last: order.orderedAt,
    };
    entry.orders++;
    for (const line of lines) {
      entry.units += sign * line.quantity;
      add(entry.spend, order.currency, sign * line.quantity * line.unitPrice);
    }
    if (order.orderedAt > entry.last) entry.last = order.orderedAt;
    byAccount.set(order.accountId!, entry);
  }
  if (without) {
    // "but not Y": the accounts that ever bought Y are left out, whatever the period.
    const boughtOther = await services.store.orders.find(
      { 'lines.sku': without.sku, status: { $ne: 'cancelled' }, accountId: { $exists: true } },
      { projection: { accountId: 1 } },
    );
    for (const order of boughtOther) byAccount.delete(order.accountId!);
  }
  const scoped = await inScope(services, [...byAccount.keys()], scope);
  for (const id of [...byAccount.keys()]) if (!scoped.has(id)) byAccount.delete(id);
  const visible = await visibility.accountIdsWithFull([...byAccount.keys()], 'purchases');
  const names = new Map(
    (await services.store.accounts.find({ _id: { $in: [...visible] } }, { projection: { name: 1 } })).map(
      (a) => [a._id, a.name],
    ),
  );
  const accounts = [...visible]
    .filter((id) => names.has(id))
    .map((id) => {
      const entry = byAccount.get(id)!;
      return {
        id,
        name: names.get(id)!,
        units: entry.units,
        orders: entry.orders,
        spend: moneyOf(entry.spend),
        lastOrderedAt: entry.last,
      };
    })
    .sort((a, b) => b.units - a.units || a.name.localeCompare(b.name));
  return {
    kind: 'buyers',
    product: { sku: product.sku, name: product.name },
    ...(period ? { period } : {}),
    ...(hasScope(scope) ? { scope } : {}),
    ...(without ? { without: { sku: without.sku, name: without.name } } : {}),
    buyers: accounts.length,
    hiddenBuyers: byAccount.size - accounts.length,
    units: accounts.reduce((sum, a) => sum + a.units, 0),
    orders: accounts.reduce((sum, a) => sum + a.orders, 0),
    accounts: accounts.slice(0, limit),
  };
}

async function bestSellers(
  services: SkillServices,
  visibility: RecordVisibility,
  products: readonly Product[],
  period: { from: string; to: string },
  limit: number,
  scope?: AccountScope,
): Promise<BestSellers> {
  const orders = await services.store.orders.find(
    { status: { $ne: 'cancelled' }, ...periodFilter(period) },
    { projection: ORDER_FIELDS },
  );
  const allIds = [...new Set(orders.map((o) => o.accountId).filter((id): id is string => Boolean(id)))];
  const scoped = await inScope(services, allIds, scope);
  const accountIds = allIds.filter((id) => scoped.has(id));
  const visible = await visibility.accountIdsWithFull(accountIds, 'purchases');
  const counted = orders.filter((o) => o.accountId && visible.has(o.accountId));
  const names = new Map(products.map((p) => [p.sku, p.name]));
  const bySku = new Map<
    string,
    { units: number; orders: number; buyers: Set<string>; revenue: Map<string, number> }
  >();
  const totalByCurrency = new Map<string, number>();
  for (const order of counted) {
    const sign = order.status === 'returned' ? -1 : 1;
    for (const line of order.lines as Order['lines']) {
      const entry = bySku.get(line.sku) ?? { units: 0, orders: 0, buyers: new Set(), revenue: new Map() };
      entry.units += sign * line.quantity;
      entry.orders++;
      entry.buyers.add(order.accountId!);
      add(entry.revenue, order.currency, sign * line.quantity * line.unitPrice);
      add(totalByCurrency, order.currency, sign * line.quantity * line.unitPrice);
      bySku.set(line.sku, entry);
    }
  }
  const main = moneyOf(totalByCurrency)[0]?.currency;
  const sales: ProductSales[] = [...bySku].map(([sku, e]) => ({
    sku,
    name: names.get(sku) ?? sku,
    units: e.units,
    orders: e.orders,
    buyers: e.buyers.size,
    revenue: moneyOf(e.revenue),
  }));
  const revenueIn = (s: ProductSales) => s.revenue.find((m) => m.currency === main)?.amount ?? 0;
  return {
    kind: 'best-sellers',
    period,
    ...(hasScope(scope) ? { scope } : {}),
    byRevenue: [...sales]
      .sort((a, b) => revenueIn(b) - revenueIn(a) || a.name.localeCompare(b.name))
      .slice(0, limit),
    byUnits: [...sales].sort((a, b) => b.units - a.units || a.name.localeCompare(b.name)).slice(0, limit),
    orders: counted.length,
    hiddenAccounts: accountIds.length - visible.size,
  };
}

async function accountOrders(
  services: SkillServices,
  visibility: RecordVisibility,
  mention: string,
  period: { from: string; to: string } | undefined,
): Promise<AccountOrders> {
  const account = await visibility.resolveAccount(mention);
  if ((await visibility.access(account.ownerId, 'purchases')) !== 'full') {
    const owner = await visibility.ownerOf(account.ownerId);
    throw new CrmError(
      ErrorCode.Forbidden,
      `${account.name} is ${owner ? `${owner.name}'s` : "another team's"} account: you can see it by name, industry and owner, not its orders.`,
    );
  }
  const orders = await services.store.orders.find(
    { accountId: account._id, ...periodFilter(period) },
    { projection: ORDER_FIELDS },
  );
  const products = new Map(
    (await services.store.products.find({}, { projection: { sku: 1, name: 1 } })).map((p) => [p.sku, p.name]),
  );
  const bySku = new Map<string, { units: number; revenue: Map<string, number> }>();
  const spend = new Map<string, number>();
  let first: Date | undefined;
  let last: Date | undefined;
  for (const order of orders) {
    if (!first || order.orderedAt < first) first = order.orderedAt;
    if (!last || order.orderedAt > last) last = order.orderedAt;
    if (order.status === 'cancelled') continue;
    const sign = order.status === 'returned' ? -1 : 1;
    for (const line of order.lines) {
      add(spend, order.currency, sign * line.quantity * line.unitPrice);
      const entry = bySku.get(line.sku) ?? { units: 0, revenue: new Map<string, number>() };
      entry.units += sign * line.quantity;
      add(entry.revenue, order.currency, sign * line.quantity * line.unitPrice);
      bySku.set(line.sku, entry);
    }
  }
  const bought = [...bySku]
    .map(([sku, e]) => ({ name: products.get(sku) ?? sku, units: e.units, revenue: moneyOf(e.revenue) }))
    .filter((p) => p.units > 0);
  const topProducts = [...bought]
    .sort((a, b) => b.units - a.units || a.name.localeCompare(b.name))
    .slice(0, 5);
  const main = moneyOf(spend)[0]?.currency;
  const spentIn = (p: { revenue: Money[] }) => p.revenue.find((m) => m.currency === main)?.amount ?? 0;
  const mostSpentOn = [...bought].sort((a, b) => spentIn(b) - spentIn(a) || a.name.localeCompare(b.name))[0];
  return {
    kind: 'account-orders',
    account: { id: account._id, name: account.name },
    ...(period ? { period } : {}),
    placed: orders.length,
    cancelled: orders.filter((o) => o.status === 'cancelled').length,
    returned: orders.filter((o) => o.status === 'returned').length,
    ...(first ? { firstOrderedAt: first } : {}),
    ...(last ? { lastOrderedAt: last } : {}),
    spend: moneyOf(spend),
    topProducts,
    ...(mostSpentOn && mostSpentOn.name !== topProducts[0]?.name ? { mostSpentOn } : {}),
  };
}

const hasScope = (scope: AccountScope | undefined): scope is AccountScope =>
  Boolean(scope && (scope.region || scope.country || scope.industry));

/**
 * What sold: the best-selling products of a period (by revenue and by units), the accounts that
 * bought one product ("who bought analytics pro"), or how many orders one account placed. Only
 * the purchases of accounts the caller may see count: a rep's their team's, everyone else's all.
 */
export const productSales = defineSkill({
  name: 'product-sales',
  description:
    'Sales by product from the orders: with `product` (a name or SKU), the accounts that bought it; with `account`, how many orders that account placed (cancelled and returned counted apart) and its spend; with neither, the best-selling products by revenue and by units. `from`/`to` (ISO days) limit the period; best sellers default to the last 12 months. `region`, `country` or `industry` count only the accounts there (best sellers and buyers); `notProduct` with `product` leaves out the accounts that ever bought that other product (cross-sell: "bought X but not Y"). An account\'s result also lists what it bought most.',
  roles: ['rep', 'manager', 'marketing', 'admin'],
  input: z
    .object({
      product: z.string().trim().min(1).max(120).optional(),
      account: z.string().trim().min(1).max(200).optional(),
      from: calendarDaySchema.optional(),
      to: calendarDaySchema.optional(),
      /** A product the buyers never bought ("bought analytics pro but not the forecasting module"). */
      notProduct: z.string().trim().min(1).max(120).optional(),
      region: z.enum(REGIONS).optional(),
      country: z.string().trim().min(1).max(80).optional(),
      industry: z.string().trim().min(1).max(80).optional(),
      limit: z.number().int().min(1).max(50).default(10),
    })
    .refine((v) => !(v.product && v.account), {
      message: 'ask about a product or an account, not both',
      path: ['product'],
    })
    .refine((v) => !v.notProduct || v.product, {
      message: 'notProduct needs a product',
      path: ['notProduct'],
    })
    .refine((v) => !v.from || !v.to || v.from <= v.to, {
      message: 'from must not be after to',
      path: ['from'],
    }),
  run: async (input, { caller, services }): Promise<ProductSalesResult> => {
    const visibility = await RecordVisibility.of(services, caller);
    const today = services.clock().toISOString().slice(0, 10);
    const given =
      input.from || input.to ? { from: input.from ?? '1970-01-01', to: input.to ?? today } : undefined;
    if (input.account) return accountOrders(services, visibility, input.account, given);
    const products = await services.store.products.find({}, { projection: { sku: 1, name: 1 } });
    const scope: AccountScope = {
      ...(input.region ? { region: input.region } : {}),
      ...(input.country ? { country: input.country } : {}),
      ...(input.industry ? { industry: input.industry } : {}),
    };
    if (input.product)
      return buyersOf(
        services,
        visibility,
        productNamed(products, input.product),
        given,
        input.limit,
        scope,
        input.notProduct ? productNamed(products, input.notProduct) : undefined,
      );
    const yearBefore = new Date(`${today}T00:00:00Z`);
    yearBefore.setUTCFullYear(yearBefore.getUTCFullYear() - 1);
    yearBefore.setUTCDate(yearBefore.getUTCDate() + 1);
    return bestSellers(
      services,
      visibility,
      products,
      given ?? { from: yearBefore.toISOString().slice(0, 10), to: today },
      input.limit,
      scope,
    );
  },
});
