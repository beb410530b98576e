import {
  suggestionReasonText,
  type AccountRecommendations,
  type Suggestion,
} from '../../skills/recommendations';
import type { Reply, ReplyListItem } from '../reply';
import { ownedElsewhereReply } from './limited-replies';

/** "What to pitch to Globex": each product with its reason, re-orders and cross-sells alike. */
export function recommendationsReply(result: AccountRecommendations): Reply {
  if (result.access === 'limited') return ownedElsewhereReply(result);
  const { account, suggestions } = result;
  const itemOf = (s: Suggestion): ReplyListItem => ({
    title: s.productName ? `${s.productName} (${s.productId})` : s.productId,
    subtitle: suggestionReasonText(s.reason, account.name, 'accounts'),
  });
  const items = suggestions.map(itemOf);
  const extra = result.newForThem.map(itemOf);
  if (!items.length)
    return {
      title: `What to pitch to ${account.name}`,
      text: `I have no product suggestions for ${account.name} yet: there are no orders to learn from.`,
    };
  const lead =
    result.basis === 'popular'
      ? `${account.name} has no orders yet, so here are the products most accounts buy now:`
      : `What to pitch to ${account.name}, best first (from orders up to ${result.asOf}):`;
  return {
    title: `What to pitch to ${account.name}`,
    text:
      `${lead}\n${items.map((item, i) => `${i + 1}. ${item.title} — ${item.subtitle}`).join('\n')}` +
      (extra.length
        ? `\nNew for them:\n${extra.map((item) => `• ${item.title} — ${item.subtitle}`).join('\n')}`
        : ''),
    lists: [
      { title: 'Suggestions', items },
      ...(extra.length ? [{ title: 'New for them', items: extra }] : []),
    ],
    buttons: [
      { title: 'Only new products', value: `what new products should I pitch to ${account.name}?` },
      { title: 'Segment', value: `which segment is ${account.name} in?` },
    ],
  };
}
