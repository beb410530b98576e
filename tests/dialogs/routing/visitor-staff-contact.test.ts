import { staffContactAskedOf } from '../../../src/dialogs/routing/visitor-record-requests';

/** A visitor asking for a staff member's own contact details (w8k): refused, with the public address. */
describe("a visitor asking for a staff member's personal contact details", () => {
  it.each([
    ['whats the email of your sales rep sam rivera', 'sales'],
    ["what's sam rivera's email? he's one of your sales reps", 'sales'],
    ['can i get the phone number of your account manager', 'sales'],
    ['give me the direct email of your ceo', 'sales'],
    ['how do i reach your sales guy jordan directly, whats his number', 'sales'],
    ['email address of someone on your sales team?', 'sales'],
    ['whats the mobile number of your support agent riley', 'support'],
    ["what's the email of the person who handled my ticket at your company", 'support'],
  ])('"%s" asks for staff contact details (%s)', (text, team) => {
    expect(staffContactAskedOf(text)).toBe(team);
  });

  it.each([
    'whats your sales email',
    'how do i contact support',
    "what's the phone number of your office",
    'whats the email of acme corporation',
    'can a sales rep email me',
    'my email is jane@foo.com',
    'who is your ceo',
    'can your sales rep call me tomorrow',
    'does the account manager get an email when a deal closes',
  ])('"%s" does not', (text) => {
    expect(staffContactAskedOf(text)).toBeUndefined();
  });
});
