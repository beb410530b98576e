import { CrmError, ErrorCode, isCrmError } from '../../core/errors';
import type { MetaRecord } from '../../store/schemas';
import type { NewDocument, Store } from '../../store/store';
import {
  FIRST_CASE_NUMBER,
  slaDueAtFor,
  type Case,
  type CaseChannel,
  type CasePriority,
} from '../../vocabulary';

/** The meta document whose `value.last` counts the case numbers handed out (number = 1000 + last). */
export const CASE_NUMBER_COUNTER_ID = 'case-numbers';
const ATTEMPTS = 5;

/**
 * The next case number, allocated atomically: one findOneAndUpdate `$inc` on a counter document,
 * so two processes (or two turns) never get the same number. A store without a counter (demo
 * data, an import) starts it after its highest case number.
 */
export async function allocateCaseNumber(store: Store): Promise<number> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const counter = await store.meta.findOneAndUpdate(
      { _id: CASE_NUMBER_COUNTER_ID },
      { $inc: { 'value.last': 1 } },
    );
    const last = (counter?.value as { last?: number } | undefined)?.last;
    if (typeof last === 'number') return FIRST_CASE_NUMBER - 1 + last;
    const highest = await store.cases.findOne({}, { sort: { number: -1 }, projection: { number: 1 } });
    try {
      await store.meta.insertOne({
        _id: CASE_NUMBER_COUNTER_ID,
        value: { last: highest ? highest.number - FIRST_CASE_NUMBER + 1 : 0 },
      } as NewDocument<MetaRecord>);
    } catch (error) {
      // Another process created it first: use theirs.
      if (!isCrmError(error, ErrorCode.Conflict)) throw error;
    }
  }
  throw new CrmError(ErrorCode.Unavailable, 'I could not allocate a case number; please try again.');
}

/** What a new case needs; the number, status, SLA due time and history are filled in. */
export interface CaseDraft {
  subject: string;
  description?: string;
  priority: CasePriority;
  channel: CaseChannel;
  accountId?: string;
  contactId?: string;
  ownerId?: string;
  /** The CRM user who opened it (absent for a website visitor's hand-off). */
  openedBy?: string;
}

/**
 * Opens a case: the next number, status open, the SLA due time of its priority (CASE_SLA_HOURS),
 * and an `opened` history entry. A number taken meanwhile (an imported case) is skipped.
 */
export async function openCaseRecord(store: Store, draft: CaseDraft, now: Date): Promise<Case> {
  for (let attempt = 0; ; attempt++) {
    const number = await allocateCaseNumber(store);
    try {
      return await store.cases.insertOne({
        number,
        subject: draft.subject,
        ...(draft.description ? { description: draft.description } : {}),
        status: 'open',
        priority: draft.priority,
        channel: draft.channel,
        ...(draft.accountId ? { accountId: draft.accountId } : {}),
        ...(draft.contactId ? { contactId: draft.contactId } : {}),
        ...(draft.ownerId ? { ownerId: draft.ownerId } : {}),
        slaDueAt: slaDueAtFor(draft.priority, now),
        history: [
          {
            at: now,
            ...(draft.openedBy ? { userId: draft.openedBy } : {}),
            action: 'opened',
            value: draft.priority,
          },
        ],
      });
    } catch (error) {
      if (!isCrmError(error, ErrorCode.Conflict) || attempt >= ATTEMPTS) throw error;
      const highest = await store.cases.findOne({}, { sort: { number: -1 }, projection: { number: 1 } });
      if (highest)
        await store.meta.updateOne(
          { _id: CASE_NUMBER_COUNTER_ID },
          { $max: { 'value.last': highest.number - FIRST_CASE_NUMBER + 1 } },
        );
    }
  }
}

/** The case with this number; NOT_FOUND in plain words when there is none. */
export async function caseByNumber(store: Store, number: number): Promise<Case> {
  const found = await store.cases.findOne({ number });
  if (!found) throw new CrmError(ErrorCode.NotFound, `I couldn't find case ${number}.`, { number });
  return found;
}
