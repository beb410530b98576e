/**
 * `npm run teams:package`: writes the Microsoft Teams app package (a zip with `manifest.json`, a
 * 192x192 colour icon and a 32x32 white-on-transparent outline icon) that an admin uploads to Teams.
 * The manifest comes from `teams/manifest.template.json` with MICROSOFT_APP_ID as the app and bot id,
 * and is validated against the Teams manifest JSON schema (shipped by @microsoft/app-manifest) before
 * anything is written.
 *
 *   MICROSOFT_APP_ID=<guid> npm run teams:package -- --domain bot.example.com
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import Ajv, { type ErrorObject } from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { Command } from 'commander';
import JSZip from 'jszip';

const ROOT = path.join(__dirname, '..');
/** The folder with the manifest template and the icon sources. */
export const TEAMS_DIR = path.join(ROOT, 'teams');
/** Where the package goes unless `--out` says otherwise. */
export const DEFAULT_PACKAGE_PATH = path.join(ROOT, 'dist', 'teams', 'crmpro-teams.zip');

/** What the manifest is made from. */
export interface TeamsPackageOptions {
  /** MICROSOFT_APP_ID: the Azure bot's app id (a GUID), used as the Teams app id and the bot id. */
  appId: string;
  /** The app's short name in Teams (at most 30 characters). */
  name: string;
  /** The app version, x.y.z (raise it for every upload of a changed package). */
  version: string;
  /** Host names the app may open (the bot's public host, e.g. bot.example.com). */
  domains: string[];
  developerName: string;
  websiteUrl: string;
  privacyUrl: string;
  termsOfUseUrl: string;
}

/** The manifest schema version the template uses (its `manifestVersion`). */
export function manifestVersionOf(manifest: Record<string, unknown>): string {
  return String(manifest.manifestVersion ?? '');
}

/** The manifest for these options: the template with its `{{placeholders}}` filled in. */
export function buildManifest(options: TeamsPackageOptions): Record<string, unknown> {
  const template = JSON.parse(readFileSync(path.join(TEAMS_DIR, 'manifest.template.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  const values: Record<string, string> = {
    appId: options.appId,
    name: options.name,
    version: options.version,
    developerName: options.developerName,
    websiteUrl: options.websiteUrl,
    privacyUrl: options.privacyUrl,
    termsOfUseUrl: options.termsOfUseUrl,
  };
  const fill = (value: unknown): unknown => {
    if (typeof value === 'string')
      return value.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
        if (!(key in values)) throw new Error(`manifest.template.json names an unknown value {{${key}}}`);
        return values[key]!;
      });
    if (Array.isArray(value)) return value.map(fill);
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, fill(inner)]));
    return value;
  };
  return { ...(fill(template) as Record<string, unknown>), validDomains: options.domains };
}

/** The Teams manifest JSON schema of a manifest version, as @microsoft/app-manifest ships it. */
export function manifestSchema(version: string): Record<string, unknown> {
  const file = require.resolve(
    `@microsoft/app-manifest/build/json-schemas/teams/v${version}/MicrosoftTeams.schema.json`,
  );
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}

/** The schema's complaints about a manifest (none: valid), each as `path: message`. */
export function validateManifest(manifest: Record<string, unknown>): string[] {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(manifestSchema(manifestVersionOf(manifest)));
  if (validate(manifest)) return [];
  return (validate.errors ?? []).map(
    (error: ErrorObject) =>
      `${error.instancePath || '/'}: ${error.message ?? 'is invalid'}${
        error.params && 'allowedValues' in error.params
          ? ` (${(error.params.allowedValues as unknown[]).join(', ')})`
          : ''
      }`,
  );
}

/** An SVG of `teams/` drawn as a PNG `size` pixels wide (transparent where the SVG draws nothing). */
export function renderIcon(svgFile: string, size: number): Buffer {
  const svg = readFileSync(path.join(TEAMS_DIR, svgFile), 'utf8');
  return Buffer.from(new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng());
}

/**
 * Builds and validates the package and writes it to `out`; throws (writing nothing) when the
 * manifest does not match the schema, naming each problem.
 */
export async function writeTeamsPackage(
  options: TeamsPackageOptions,
  out: string,
): Promise<Record<string, unknown>> {
  const manifest = buildManifest(options);
  const problems = validateManifest(manifest);
  if (problems.length)
    throw new Error(
      `manifest.json does not match the Teams manifest schema v${manifestVersionOf(manifest)}:\n  ${problems.join('\n  ')}`,
    );
  const zip = new JSZip();
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
  zip.file('color.png', renderIcon('color.svg', 192));
  zip.file('outline.png', renderIcon('outline.svg', 32));
  const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, bytes);
  return manifest;
}

async function main(argv: string[]): Promise<void> {
  const version = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string })
    .version;
  const program = new Command('teams:package')
    .description(
      'Write the Microsoft Teams app package (manifest.json and icons), validated against the manifest schema',
    )
    .option('--app-id <guid>', "the bot's Microsoft app id (default: MICROSOFT_APP_ID)")
    .option('--name <name>', 'the app name shown in Teams', 'CRMPro')
    .option('--version <x.y.z>', 'the app version (default: package.json version)', version)
    .option('--domain <host...>', 'a host name the app may open, e.g. bot.example.com (repeatable)', [])
    .option('--developer <name>', 'the publisher shown in Teams', 'CRMPro')
    .option('--website-url <url>', 'the publisher website (default: https://<first domain>/)')
    .option('--privacy-url <url>', 'the privacy statement (default: <website>privacy)')
    .option('--terms-url <url>', 'the terms of use (default: <website>terms)')
    .option('--out <file>', 'where to write the zip', DEFAULT_PACKAGE_PATH)
    .parse(argv);
  const flags = program.opts<{
    appId?: string;
    name: string;
    version: string;
    domain: string[];
    developer: string;
    websiteUrl?: string;
    privacyUrl?: string;
    termsUrl?: string;
    out: string;
  }>();
  // Only the app id is needed here (not the password the server needs), so this root reads it alone.
  const appId = flags.appId ?? process.env.MICROSOFT_APP_ID?.trim();
  if (!appId) throw new Error("Set MICROSOFT_APP_ID (the Azure bot's app id) or pass --app-id.");
  const website = flags.websiteUrl ?? (flags.domain[0] ? `https://${flags.domain[0]}/` : undefined);
  if (!website) throw new Error("Pass --domain <the bot's public host> or --website-url <https://…>.");
  const base = website.endsWith('/') ? website : `${website}/`;
  const out = path.resolve(flags.out);
  const manifest = await writeTeamsPackage(
    {
      appId,
      name: flags.name,
      version: flags.version,
      domains: flags.domain,
      developerName: flags.developer,
      websiteUrl: website,
      privacyUrl: flags.privacyUrl ?? `${base}privacy`,
      termsOfUseUrl: flags.termsUrl ?? `${base}terms`,
    },
    out,
  );
  process.stdout.write(
    `wrote ${path.relative(process.cwd(), out)} (manifest v${manifestVersionOf(manifest)} valid; app ${appId}; manifest.json, color.png 192x192, outline.png 32x32)\n`,
  );
}

if (require.main === module) {
  main(process.argv).catch((error: unknown) => {
    process.stderr.write(`error: ${(error as Error).message}\n`);
    process.exitCode = 1;
  });
}
