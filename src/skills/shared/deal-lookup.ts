import { CrmError, ErrorCode } from '../../core/errors';
import { isOpenStage, nameKeyOf, type Deal, type DealStage } from '../../vocabulary';
import type { Filter, Store } from '../../store/store';

/** A deal a mention may mean, for a disambiguation question. */
export interface DealChoice {
  id: string;
  name: string;
  accountId: string;
  accountName: string;
  stage: DealStage;
  amount: number;
  currency: string;
}

const ID = /^[0-9a-f]{24}$/;
/** Words that say "a deal" without naming one. */
const FILLER = new Set([
  'the',
  'a',
  'an',
  'deal',
  'deals',
  'opportunity',
  'opp',
  'oppty',
  'our',
  'my',
  'with',
  'for',
  'at',
  'of',
  's',
]);
const MAX_CHOICES = 6;

function tokensOf(text: string): string[] {
  return nameKeyOf(text)
    .split(' ')
    .filter((t) => t && !FILLER.has(t));
}

/** A name's words, and each two neighbours written as one ("follow up" also as "followup"). */
function wordsAndJoinedPairs(words: readonly string[]): string[] {
  return [...words, ...words.slice(1).map((word, at) => words[at]! + word)];
}

/**
 * How many of a mention's words a deal's words cover, out of how many: two neighbouring words of
 * the mention count as one when the deal has them as one word ("roll out" for "rollout"; a
 * hyphen is a space in the name key, so "roll-out" too), and a word the deal writes as two is
 * covered by their joined pair ("followup" for "Follow-up").
 */
function coverage(words: readonly string[], haystack: ReadonlySet<string>): { covered: number; of: number } {
  let covered = 0;
  let of = 0;
  for (let at = 0; at < words.length; at++) {
    of += 1;
    if (haystack.has(words[at]!)) covered += 1;
    else if (at + 1 < words.length && haystack.has(words[at]! + words[at + 1]!)) {
      covered += 1;
      at += 1;
    }
  }
  return { covered, of };
}

/** Where to look for a deal: one account, some accounts (names the message matched), or everywhere. */
export interface DealSearchScope {
  accountId?: string;
  /** Accounts the message may name, tried before all deals. */
  accountIds?: readonly string[];
}

/**
 * Deals a mention may mean ("anvil renewal", "the globex deal"), best first: words of the mention
 * are looked up in the deal's name and its account's name; the best-covered deals win, open
 * deals before closed ones. `accountId` narrows the search to one account; otherwise the deals of
 * accounts the mention names (given, or whose whole name is in the mention) are tried first, so
 * the full scan of every deal is the last resort.
 */
export async function dealsMatching(
  store: Store,
  mention: string,
  scope: DealSearchScope = {},
): Promise<DealChoice[]> {
  if (scope.accountId) return dealsMatchingIn(store, mention, { accountId: scope.accountId }, true);
  const named = scope.accountIds?.length ? [...scope.accountIds] : await accountsNamedIn(store, mention);
  if (named.length > 0) {
    const found = await dealsMatchingIn(store, mention, { accountId: { $in: named } }, false);
    if (found.length > 0) return found;
  }
  return dealsMatchingIn(store, mention, {}, false);
}

/** Accounts whose whole name is a run of the mention's words ("initech" in "initech data integration"), by the indexed name key. */
async function accountsNamedIn(store: Store, mention: string): Promise<string[]> {
  const words = nameKeyOf(mention).split(' ').filter(Boolean);
  const runs = new Set<string>();
  for (let length = 1; length <= 4; length++) {
    for (let start = 0; start + length <= words.length; start++)
      runs.add(words.slice(start, start + length).join(' '));
  }
  if (runs.size === 0) return [];
  const accounts = await store.accounts.find({ nameKey: { $in: [...runs] } }, { projection: { _id: 1 } });
  return accounts.map((a) => a._id);
}

async function dealsMatchingIn(
  store: Store,
  mention: string,
  filter: Filter,
  oneAccount: boolean,
): Promise<DealChoice[]> {
  const words = tokensOf(mention);
  const deals = await store.deals.find(filter, {
    projection: { name: 1, accountId: 1, stage: 1, amount: 1, currency: 1 },
  });
  const accountIds = [...new Set(deals.map((d) => d.accountId))];
  const accounts = await store.accounts.find({ _id: { $in: accountIds } }, { projection: { name: 1 } });
  const accountName = new Map(accounts.map((a) => [a._id, a.name]));
  const scored = deals.map((deal) => {
    const name = nameKeyOf(deal.name);
    const haystack = new Set([
      ...wordsAndJoinedPairs(tokensOf(deal.name)),
      ...wordsAndJoinedPairs(tokensOf(accountName.get(deal.accountId) ?? '')),
    ]);
    const { covered, of } = coverage(words, haystack);
    // A name written whole wins over its look-alikes ("… Q1 2027" over "… Q1 2027 (2)"), also when
    // the account was read apart and only the rest is the mention ("annual renewal q1 2027" at Acme).
    const said = nameKeyOf(mention);
    const exact =
      said && (name === said || name === `${nameKeyOf(accountName.get(deal.accountId) ?? '')} ${said}`)
        ? 1
        : 0;
    return { deal, score: words.length ? covered / of + exact : oneAccount ? 1 : 0 };
  });
  const best = Math.max(0, ...scored.map((s) => s.score));
  if (best < 0.5) return [];
  return scored
    .filter((s) => s.score === best)
    .sort(
      (a, b) =>
        Number(isOpenStage(b.deal.stage)) - Number(isOpenStage(a.deal.stage)) ||
        b.deal.amount - a.deal.amount,
    )
    .slice(0, MAX_CHOICES)
    .map(({ deal }) => ({
      id: deal._id,
      name: deal.name,
      accountId: deal.accountId,
      accountName: accountName.get(deal.accountId) ?? '',
      stage: deal.stage,
      amount: deal.amount,
      currency: deal.currency,
    }));
}

/** The one deal an id or a name (within an account when given) means; NOT_FOUND or AMBIGUOUS otherwise. */
export async function resolveDeal(
  store: Store,
  mention: string,
  scope: { accountId?: string; accountName?: string } = {},
): Promise<Deal> {
  const text = mention.trim();
  if (ID.test(text)) {
    const deal = await store.deals.findById(text);
    if (!deal) throw new CrmError(ErrorCode.NotFound, 'I could not find that deal.', { dealId: text });
    if (scope.accountId && deal.accountId !== scope.accountId) {
      throw new CrmError(
        ErrorCode.InvalidInput,
        `The deal "${deal.name}" belongs to another account than ${scope.accountName ?? 'the one named'}.`,
      );
    }
    return deal;
  }
  const matches = await dealsMatching(store, text, scope);
  const where = scope.accountName ? ` at ${scope.accountName}` : '';
  if (matches.length === 1) return (await store.deals.findById(matches[0]!.id))!;
  if (matches.length > 1) {
    throw new CrmError(ErrorCode.Ambiguous, `Several deals${where} match "${text}". Which one do you mean?`, {
      mention: text,
      candidates: matches,
    });
  }
  throw new CrmError(ErrorCode.NotFound, `I couldn't find a deal called "${text}"${where}.`, {
    mention: text,
  });
}
