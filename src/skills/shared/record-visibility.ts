import { CrmError, ErrorCode, isCrmError } from '../../core/errors';
import type { Account, Contact, Deal } from '../../vocabulary';
import type { Caller, SkillServices } from '../skill';
import { accountResolverOf, type AccountCandidate } from './account-resolver';
import { resolveContactAtAccount } from './contact-at-account';
import { resolveDeal, type DealChoice } from './deal-lookup';
import { userRecordsOf } from './user-records';
import {
  accessTo,
  limitedAccountOf,
  whyMayNotChangeDeal,
  whyMayNotChangeTask,
  whyMayNotWriteTo,
  type Access,
  type LimitedAccountView,
  type RecordOwner,
  type RecordPart,
  type Viewer,
  viewerOf,
} from './visibility-policy';

/** How a user who is no longer in the CRM is named as a record's owner. */
const FORMER_USER = 'a former user';
/** Up to this many owners are read one by one by id; more in one query. */
const FEW_OWNERS = 8;

/**
 * The visibility policy for one skill call: the caller (their team read from their own user
 * record, never taken from the message) and the owners of the records the call touches, each
 * looked up once. Skills ask it before they return a record and before they write to one.
 */
export class RecordVisibility {
  private readonly owners = new Map<string, RecordOwner>();

  private constructor(
    readonly viewer: Viewer,
    private readonly services: SkillServices,
  ) {}

  /**
   * The policy for `caller` under the process's CRM_VISIBILITY (absent: `team`). The caller's own
   * record and the few owners read by id come from `UserRecords`: kept until a user changes.
   */
  static async of(services: SkillServices, caller: Caller): Promise<RecordVisibility> {
    const me =
      caller.userId && caller.role !== 'visitor'
        ? await userRecordsOf(services.store).findById(caller.userId)
        : null;
    const visibility = new RecordVisibility(viewerOf(caller, me, services.visibility), services);
    if (me) visibility.owners.set(me._id, { id: me._id, name: me.name, team: me.team });
    return visibility;
  }

  /** Loads the owners of these ids in one query (the ones not known yet). */
  async preload(ownerIds: Iterable<string | undefined>): Promise<void> {
    const missing = [...new Set([...ownerIds].filter((id): id is string => !!id && !this.owners.has(id)))];
    if (!missing.length) return;
    // A few owners (the usual case) by id, the cheapest read of every store; many in one query.
    const users =
      missing.length <= FEW_OWNERS
        ? (await Promise.all(missing.map((id) => userRecordsOf(this.services.store).findById(id)))).filter(
            (user) => user !== null,
          )
        : await this.services.store.users.find({ _id: { $in: missing } });
    for (const user of users) this.owners.set(user._id, { id: user._id, name: user.name, team: user.team });
    for (const id of missing) if (!this.owners.has(id)) this.owners.set(id, { id, name: FORMER_USER });
  }

  /** The owner of a record by its owner id (null when nobody owns it). */
  async ownerOf(ownerId: string | undefined): Promise<RecordOwner | null> {
    if (!ownerId) return null;
    await this.preload([ownerId]);
    return this.owners.get(ownerId)!;
  }

  /** How much of a part of a record owned by `ownerId` the caller may see. */
  async access(ownerId: string | undefined, part: RecordPart): Promise<Access> {
    return accessTo(this.viewer, await this.ownerOf(ownerId), part);
  }

  /** The items whose part the caller sees in full, in their order. */
  async onlyFull<T>(
    items: readonly T[],
    ownerIdOf: (item: T) => string | undefined,
    part: RecordPart,
  ): Promise<T[]> {
    await this.preload(items.map(ownerIdOf));
    return items.filter((item) => {
      const ownerId = ownerIdOf(item);
      return accessTo(this.viewer, ownerId ? this.owners.get(ownerId)! : null, part) === 'full';
    });
  }

  /** The accounts (by id) whose part the caller sees in full: the owners of those accounts are read once. */
  async accountIdsWithFull(accountIds: readonly string[], part: RecordPart): Promise<Set<string>> {
    const owners = new Map<string, string | undefined>();
    const unique = [...new Set(accountIds)];
    for (let i = 0; i < unique.length; i += 1000) {
      const accounts = await this.services.store.accounts.find(
        { _id: { $in: unique.slice(i, i + 1000) } },
        { projection: { ownerId: 1 } },
      );
      for (const account of accounts) owners.set(account._id, account.ownerId);
    }
    const visible = await this.onlyFull(
      unique.filter((id) => owners.has(id)),
      (id) => owners.get(id),
      part,
    );
    return new Set(visible);
  }

  /** The limited view of an account: name, industry and owner. */
  async limitedAccount(
    account: Pick<Account, '_id' | 'name' | 'industry' | 'ownerId'>,
  ): Promise<LimitedAccountView> {
    return limitedAccountOf(account, await this.ownerOf(account.ownerId));
  }

  /**
   * The one account a mention means, as the account resolver finds it; when several match, the
   * candidates the caller may not see in full are named without their domain.
   */
  async resolveAccount(mention: string): Promise<Account> {
    const resolver = await accountResolverOf(this.services);
    try {
      return await resolver.resolve(mention);
    } catch (error) {
      // "acne open deals", "globe deals": a name one keystroke off, which the caller owns one of.
      if (isCrmError(error, ErrorCode.Ambiguous) || isCrmError(error, ErrorCode.NotFound)) {
        const own = await this.ownAccountOneKeystrokeAway(resolver, mention);
        if (own) return own;
      }
      if (!isCrmError(error, ErrorCode.Ambiguous)) throw error;
      const candidates = (error.details?.candidates ?? []) as AccountCandidate[];
      const full = await this.accountIdsWithFull(
        candidates.map((c) => c.id),
        'account',
      );
      const shown = candidates.map(({ domain, ...rest }) =>
        full.has(rest.id) && domain ? { ...rest, domain } : rest,
      );
      throw new CrmError(error.code, error.message, { ...error.details, candidates: shown });
    }
  }

  /**
   * The account a mistyped one-word name means when, of the accounts one keystroke from it ("acne":
   * Acme Corporation and Acme Logistics; "globe": Globex and Globex Financial), the caller owns
   * exactly one: the name they work with. Undefined otherwise (none or several of them are the
   * caller's, as for a manager, who owns no accounts): the resolver's question or suggestions stand.
   */
  private async ownAccountOneKeystrokeAway(
    resolver: Awaited<ReturnType<typeof accountResolverOf>>,
    mention: string,
  ): Promise<Account | undefined> {
    const me = this.viewer.userId;
    if (!me) return undefined;
    const near = await resolver.oneKeystrokeAway(mention.trim().replace(/['’]s$/i, ''));
    if (!near.length) return undefined;
    const accounts = await this.services.store.accounts.find({ _id: { $in: near.map((c) => c.id) } });
    const own = accounts.filter((a) => a.ownerId === me);
    return own.length === 1 ? own[0] : undefined;
  }

  /**
   * The one deal an id or name means (within an account when given), among the deals the caller
   * sees in full when several match: another team's deals are never offered as candidates (their
   * amounts would show). The deal found is returned whoever owns it; the skill decides what to show.
   */
  async resolveDeal(
    mention: string,
    scope: { accountId?: string; accountName?: string } = {},
  ): Promise<Deal> {
    try {
      return await resolveDeal(this.services.store, mention, scope);
    } catch (error) {
      if (!isCrmError(error, ErrorCode.Ambiguous)) throw error;
      const visible = await this.onlyFullDeals((error.details?.candidates ?? []) as DealChoice[]);
      if (visible.length === 1) return (await this.services.store.deals.findById(visible[0]!.id))!;
      if (visible.length === 0) {
        const where = scope.accountName ? ` at ${scope.accountName}` : '';
        throw new CrmError(ErrorCode.NotFound, `I couldn't find a deal called "${mention.trim()}"${where}.`, {
          mention: mention.trim(),
        });
      }
      throw new CrmError(error.code, error.message, { ...error.details, candidates: visible });
    }
  }

  /** The deals (by id) the caller sees in full, in their order. */
  async onlyFullDeals<T extends { id: string }>(choices: readonly T[]): Promise<T[]> {
    if (!choices.length) return [];
    const deals = await this.services.store.deals.find(
      { _id: { $in: choices.map((c) => c.id) } },
      { projection: { ownerId: 1 } },
    );
    const ownerOfDeal = new Map(deals.map((deal) => [deal._id, deal.ownerId]));
    return this.onlyFull(
      choices.filter((c) => ownerOfDeal.has(c.id)),
      (c) => ownerOfDeal.get(c.id),
      'deal',
    );
  }

  /**
   * The one contact of `account` a mention or id means; a contact id of an account the caller may
   * not see is NOT_FOUND, not named with its employer.
   */
  async resolveContact(account: Pick<Account, '_id' | 'name'>, mention: string): Promise<Contact> {
    try {
      return await resolveContactAtAccount(this.services.store, account, mention);
    } catch (error) {
      const elsewhere = isCrmError(error, ErrorCode.InvalidInput) ? error.details?.accountId : undefined;
      if (typeof elsewhere !== 'string') throw error;
      const employer = await this.services.store.accounts.findById(elsewhere);
      if (employer && (await this.access(employer.ownerId, 'contact')) === 'full') throw error;
      throw new CrmError(ErrorCode.NotFound, `I don't see that contact at ${account.name}.`, {
        mention: mention.trim(),
      });
    }
  }

  /** FORBIDDEN (naming the owner) unless the caller sees the account in full: one writes only to what one sees. */
  async requireWritableAccount(account: Pick<Account, 'name' | 'ownerId'>): Promise<void> {
    const refusal = whyMayNotWriteTo(this.viewer, account, await this.ownerOf(account.ownerId), 'account');
    if (refusal) throw new CrmError(ErrorCode.Forbidden, refusal);
  }

  /** FORBIDDEN (naming the owner) unless the caller sees the deal in full. */
  async requireWritableDeal(deal: Pick<Deal, '_id' | 'name' | 'ownerId'>): Promise<void> {
    const refusal = whyMayNotWriteTo(this.viewer, deal, await this.ownerOf(deal.ownerId), 'deal');
    if (refusal) throw new CrmError(ErrorCode.Forbidden, refusal, { dealId: deal._id });
  }

  /** Why the caller may not change a deal's stage (admins any, managers their team's, reps their own). */
  async whyMayNotChange(deal: Pick<Deal, 'name' | 'ownerId'>): Promise<string | undefined> {
    return whyMayNotChangeDeal(this.viewer, deal, await this.ownerOf(deal.ownerId));
  }

  /** Why the caller may not change a task (admins any, managers their team's, everyone else their own). */
  async whyMayNotChangeTask(task: { title: string; ownerId: string }): Promise<string | undefined> {
    return whyMayNotChangeTask(this.viewer, task, await this.ownerOf(task.ownerId));
  }
}
