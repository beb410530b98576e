import type {
  AccountOrders,
  AccountScope,
  BestSellers,
  ProductBuyers,
  ProductSales,
} from '../../skills/product-sales';
import { countryWithArticle } from '../../vocabulary';
import type { Reply } from '../reply';
import { barChart } from './bar-chart';
import { formatDate, formatMoney, formatMoneyList } from './format';

const day = (iso: string) => formatDate(new Date(`${iso}T00:00:00Z`));
const periodText = (period: { from: string; to: string }) =>
  period.from === '1970-01-01' ? `up to ${day(period.to)}` : `${day(period.from)} – ${day(period.to)}`;
const count = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

const REGION_NAMES: Record<string, string> = {
  NA: 'North America',
  EMEA: 'EMEA',
  APAC: 'APAC',
  LATAM: 'LATAM',
};

/** " among Healthcare accounts in EMEA", " in the United Kingdom", or nothing when all accounts count. */
function scopeText(scope: AccountScope | undefined): string {
  if (!scope) return '';
  const where = scope.country
    ? ` in ${countryWithArticle(scope.country)}`
    : scope.region
      ? ` in ${REGION_NAMES[scope.region] ?? scope.region}`
      : '';
  return scope.industry ? ` among ${scope.industry} accounts${where}` : where;
}

function salesLine(sales: ProductSales, rank: number): string {
  const revenue = sales.revenue.length ? formatMoneyList(sales.revenue) : 'no revenue';
  return `${rank}. ${sales.name} — ${revenue}; ${count(sales.units, 'unit')} in ${count(sales.orders, 'order')}, ${count(sales.buyers, 'account')}`;
}

/**
 * "Best-selling products, 1 Oct – 4 Dec 2026, by revenue: 1. Onboarding Package — $595k …; most units:
 * Headset Ear Cushions"; by units first when asked so ("best sellers by units"), with a chart.
 */
export function bestSellersReply(result: BestSellers, rankBy: 'units' | 'revenue' = 'revenue'): Reply {
  const when = periodText(result.period);
  const among = scopeText(result.scope);
  const scope = result.hiddenAccounts
    ? ` (your team's accounts; ${count(result.hiddenAccounts, 'other account')} left out)`
    : ' (all accounts)';
  if (!result.byRevenue.length) return { text: `No products were sold${among} ${when}${scope}.` };
  const ranked = rankBy === 'units' ? result.byUnits : result.byRevenue;
  const lines = ranked.map((s, i) => salesLine(s, i + 1));
  const other =
    rankBy === 'units'
      ? `Most revenue: ${result.byRevenue[0]!.name} (${formatMoneyList(result.byRevenue[0]!.revenue)}).`
      : `Most units: ${result.byUnits[0]!.name} (${count(result.byUnits[0]!.units, 'unit')} in ${count(result.byUnits[0]!.orders, 'order')}).`;
  const title = `Best-selling products${among}, ${when}, by ${rankBy}`;
  const currency = result.byRevenue[0]!.revenue[0]?.currency;
  return {
    text: `Best-selling products${among} ${when}${scope}, by ${rankBy}:\n${lines.join('\n')}\n${other} ${count(result.orders, 'order')} counted; cancelled orders left out, returns subtracted.`,
    lists: [
      {
        title,
        items: ranked.map((s) => ({
          title: s.name,
          subtitle: `${formatMoneyList(s.revenue)} · ${count(s.units, 'unit')} · ${count(s.buyers, 'account')}`,
        })),
      },
    ],
    images:
      rankBy === 'units' || !currency
        ? barChart(
            title,
            ranked.map((s) => ({ label: s.name, value: s.units })),
            'units',
            (n) => count(n, 'unit'),
          )
        : barChart(
            `${title} (${currency})`,
            ranked.map((s) => ({
              label: s.name,
              value: s.revenue.find((m) => m.currency === currency)?.amount ?? 0,
            })),
            currency,
            (amount) => formatMoney(amount, currency),
          ),
  };
}

/**
 * "66 accounts bought Analytics Pro (240 units in 80 orders); the 41 of your team's, most units
 * first: …"; led by the units sold ("how many kiosks did we sell") or by the biggest buyer ("who
 * bought the most analytics pro") when that is what was asked.
 */
export function productBuyersReply(result: ProductBuyers, lead?: 'units' | 'most'): Reply {
  const when = result.period ? ` ${periodText(result.period)}` : '';
  const total = result.buyers + result.hiddenBuyers;
  const among = scopeText(result.scope);
  const but = result.without ? ` and never bought ${result.without.name}` : '';
  if (!total) return { text: `No account${among} bought ${result.product.name}${when}${but}.` };
  const whose = result.hiddenBuyers ? "your team's accounts" : 'all accounts';
  const volume = `${count(result.units, 'unit')} in ${count(result.orders, 'order')}`;
  const bought = `${count(total, 'account')}${among} bought ${result.product.name}${when}${but}`;
  const head = result.hiddenBuyers
    ? `${bought}; ${result.buyers ? `the ${result.buyers} of your team's (${volume})` : "none of them is your team's"}`
    : `${bought} (${volume})`;
  if (!result.buyers) return { text: `${head}.` };
  const first = result.accounts[0]!;
  const opening =
    lead === 'units'
      ? `${count(result.units, 'unit')} of ${result.product.name} sold${among}${when} (${whose}), in ${count(result.orders, 'order')}, cancellations left out and returns subtracted.\n`
      : lead === 'most'
        ? `${first.name} bought the most ${result.product.name}${among}${when}: ${count(first.units, 'unit')} in ${count(first.orders, 'order')} (${whose}).\n`
        : '';
  const shownNote =
    result.accounts.length < result.buyers ? `, the ${result.accounts.length} biggest by units` : '';
  const lines = result.accounts.map(
    (a) =>
      `• ${a.name} — ${count(a.units, 'unit')} in ${count(a.orders, 'order')}, ${formatMoneyList(a.spend)}, last ${formatDate(a.lastOrderedAt)}`,
  );
  return {
    text: `${opening}${head}${shownNote}:\n${lines.join('\n')}`,
    lists: [
      {
        title: `Buyers of ${result.product.name}${result.without ? `, not of ${result.without.name}` : ''}`,
        items: result.accounts.map((a) => ({
          title: a.name,
          subtitle: `${count(a.units, 'unit')} · ${formatMoneyList(a.spend)} · last ${formatDate(a.lastOrderedAt)}`,
        })),
      },
    ],
  };
}

/** "Acme Corporation placed 161 orders (2 Mar 2024 – 26 Nov 2026): 4 cancelled, 3 returned; spend $1.48M." */
export function accountOrdersReply(result: AccountOrders): Reply {
  const when = result.period ? ` ${periodText(result.period)}` : '';
  if (!result.placed) return { text: `${result.account.name} placed no orders${when}.` };
  const span =
    result.firstOrderedAt && result.lastOrderedAt
      ? ` (first ${formatDate(result.firstOrderedAt)}, last ${formatDate(result.lastOrderedAt)})`
      : '';
  const fates = [
    result.cancelled ? `${result.cancelled} cancelled` : '',
    result.returned ? `${result.returned} returned` : '',
  ].filter(Boolean);
  const spend = result.spend.length
    ? result.spend.map((m) => formatMoney(m.amount, m.currency)).join(' + ')
    : 'nothing';
  const most = result.topProducts.length
    ? ` Bought most, by units: ${result.topProducts
        .map((p) => `${p.name} (${count(p.units, 'unit')}, ${formatMoneyList(p.revenue)})`)
        .join('; ')}.`
    : '';
  const revenueNote = result.mostSpentOn
    ? ` Most spent on: ${result.mostSpentOn.name} (${formatMoneyList(result.mostSpentOn.revenue)}).`
    : '';
  return {
    text: `${result.account.name} placed ${count(result.placed, 'order')}${when}${span}${fates.length ? `: ${fates.join(', ')}` : ''}. Spend, cancellations left out and returns subtracted: ${spend}.${most}${revenueNote} "What did ${result.account.name} buy this year?" lists the products.`,
  };
}
