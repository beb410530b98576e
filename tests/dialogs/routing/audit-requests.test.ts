import { auditRequestOf } from '../../../src/dialogs/routing/audit-requests';
import { auditPeriodOf } from '../../../src/dialogs/intents/audit-log-handler';
import { QuestionUnderstander } from '../../../src/dialogs/routing/question-understander';
import type { Understander } from '../../../src/dialogs/routing/understanding';

// Issue 19, m4: the audit log asked in chat. "log" in "audit log" names a log to read; "log a call" is a write.
describe('asking the audit log', () => {
  it.each([
    ['show me the audit log for yesterday', {}],
    ['pull up the access log for this week', {}],
    ['activity log for sam', {}],
    ["what's in the audit trail today?", {}],
    ['audit log entries for acme corporation', {}],
    ['can you show me the audit log', {}],
    ['audit what sam did yesterday', {}],
    ['who looked at acme this week', { action: 'read' }],
    ['who has viewed the globex account?', { action: 'read' }],
    ['who accessed jane cooper yesterday', { action: 'read' }],
    ['who changed the initech deal', { action: 'change' }],
    ['who edited anything today', { action: 'change' }],
    ['what did sam look at yesterday', { action: 'read' }],
    ['what has priya changed this week', { action: 'change' }],
    ['who erased data this month', { action: 'erase' }],
    ['who exported data this week', { exports: true }],
    // whether anyone did it, asked yes or no (w26c, from dev-qa45)
    ['has anyone exported data this week', { exports: true }],
    ['has somebody downloaded the contacts yesterday', { exports: true }],
    ['was any data exported this month?', { exports: true }],
    ['has anyone looked at the acme account today', { action: 'read' }],
    ['did someone delete records this week', { action: 'erase' }],
    ['who has been exporting contacts?', { exports: true }],
    ['any exports this week?', { exports: true }],
    ['who downloaded the deals', { exports: true }],
    ['audit log of exports', { exports: true }],
    ['who logged in today', { signIns: true }],
    ['who signed in this week?', { signIns: true }],
    ['when was the last login of sam', { signIns: true }],
    ['sign-in history for this week', { signIns: true }],
    ['who used the bot today', { signIns: true }],
    ['who has been using crmpro this week', { signIns: true }],
  ])('"%s" asks the audit log', (text, expected) => {
    expect(auditRequestOf(text)).toEqual(expected);
  });

  it.each([
    'log a call with Jane',
    'log a meeting',
    'log a call with jane cooper at initech, we talked pricing',
    'log that i emailed bob at globex',
    'please log my meeting with acme yesterday',
    'export the contacts as csv',
    'can i download all leads in parquet',
    'show me recent activity for acme',
    'activity history for globex',
    'how do i log in',
    "i can't log in",
    'does crmpro keep an audit log?',
    'how long is the audit log kept',
    'is there an access log for gdpr',
    'when was your last security audit',
    'who owns acme',
    'who is the contact at globex',
    'what did acme buy last year',
    'what did we change in the last release',
    'remove sam from crmpro',
    'what access do reps have',
    'where can i see who changed what in the crm? need it for an audit',
    'is there a way to see who exported data',
    'how can an admin see who looked at a record',
  ])('"%s" does not', (text) => {
    expect(auditRequestOf(text)).toBeUndefined();
  });

  // W14-A: whether one may do something with the log itself is the documentation's question (the
  // help centre says Enterprise plans export it, `crmpro audit` prints it), not a request to read it.
  it.each([
    'can we export the audit log',
    'Can I download the audit trail?',
    'could an admin archive the access log somewhere',
    'is it possible to export the audit log as json',
    'are we able to export the activity log',
    'can we also exprot the audit log',
    'can you export the audit log to our siem',
  ])('"%s" asks whether the log can be exported: the documentation', (text) => {
    expect(auditRequestOf(text)).toBeUndefined();
  });

  it.each([
    ['can i see the audit log for acme', {}],
    ['can you show me the audit log for this week', {}],
    ['who exported the audit log', { exports: true }],
    ['can we see who exported data this week', { exports: true }],
  ])('"%s" still reads the log', (text, expected) => {
    expect(auditRequestOf(text)).toEqual(expected);
  });
});

// Issue 19, fifteenth round (w16t): one person's trail with the verb in its plain form after "did"
// ("what did sam change today", operations.md's own phrase).
describe("what someone did, the verb after 'did' in its plain form", () => {
  it.each([
    ['what did sam change today', { action: 'change' }],
    ['What did Sam Rivera change this week?', { action: 'change' }],
    ['what did olivia update yesterday', { action: 'change' }],
    ['what has priya edited', { action: 'change' }],
    ['what did marcus modify this month', { action: 'change' }],
    ['what did marcus delete today', { action: 'erase' }],
    ['what did sam look at', { action: 'read' }],
  ])('"%s"', (text, expected) => {
    expect(auditRequestOf(text)).toEqual(expected);
  });

  it.each([
    'what did i change today',
    'what did we change in the last release',
    'what did the customer say',
    'what did sam rivera say on the call',
    'what did acme buy',
  ])('"%s" does not', (text) => {
    expect(auditRequestOf(text)).toBeUndefined();
  });
});

// Issue 19, eleventh round (w9h): users' roles and access are changed with `crmpro users`, which the
// audit log does not record: asked after, the log says so (and shows its record changes).
describe('changes to users, roles and access asked of the log', () => {
  it.each([
    'did anyone change a user role recently',
    "has anyone's role been changed this week?",
    'who changed sams role',
    'any role changes this month',
    'were any permissions changed lately',
    'who gave priya admin rights',
    'who made alex an admin?',
    'has somebody updated user permissions since monday',
    'when was morgans role changed',
    'recent changes to user roles?',
  ])('"%s" asks about changes to users', (text) => {
    expect(auditRequestOf(text)).toEqual({ users: true });
  });

  it.each([
    'change sams role to manager',
    'make alex an admin',
    'how do i change a user role',
    'what roles are there',
    'what access do reps have',
    'list all users and their roles',
    'who changed the initech deal',
    'what can a manager change',
  ])('"%s" does not', (text) => {
    expect(auditRequestOf(text)?.users).toBeUndefined();
  });
});

describe('the router sends audit questions to the audit log, and keeps the write form for logging', () => {
  // The intent model reads "log" as logging a call (issue 19: the log-a-call form asked "Which account was it with?").
  const readsLogging: Understander = {
    understand: async () => ({ intent: 'log_interaction', confidence: 0.8 }),
  };
  const router = new QuestionUnderstander(readsLogging);

  it.each([
    'show me the audit log for yesterday',
    'activity log for sam',
    'access log this week',
    'who exported data this week',
    'who logged in today',
  ])('"%s" is the audit log', async (text) => {
    expect((await router.understand(text)).intent).toBe('audit_log');
  });

  it.each(['log a call with Jane', 'log a meeting', 'log a call with jane at initech about pricing'])(
    '"%s" stays a call to log',
    async (text) => {
      expect((await router.understand(text)).intent).toBe('log_interaction');
    },
  );
});

describe('the days an audit question asks about', () => {
  // Saturday 5 December 2026, 06:00 UTC.
  const now = new Date('2026-12-05T06:00:00Z');

  it.each([
    ['show me the audit log for yesterday', 'week', '2026-12-04', '2026-12-04'],
    ['who exported data this week', 'week', '2026-11-30', '2026-12-05'],
    ['activity log for sam since monday', 'week', '2026-11-30', '2026-12-05'],
    ['audit log for friday', 'week', '2026-12-04', '2026-12-04'],
    ['access log this month', 'week', '2026-12-01', '2026-12-05'],
    ['show me the audit log', 'week', '2026-11-29', '2026-12-05'],
    ['who logged in', 'today', '2026-12-05', '2026-12-05'],
  ] as const)('"%s" (no period: %s) is %s to %s', (text, fallback, from, to) => {
    expect(auditPeriodOf(text, now, 'UTC', fallback)).toMatchObject({ from, to });
  });

  it("reads the days in the caller's time zone", () => {
    // 06:00 UTC is still Friday evening in Los Angeles.
    expect(auditPeriodOf('audit log for today', now, 'America/Los_Angeles', 'week')).toMatchObject({
      from: '2026-12-04',
      to: '2026-12-04',
    });
  });
});
