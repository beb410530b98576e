import { requestOutsideTheBot } from '../../../src/dialogs/routing/requests-outside-the-bot';

// Issue 19, twenty-fourth round (w25a, from dev-qa44): asking to delete a CRM record is refused
// plainly; "delete the acme corporation account" was answered with Acme's briefing.
describe('deleting a CRM record is refused', () => {
  it.each([
    'delete the acme corporation account',
    'remove the globex deal',
    'can you delete this contact',
    'get rid of the hooli opportunity',
    'i want to delete the lead tom baker',
    'erase case 1205',
    // out of the CRM itself is still deleting the record (w26c, from dev-qa45)
    'delete the acme account from the crm',
    'remove the globex deal from the pipeline',
    'can you delete this contact from crmpro',
    'get rid of the hooli lead from our system',
  ])('%s', (text) => {
    expect(requestOutsideTheBot(text)).toBe('record-deletion');
  });

  it.each([
    // Supported: tasks, filters, one thing out of another, a person's data, one's own account.
    'delete that task',
    'remove the date filter',
    'remove jane from the acme deal',
    'delete everything we have on nancy johnson',
    'how do i delete my account',
    'delete the audience',
    // A user an admin takes off: the record word is in the reason, not what is removed.
    'please remove sam rivera, he quit the company last week',
    'remove sam rivera he left the company',
    'can you remove jordan? they moved to another company',
    // Not a request to delete.
    'which deals did we delete last week',
    'tell me about acme',
  ])('not a record deletion: %s', (text) => {
    expect(requestOutsideTheBot(text)).not.toBe('record-deletion');
  });
});
