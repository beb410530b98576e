import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ChartSpec } from './chart';
import { writeHtmlReport, type ReportSection } from './html-report';

/** One field's figures, as a data profile holds them (the report draws what is there). */
export interface ProfiledField {
  name: string;
  type: string;
  meaning: string;
  present: number;
  missing: number;
  missingShare: number;
  distinct: number;
  distinctCapped: boolean;
  topValues: { value: string; count: number }[];
  range?: { min: number | string; max: number | string; mean: number | string; median: number | string };
  histogram?: { from: number | string; to: number | string; count: number }[];
}

/** A collection's profile: its fields and its relations (orphans, unattached records, duplicates). */
export interface ProfileFigures {
  collection: string;
  rows: number;
  profiledAt: string;
  fields: ProfiledField[];
  orphans: {
    column: string;
    target: string;
    missing: number;
    dangling: number;
    examples: { id: string; value: string }[];
  }[];
  unattached?: { columns: string[]; count: number; examples: { id: string }[] };
  duplicates: {
    column: string;
    groups: number;
    records: number;
    examples: { value: string; count: number; ids: string[] }[];
  }[];
}

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
const shorten = (text: string, max = 48) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
/** A file name for a field's chart (dots and anything unusual become dashes). */
const chartFile = (field: string) => `${field.replace(/[^A-Za-z0-9]+/g, '-')}.png`;

/** The chart of a field: a histogram for numbers and dates, the top values for everything else. */
export function fieldChart(field: ProfiledField): ChartSpec | undefined {
  const temporal = field.type === 'timestamp';
  // A histogram for numbers and dates; a whole-number field with few values reads better as its top values.
  if (field.histogram && (temporal || field.type === 'number' || field.distinct > 12))
    return {
      width: 520,
      height: 160,
      data: { values: field.histogram },
      mark: { type: 'bar', color: '#4c78a8' },
      encoding: {
        x: {
          field: 'from',
          type: temporal ? 'temporal' : 'quantitative',
          title: field.name,
          bin: { binned: true },
        },
        x2: { field: 'to' },
        y: { field: 'count', type: 'quantitative', title: 'records' },
      },
    } as ChartSpec;
  // Every value distinct (an id, a free text): top values would be bars of one.
  if (field.topValues.length === 0 || field.topValues[0]!.count < 2) return undefined;
  return {
    width: 520,
    height: { step: 16 },
    data: { values: field.topValues.map((top) => ({ value: shorten(top.value), count: top.count })) },
    mark: { type: 'bar', color: '#f58518' },
    encoding: {
      y: { field: 'value', type: 'nominal', sort: '-x', title: field.name },
      x: { field: 'count', type: 'quantitative', title: 'records' },
    },
  } as ChartSpec;
}

function fieldSummary(field: ProfiledField): string {
  const parts = [
    `${field.type}; ${field.meaning}.`,
    `Missing in ${field.missing} of ${field.present + field.missing} records (${percent(field.missingShare)}).`,
    `${field.distinctCapped ? 'More than ' : ''}${field.distinct} distinct value${field.distinct === 1 ? '' : 's'}.`,
  ];
  if (field.range)
    parts.push(
      `From ${field.range.min} to ${field.range.max}, mean ${format(field.range.mean)}, median ${format(field.range.median)}.`,
    );
  return parts.join(' ');
}

const format = (value: number | string) => (typeof value === 'number' ? Number(value.toFixed(2)) : value);

/** The report's sections: an overview table, the relations, then one section per field with its chart. */
export function profileSections(profile: ProfileFigures): ReportSection[] {
  const overview: ReportSection = {
    title: 'Fields',
    text: `${profile.rows} ${profile.collection}, profiled ${profile.profiledAt}. Columns as exported (docs/data-dictionary.md).`,
    table: {
      columns: ['field', 'type', 'missing', 'distinct', 'most common / range'],
      rows: profile.fields.map((field) => [
        field.name,
        field.type,
        percent(field.missingShare),
        `${field.distinctCapped ? '>' : ''}${field.distinct}`,
        field.range
          ? `${field.range.min} … ${field.range.max}`
          : shorten(field.topValues[0]?.value ?? '', 40),
      ]),
    },
  };
  const orphans: ReportSection = {
    title: 'Orphans: references that point nowhere',
    text: profile.unattached
      ? `${profile.unattached.count} record(s) have none of ${profile.unattached.columns.join(', ')}${profile.unattached.examples.length ? ` (e.g. ${profile.unattached.examples.map((e) => e.id).join(', ')})` : ''}.`
      : 'Each reference column, the records without a value, and those whose value matches no record.',
    table: {
      columns: ['column', 'refers to', 'no value', 'pointing nowhere', 'examples (record → missing id)'],
      rows: profile.orphans.map((check) => [
        check.column,
        check.target,
        check.missing,
        check.dangling,
        check.examples.map((e) => `${e.id} → ${e.value}`).join(', '),
      ]),
    },
  };
  const duplicates: ReportSection = {
    title: 'Duplicates: key values held by more than one record',
    text: profile.duplicates.length
      ? 'Compared trimmed and lower-cased (domains without www.).'
      : 'This collection has no key that should be unique.',
    ...(profile.duplicates.length
      ? {
          table: {
            columns: ['key', 'duplicated values', 'records involved', 'largest groups (value × count: ids)'],
            rows: profile.duplicates.map((check) => [
              check.column,
              check.groups,
              check.records,
              check.examples
                .map((e) => `${shorten(e.value, 30)} × ${e.count}: ${e.ids.join(' ')}`)
                .join('; '),
            ]),
          },
        }
      : {}),
  };
  const fields = profile.fields.map((field): ReportSection => {
    const spec = fieldChart(field);
    return {
      title: field.name,
      text: fieldSummary(field),
      ...(field.topValues.length && field.type !== 'timestamp'
        ? {
            table: {
              columns: ['top value', 'records'],
              rows: field.topValues.map((t) => [shorten(t.value, 60), t.count]),
            },
          }
        : {}),
      ...(spec
        ? {
            chart: {
              file: chartFile(field.name),
              spec,
              alt: `${field.histogram && field.type !== 'string' ? 'Histogram' : 'Top values'} of ${field.name}`,
            },
          }
        : {}),
    };
  });
  return [overview, orphans, duplicates, ...fields];
}

/**
 * Writes a profile as a self-contained HTML page (`index.html`, charts as PNG images inlined and
 * beside it) and `profile.json` with the same figures. Returns the two paths.
 */
export async function writeDataProfileReport(
  dir: string,
  profile: ProfileFigures,
): Promise<{ html: string; json: string }> {
  const html = await writeHtmlReport(dir, `Profile of ${profile.collection}`, profileSections(profile));
  const json = path.join(dir, 'profile.json');
  await writeFile(json, `${JSON.stringify(profile, null, 2)}\n`);
  return { html, json };
}
