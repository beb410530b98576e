import type { CustomerView, Purchases } from '../../skills/customer-view';
import type { Reply } from '../reply';
import { formatDate, formatMoneyExact } from './format';

/** A window starting on or before this day is all time (the purchase reader starts one on 1970-01-01). */
const ALL_TIME_BEFORE = '1971-01-01';

/** How many products the reply lists, most recently ordered first. */
const PRODUCTS_SHOWN = 10;

/** "1 Jan 2026 – 4 Dec 2026": the window of days asked about. */
function windowText(purchases: Purchases): string {
  const day = (iso: string) => formatDate(new Date(`${iso}T00:00:00Z`));
  // An all-time window starts before any order: "in all, up to 4 Dec 2026".
  if (purchases.from <= ALL_TIME_BEFORE) return `in all, up to ${day(purchases.to)}`;
  return purchases.from === purchases.to
    ? `on ${day(purchases.from)}`
    : `${day(purchases.from)} – ${day(purchases.to)}`;
}

/**
 * What an account bought in a window ("qbr prep: what did initech buy from us this year"): how many
 * orders, their total per currency, and the products in them. Without the purchases (a role that
 * may not see them), the account's name and that they are not shown.
 */
export function purchasesReply(view: CustomerView): Reply {
  const account = view.account.name;
  const purchases = view.purchases;
  if (!purchases) return { text: `${account}'s purchases are not something you can see.` };
  const when = windowText(purchases);
  if (!purchases.orders) return { text: `${account} placed no orders with us ${when}.` };
  const worth = purchases.totals.map((t) => formatMoneyExact(t.amount, t.currency)).join(' + ');
  const orders = purchases.orders === 1 ? '1 order' : `${purchases.orders} orders`;
  const shown = purchases.products.slice(0, PRODUCTS_SHOWN);
  const more = purchases.products.length > shown.length ? `, the first ${shown.length}` : '';
  const lines = shown.map(
    (p) =>
      `• ${p.name} — ${p.quantity} in ${p.orders === 1 ? '1 order' : `${p.orders} orders`}, last ${formatDate(p.lastOrderedAt)}`,
  );
  return {
    text: `${account} bought from us ${when}: ${orders} worth ${worth}. The products (${purchases.products.length}${more}):\n${lines.join('\n')}`,
  };
}
