import { productSales } from '../../skills/product-sales';
import type { Skill } from '../../skills/skill';
import type { ConversationMemory } from '../conversation-memory';
import {
  productFollowUpOf,
  productQuestionOf,
  type ProductQuestion,
  type ProductScope,
} from '../routing/product-questions';
import { namedPeriod, todayIn } from '../understanding/record-question';
import { accountOrdersReply, bestSellersReply, productBuyersReply } from '../replies/product-sales-replies';
import type { IntentHandler } from './intent-handler';

/** The last question's scope with a follow-up's place put in ("just in emea" replaces a country said before). */
function narrowed(previous: ProductScope | undefined, said: ProductScope): ProductScope {
  const scope: ProductScope = { ...previous, ...said };
  if (said.region) delete scope.country;
  if (said.country) delete scope.region;
  return scope;
}

/** The question asked, or the last one again with a follow-up's place ("who bought sso & scim?" → "just in emea"). */
function questionAsked(
  text: string,
  entities: Parameters<typeof productQuestionOf>[2] & {
    industries?: Parameters<typeof productQuestionOf>[1];
  },
  memory: ConversationMemory,
): { question: ProductQuestion; lastPeriod?: { from: string; to: string } } {
  const asked = productQuestionOf(text, entities.industries, entities);
  if (asked) return { question: asked };
  const previous = memory.lastProductQuestion;
  const followUp = previous && productFollowUpOf(text, entities.industries);
  if (!previous || !followUp) return { question: { kind: 'best-sellers' } };
  const question =
    previous.question.kind === 'account-orders' || !Object.keys(followUp.scope).length
      ? previous.question
      : { ...previous.question, scope: narrowed(previous.question.scope, followUp.scope) };
  return { question, ...(previous.period ? { lastPeriod: previous.period } : {}) };
}

/** "best-selling product this quarter", "who bought analytics pro", "how many orders has acme placed". */
export const productSalesHandler: IntentHandler = {
  intents: ['product_sales'],
  capability: {
    skill: productSales as Skill<never, unknown>,
    summary: 'best-selling products, who bought a product, units sold and an account’s orders',
    examples: ['best-selling products this quarter', 'who bought Analytics Pro?'],
  },
  handle: async ({ text, understanding, caller, skills, memory }) => {
    const { question, lastPeriod } = questionAsked(text, understanding.entities ?? {}, memory);
    const now = skills.clock();
    const today = todayIn(now, caller.timezone);
    const period = namedPeriod(text.toLowerCase(), understanding.entities, now, today, true) ?? lastPeriod;
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
    memory.lastProductQuestion = { question, ...(period ? { period } : {}) };
    memory.lastFocus = 'products';
    if (result.kind === 'account-orders') return accountOrdersReply(result);
    if (result.kind === 'buyers')
      return productBuyersReply(result, question.kind === 'buyers' ? question.lead : undefined);
    return bestSellersReply(result, question.kind === 'best-sellers' ? question.rankBy : undefined);
  },
};
