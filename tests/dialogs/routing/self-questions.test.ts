import { selfQuestionOf } from '../../../src/dialogs/routing/self-questions';

/** The caller asking about themselves as a CRM user, or to change their own time zone. */
describe('questions about oneself', () => {
  it.each([
    ["what's my role", 'role'],
    ['whats my role here?', 'role'],
    ['what is my role in the crm', 'role'],
    ['my role?', 'role'],
    ['what role am i', 'role'],
    ['which role do i have', 'role'],
    ['what access level do i have', 'role'],
    ['what are my permissions', 'role'],
    ['am i an admin', 'role'],
    ['Am I a manager or a rep?', 'role'],
    ['hey, what kind of user am i', 'role'],
    ['who am i', 'profile'],
    ['who am i logged in as?', 'profile'],
    ['which user am i', 'profile'],
    ['what do you know about me', 'profile'],
    ['What info do you have on me?', 'profile'],
    ['what data does the bot store about me', 'profile'],
    ['tell me about myself', 'profile'],
    ['show me my profile', 'profile'],
    ["what's my email address", 'profile'],
    ['which team am i on', 'team'],
    ['what team am i in?', 'team'],
    ["what's my team called", 'team'],
    ['which region am i in', 'team'],
    ["what's my timezone", 'timezone'],
    ['what is my time zone set to?', 'timezone'],
    ['which time zone am i in', 'timezone'],
    ['what timezone are you using for me', 'timezone'],
  ])('"%s" asks about the caller: %s', (wording, kind) => {
    expect(selfQuestionOf(wording)).toEqual({ kind });
  });

  it.each([
    ['change my timezone to europe/london', 'europe/london'],
    ['Set my time zone to Pacific', 'Pacific'],
    ['please update my timezone to CET', 'CET'],
    ['can you change my time zone to new york?', 'new york'],
    ['switch me to london time', 'london time'],
    ['put me on the pacific time zone', 'pacific'],
    ['move me to europe/berlin', 'europe/berlin'],
    ['my timezone should be Asia/Tokyo', 'Asia/Tokyo'],
    ["i'd like to change my timezone to utc please", 'utc'],
  ])('"%s" changes the caller\'s time zone to "%s"', (wording, zone) => {
    expect(selfQuestionOf(wording)).toEqual({ kind: 'set-timezone', zone });
  });

  it('asks for the zone when none is said', () => {
    expect(selfQuestionOf('change my timezone')).toEqual({ kind: 'set-timezone' });
    expect(selfQuestionOf('i need to update my time zone')).toEqual({ kind: 'set-timezone' });
  });

  it.each(["change sam's timezone", 'set the time zone of priya to london', "update noah's time zone"])(
    '"%s" is someone else\'s time zone',
    (wording) => {
      expect(selfQuestionOf(wording)).toEqual({ kind: 'set-other-timezone' });
    },
  );

  it.each([
    "what's noah singh's role",
    'what role does lead scoring play',
    'what roles are there',
    'what access does a rep have',
    "who's on my team",
    'how is my team doing',
    "what's my pipeline",
    'what do you know about acme',
    'tell me about globex',
    'what time is it in london',
    'who is my contact at initech',
    'change the close date to friday',
    'move the acme deal to negotiation',
    'set a reminder for friday',
    'what timezone does the digest use',
    'my team’s open deals',
    "what's my win rate",
    'who am i meeting today',
    'what are my tasks',
  ])('"%s" is not about the caller as a user', (wording) => {
    expect(selfQuestionOf(wording)).toBeUndefined();
  });
});
