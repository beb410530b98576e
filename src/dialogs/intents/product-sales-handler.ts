import { productSales } from '../../skills/product-sales';
import type { Skill } from '../../skills/skill';
import { productQuestionOf } from '../routing/product-questions';
import { namedPeriod, todayIn } from '../understanding/record-question';
import { accountOrdersReply, bestSellersReply, productBuyersReply } from '../replies/product-sales-replies';
import type { IntentHandler } from './intent-handler';

/** "best-selling product this quarter", "who bought analytics pro", "how many orders has acme placed". */
export const productSalesHandler: IntentHandler = {
  intents: ['product_sales'],
  capability: {
    skill: productSales as Skill<never, unknown>,
    summary: 'best-selling products and who bought a product',
    examples: ['best-selling products this quarter', 'who bought Analytics Pro?'],
  },
  handle: async ({ text, understanding, caller, skills }) => {
    const question = productQuestionOf(text, understanding.entities?.industries) ?? {
      kind: 'best-sellers' as const,
    };
    const now = skills.clock();
    const today = todayIn(now, caller.timezone);
    const period = namedPeriod(text.toLowerCase(), understanding.entities, now, today, true);
    // Orders are never in the future: "this quarter" runs to today.
    const window = period ? { from: period.from, to: period.to < today ? period.to : today } : {};
    const input =
      question.kind === 'account-orders'
        ? { account: question.account, ...window }
        : question.kind === 'buyers'
          ? {
              product: question.product,
              ...(question.without ? { notProduct: question.without } : {}),
              ...question.scope,
              ...window,
            }
          : { ...question.scope, ...window };
    const result = await skills.call(productSales, input, caller);
    if (result.kind === 'account-orders') return accountOrdersReply(result);
    if (result.kind === 'buyers') return productBuyersReply(result);
    return bestSellersReply(result);
  },
};
