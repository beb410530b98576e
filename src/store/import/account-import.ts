import { nameKeyOf, sizeBandOf, type Account } from '../../vocabulary';
import { countryNamed } from './country-regions';
import { documentsByIds, type ImportDraft, type ImportKind } from './import-kind';
import { parseChoice, parseDomain, parseEmployees, parseNumber, parseRegion, reject } from './value-parsers';

type AccountField =
  'name' | 'domain' | 'industry' | 'employees' | 'region' | 'country' | 'owner' | 'status' | 'annualRevenue';

const STATUSES: Readonly<Record<string, Account['status']>> = {
  customer: 'customer',
  client: 'customer',
  active: 'customer',
  activecustomer: 'customer',
  customerdirect: 'customer',
  customerchannel: 'customer',
  prospect: 'prospect',
  lead: 'prospect',
  new: 'prospect',
  target: 'prospect',
  opportunity: 'prospect',
  churned: 'churned',
  churn: 'churned',
  former: 'churned',
  formercustomer: 'churned',
  inactive: 'churned',
  lost: 'churned',
  cancelled: 'churned',
};

/** Accounts: matched by domain, else by name; owners by email or name. */
export const accountImport: ImportKind<AccountField> = {
  collection: 'accounts',
  columns: [
    {
      field: 'name',
      names: ['name', 'account', 'account name', 'company', 'company name', 'organization', 'organisation'],
    },
    { field: 'domain', names: ['domain', 'website', 'url', 'web', 'web site', 'site', 'company domain'] },
    { field: 'industry', names: ['industry', 'sector', 'vertical'] },
    {
      field: 'employees',
      names: [
        'employees',
        'employee count',
        'headcount',
        'size',
        'number of employees',
        'company size',
        'staff',
      ],
    },
    { field: 'region', names: ['region', 'territory', 'sales region', 'geo'] },
    { field: 'country', names: ['country', 'country code', 'billing country'] },
    {
      field: 'owner',
      names: ['owner', 'owner email', 'account owner', 'account owner email', 'sales rep', 'rep'],
    },
    { field: 'status', names: ['status', 'account status', 'account type', 'type', 'lifecycle stage'] },
    { field: 'annualRevenue', names: ['annual revenue', 'revenue', 'yearly revenue'] },
  ],
  required: [['name']],
  needs: {},

  parseRow(values, row, { directory }) {
    const name = values.name ?? reject('name: is required');
    const fields: Partial<Account> = { name, nameKey: nameKeyOf(name) };
    if (!fields.nameKey) reject(`name: '${name}' has no letters or digits`);
    if (values.domain) fields.domain = parseDomain(values.domain);
    if (values.industry) fields.industry = values.industry;
    if (values.employees) {
      const { employees, size } = parseEmployees(values.employees);
      if (employees !== undefined) Object.assign(fields, { employees, size: sizeBandOf(employees) });
      else fields.size = size;
    }
    const country = values.country ? countryNamed(values.country) : undefined;
    if (values.country) fields.country = country?.name ?? values.country;
    if (values.region) fields.region = parseRegion(values.region);
    else if (country) fields.region = country.region;
    if (values.owner) fields.ownerId = directory.user(values.owner)._id;
    if (values.status)
      fields.status = parseChoice(values.status, 'status', STATUSES, ['customer', 'prospect', 'churned']);
    if (values.annualRevenue) fields.annualRevenue = parseNumber(values.annualRevenue, 'annual revenue');

    const key = fields.domain ? `domain:${fields.domain}` : `name:${fields.nameKey}`;
    const label = fields.domain ? `account domain ${fields.domain}` : `account name '${name}'`;
    return { key, label, document: { ...fields }, set: { ...fields }, rows: [row] };
  },

  async resolve(drafts: ImportDraft[], { store, directory }) {
    for (const draft of drafts) {
      const domain = draft.set.domain as string | undefined;
      const byDomain = domain ? directory.accountByDomain(domain) : undefined;
      if (byDomain) {
        draft.match = byDomain._id;
        continue;
      }
      const named = directory.accountsNamed(draft.set.name as string);
      // A same-named account with a different domain is another company; one without a domain is this one.
      const candidates = domain ? named.filter((account) => !account.domain) : named;
      if (candidates.length === 1) draft.match = candidates[0]!._id;
      else if (candidates.length > 1) {
        draft.rejection = `name: '${draft.set.name}' matches ${candidates.length} accounts; add a domain column to say which`;
      }
    }
    return documentsByIds(
      store,
      'accounts',
      drafts.flatMap((draft) => (draft.match ? [draft.match] : [])),
    );
  },

  updateOf: (draft) => ({ $set: draft.set }),
};
