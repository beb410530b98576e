import { jobKindsPlural, jobKindsRole, jobKindsSaidIn, titleIsOfKind } from '../../src/vocabulary';

// Issue 19, twenty-seventh round (w28b): the kinds of job people at accounts are asked for by (a
// title, a seniority, a function), read from the words people use and matched against the titles
// contacts carry, not one word of them.
const kindsOf = (text: string) => jobKindsRole(jobKindsSaidIn(text.toLowerCase()));

describe('kinds of job said in a question', () => {
  it.each<[string, string]>([
    ['IT managers and heads of IT in APAC', 'head_of_it+it_manager'],
    ['technical contacts at bennett software? cto, security folks', 'it'],
    ['IT people (CTO, head of IT, IT manager) at healthcare accounts', 'it'],
    ['c-level people at our singapore software customers', 'c_level'],
    ['anyone in the c-suite at our australian prospects', 'c_level'],
    ['how many VPs do we know in germany', 'vp'],
    ['which finance contacts do we have at uk customers', 'finance'],
    ['cfos and other finance folks in the netherlands', 'finance'],
    ['chief financial officers in france', 'cfo'],
    ['sysadmins at software customers', 'it_manager'],
    ['who are the procurement people at globex', 'procurement'],
    ['how many senior execs do we have in canada', 'senior'],
    ['legal contacts at our prospects', 'legal'],
    ['directors at healthcare accounts', 'director'],
    ['tech people at globex', 'it'],
    ['the ciso at acme', 'ciso'],
  ])('"%s" asks for %s', (text, kinds) => {
    expect(kindsOf(text)).toBe(kinds);
  });

  it.each([
    'who owns it',
    'is it closed yet',
    'what is the board of directors at acme doing',
    'show me account executives in germany',
    'how many deals did we win this quarter',
    'what does it cost',
  ])('"%s" asks for no kind of job', (text) => {
    expect(kindsOf(text)).toBe('');
  });
});

describe('the titles a kind holds', () => {
  it.each<[string, string, boolean]>([
    ['CTO', 'cto', true],
    ['Chief Technology Officer', 'cto', true],
    ['Chief Financial Officer', 'cfo', true],
    ['Finance Director', 'cfo', true],
    ['Head of IT', 'head_of_it', true],
    ['Director of IT', 'it_director', true],
    ['Director of IT', 'head_of_it', false],
    ['IT Manager', 'it_manager', true],
    ['IT Security Manager', 'it_manager', false],
    ['IT Security Manager', 'security', true],
    ['Information Security Officer', 'it', true],
    ['Solutions Architect', 'it', true],
    ['Software Engineer', 'it', true],
    ['Account Executive', 'it', false],
    ['Sales Operations Manager', 'it', false],
    ['CEO', 'c_level', true],
    ['VP Sales', 'c_level', false],
    ['VP Sales', 'vp', true],
    ['VP Operations', 'senior', true],
    ['Finance Manager', 'finance', true],
    ['Account Executive', 'finance', false],
    ['Director of Procurement', 'procurement', true],
    ['Legal Counsel', 'legal', true],
    ['Head of Customer Success', 'director', true],
    ['Vice President, Marketing', 'ceo', false],
  ])('"%s" is of %s: %s', (title, key, holds) => {
    expect(titleIsOfKind(title, key)).toBe(holds);
  });

  it('names the kinds asked as a reply says them', () => {
    expect(jobKindsPlural('it_manager+head_of_it')).toBe('IT managers and heads of IT');
    expect(jobKindsPlural('decision_maker')).toBeUndefined();
  });
});
