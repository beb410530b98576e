/**
 * What demo support cases are about: six themes, each a few kinds of problem with the words a
 * customer writes (subjects, a description) and the words a specialist closes them with (a
 * resolution). Agent assist retrieves similar resolved cases from these texts, so a question in
 * other words ("people can't sign in with Okta") should find the SSO cases and their fixes.
 */

/** The themes cases are grouped in. */
export type CaseTheme = 'login' | 'billing' | 'import' | 'integration' | 'performance' | 'how-to';

/** One kind of problem: how customers put it and how it was fixed. */
export interface CaseProblem {
  theme: CaseTheme;
  subjects: readonly string[];
  description: string;
  resolutions: readonly string[];
  /** Relative frequency among all cases. */
  weight: number;
  /** The priority it usually gets: an outage is urgent, a how-to question low. */
  usualPriority: 'low' | 'normal' | 'high' | 'urgent';
}

/** The demo problems. */
export const CASE_PROBLEMS: readonly CaseProblem[] = [
  {
    theme: 'login',
    subjects: [
      'Login fails for all users',
      'Nobody can sign in through SSO',
      'SSO login broken since this morning',
    ],
    description:
      'Since this morning every user gets "SAML response invalid" when signing in through single sign-on. Password login is disabled for the workspace, so nobody can work.',
    resolutions: [
      'The identity provider rotated its SAML signing certificate. Uploaded the new certificate under Settings > Security > SSO and users can sign in again.',
      'Expired SAML certificate on the customer side; walked their admin through uploading the renewed certificate in the SSO settings. Login works for all users.',
    ],
    weight: 3,
    usualPriority: 'urgent',
  },
  {
    theme: 'login',
    subjects: [
      'User locked out after password reset',
      'Cannot log in after resetting password',
      'Account locked',
    ],
    description:
      'A user reset their password and is now locked out after too many attempts. The reset e-mail link says it has expired.',
    resolutions: [
      'Unlocked the account and sent a fresh password reset link (links expire after 30 minutes). The user signed in.',
      'Fixed by reset: cleared the lockout, issued a new reset link and asked the user to clear cached passwords in the browser.',
    ],
    weight: 4,
    usualPriority: 'normal',
  },
  {
    theme: 'login',
    subjects: ['Two-factor codes not accepted', 'MFA code rejected on login'],
    description:
      'The authenticator app codes are rejected at login. The user has a new phone and moved the authenticator app.',
    resolutions: [
      'The phone clock was out of sync; after enabling automatic time the codes worked. Also re-enrolled MFA for the new device.',
      'Reset the two-factor enrolment so the user could register the new phone, then confirmed the login.',
    ],
    weight: 2,
    usualPriority: 'normal',
  },
  {
    theme: 'billing',
    subjects: [
      'Invoice shows the wrong amount',
      'Charged twice this month',
      'Duplicate charge on the invoice',
    ],
    description:
      'The latest invoice charges us twice for the same seats. Our finance team needs a corrected invoice before they can pay.',
    resolutions: [
      'A seat change mid-cycle created a duplicate line. Billing issued a credit note and a corrected invoice; the customer confirmed.',
      'Refunded the duplicate charge and sent the corrected invoice to the billing contact.',
    ],
    weight: 3,
    usualPriority: 'high',
  },
  {
    theme: 'billing',
    subjects: [
      'Need a VAT number on invoices',
      'Change the billing address on invoices',
      'Invoice needs PO number',
    ],
    description:
      'Our accounts payable team rejects invoices without our VAT number and purchase order number. Please add them to future invoices.',
    resolutions: [
      'Added the VAT number and PO reference to the billing profile; re-issued the open invoice with both.',
      'Updated the billing address and tax details; future invoices carry them.',
    ],
    weight: 3,
    usualPriority: 'low',
  },
  {
    theme: 'billing',
    subjects: ['Credit card payment declined', 'Payment failed on renewal'],
    description:
      'The renewal payment failed and we received a notice that the subscription will be suspended.',
    resolutions: [
      'The card on file had expired. The customer added a new card and the renewal was charged; suspension cancelled.',
      'Switched the customer to payment by bank transfer on a 30-day invoice and lifted the suspension notice.',
    ],
    weight: 2,
    usualPriority: 'high',
  },
  {
    theme: 'import',
    subjects: [
      'CSV import fails with encoding error',
      'Contact import stops halfway',
      'Import rejects our spreadsheet',
    ],
    description:
      'Importing our contact list from CSV fails after a few hundred rows with an error about invalid characters in names.',
    resolutions: [
      'The file was saved as Windows-1252. Re-saved it as UTF-8 and the import completed; sent the import guide on encodings.',
      'Rows with semicolons as separators broke the parser; exported again with commas and the import went through.',
    ],
    weight: 3,
    usualPriority: 'normal',
  },
  {
    theme: 'import',
    subjects: ['Duplicate contacts after import', 'Imported records created duplicates'],
    description: 'After importing the same spreadsheet twice we have two copies of many contacts.',
    resolutions: [
      'Merged the duplicates by e-mail address and explained that re-imports match on e-mail, so the column must be present.',
      'Ran the duplicate merge for the account and added the email column mapping so future imports update instead of creating.',
    ],
    weight: 2,
    usualPriority: 'normal',
  },
  {
    theme: 'integration',
    subjects: ['Salesforce sync stopped', 'CRM sync not updating records', 'Integration sync errors'],
    description:
      'The nightly sync with our Salesforce org stopped updating records three days ago. The integration page shows "token expired".',
    resolutions: [
      'The OAuth token of the integration user expired after a password change. Reconnected the integration and ran a full sync.',
      'Re-authorised the connector with an admin account and replayed the failed sync batches.',
    ],
    weight: 3,
    usualPriority: 'normal',
  },
  {
    theme: 'integration',
    subjects: ['Webhook deliveries failing', 'Webhooks return 401', 'Slack notifications stopped'],
    description: 'Our endpoint no longer receives webhook events; the delivery log shows 401 responses.',
    resolutions: [
      'The customer rotated their webhook secret without updating it here. Updated the signing secret and redelivered the queued events.',
      'Re-installed the Slack app for the workspace after an admin removed it; notifications resumed.',
    ],
    weight: 2,
    usualPriority: 'normal',
  },
  {
    theme: 'performance',
    subjects: ['Dashboard very slow to load', 'Reports time out', 'Application slow for the whole team'],
    description:
      'Dashboards take over a minute to load and the pipeline report times out. It started after we added a lot of custom fields.',
    resolutions: [
      'Reports filtered on an unindexed custom field. Added the field to the indexed filters and the dashboard loads in two seconds.',
      'Archived three years of closed records from the default view and enabled report caching; load time back to normal.',
    ],
    weight: 3,
    usualPriority: 'normal',
  },
  {
    theme: 'performance',
    subjects: ['Service outage', 'Error 500 on every page', 'Site down for our region'],
    description: 'Every page returns an internal server error for our users in Europe.',
    resolutions: [
      'Regional outage caused by a failed database failover; resolved by operations within the hour and a post-mortem shared.',
      'Incident in the EU region, fixed by rolling back the release; the customer confirmed service restored.',
    ],
    weight: 1,
    usualPriority: 'urgent',
  },
  {
    theme: 'how-to',
    subjects: ['How do we export our data?', 'Export all contacts to Excel', 'How to download reports'],
    description: 'We need to export all contacts and their accounts to a spreadsheet for an audit.',
    resolutions: [
      'Explained the export: Reports > Contacts > Export as CSV, with account columns added; sent the help article.',
      'Showed the admin how to schedule a weekly CSV export to their shared drive.',
    ],
    weight: 3,
    usualPriority: 'low',
  },
  {
    theme: 'how-to',
    subjects: ['How to add a new user', 'Change a user role', 'Set up permissions for a new team'],
    description: 'How do we add new team members and give them access only to their own region?',
    resolutions: [
      'Walked the admin through inviting users and assigning the regional role; shared the permissions guide.',
      'Created a team with the region filter and moved the new users into it; confirmed they see only their accounts.',
    ],
    weight: 3,
    usualPriority: 'low',
  },
];
