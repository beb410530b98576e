import type { CustomerView } from '../../skills/customer-view';
import type { AccountProductQuestion } from '../routing/account-product-questions';
import type { Reply } from '../reply';
import { formatDate } from './format';
import { purchasesReply } from './purchase-replies';

/** Product names that are a plan (an edition of the platform, a subscription tier). */
const PLAN_NAME = /\b(?:platform|plan|edition|tier|subscription)\b/i;

/**
 * The answer to a question about one account's products, from all its purchases: whether it has a
 * product (how many, in how many orders, the last one), when it last ordered and what, or the plan
 * it is on (the plan products it bought, newest first) with what else it bought.
 */
export function accountProductReply(
  view: CustomerView,
  asked: AccountProductQuestion,
  timeZone: string,
): Reply {
  const account = view.account.name;
  const products = view.purchases?.products;
  if (!products) return { text: `${account}'s purchases are not something you can see.` };
  if (asked.kind === 'owns') {
    const wanted = asked.product.toLowerCase();
    const bought = products.find((p) => p.name.toLowerCase() === wanted);
    if (!bought)
      return {
        text: `No: ${account} has no order of ${asked.product} on record (in all its ${view.purchases!.orders} orders).`,
      };
    const orders = bought.orders === 1 ? '1 order' : `${bought.orders} orders`;
    return {
      text: `Yes: ${account} already has ${bought.name}, ${bought.quantity} in ${orders}, the last on ${formatDate(bought.lastOrderedAt, timeZone)}.`,
    };
  }
  if (!products.length) return { text: `${account} has placed no orders with us.` };
  if (asked.kind === 'last-order') {
    const last = products[0]!.lastOrderedAt.getTime();
    const inIt = products.filter((p) => p.lastOrderedAt.getTime() === last).map((p) => p.name);
    return {
      text: `${account}'s last order was on ${formatDate(products[0]!.lastOrderedAt, timeZone)}: ${inIt.join(', ')}.`,
    };
  }
  const plans = products.filter((p) => PLAN_NAME.test(p.name));
  const plan = plans.length
    ? `${account} is on ${plans[0]!.name} (last ordered ${formatDate(plans[0]!.lastOrderedAt, timeZone)})${
        plans.length > 1
          ? `; they have also had ${plans
              .slice(1)
              .map((p) => p.name)
              .join(', ')}`
          : ''
      }.`
    : `${account} has no plan product among its orders.`;
  return { text: `${plan}\n\n${purchasesReply(view).text}` };
}
