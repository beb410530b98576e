import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Resvg } from '@resvg/resvg-js';
import JSZip from 'jszip';
import { validateManifest } from '../../../scripts/teams-package';

const ROOT = path.join(__dirname, '..', '..', '..');
const APP_ID = '8d0e4c4f-6a55-4d0c-9b3e-2f1a7c9e5b11';

/** The parts of a Teams manifest the tests read. */
interface TeamsManifest {
  [field: string]: unknown;
  id: string;
  bots: {
    botId: string;
    scopes: string[];
    commandLists: { scopes: string[]; commands: { title: string }[] }[];
  }[];
  validDomains: string[];
  developer: { privacyUrl: string };
  icons: Record<string, string>;
}

/** Runs `npm run teams:package -- ...` as an admin would; the exit code and what it printed. */
async function teamsPackage(args: string[], appId: string) {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      'npm',
      ['run', '--silent', 'teams:package', '--', ...args],
      {
        cwd: ROOT,
        env: { ...process.env, MICROSOFT_APP_ID: appId },
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** Width, height and colour type from a PNG's IHDR chunk. */
function pngHeader(png: Buffer) {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20), colourType: png[25] };
}

/** A PNG's RGBA pixels (premultiplied alpha), decoded by drawing it 1:1 with resvg. */
function pixels(png: Buffer, size: number): Buffer {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}"><image href="data:image/png;base64,${png.toString('base64')}" width="${size}" height="${size}"/></svg>`;
  return Buffer.from(new Resvg(svg).render().pixels);
}

describe('npm run teams:package', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'crmpro-teams-package-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a zip with a schema-valid manifest.json for MICROSOFT_APP_ID and the two icons Teams asks for', async () => {
    const out = path.join(dir, 'crmpro-teams.zip');
    const run = await teamsPackage(['--domain', 'bot.example.com', '--out', out], APP_ID);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/wrote .*crmpro-teams\.zip \(manifest v1\.\d+ valid; app 8d0e4c4f/);

    const zip = await JSZip.loadAsync(readFileSync(out));
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string')) as TeamsManifest;
    expect(validateManifest(manifest)).toEqual([]);
    expect(manifest.id).toBe(APP_ID);
    expect(manifest.bots).toHaveLength(1);
    expect(manifest.bots[0]!.botId).toBe(APP_ID);
    expect(manifest.bots[0]!.scopes).toEqual(['personal', 'team', 'groupChat']);
    expect(manifest.bots[0]!.commandLists.flatMap((list) => list.scopes).sort()).toEqual([
      'groupChat',
      'personal',
      'team',
    ]);
    expect(manifest.bots[0]!.commandLists[0]!.commands.map((c) => c.title)).toContain(
      'forecast this quarter',
    );
    expect(manifest.validDomains).toEqual(['bot.example.com']);
    expect(manifest.developer.privacyUrl).toBe('https://bot.example.com/privacy');
    expect(manifest.icons).toEqual({ color: 'color.png', outline: 'outline.png' });

    const color = await zip.file('color.png')!.async('nodebuffer');
    expect(pngHeader(color)).toMatchObject({ width: 192, height: 192 });
    const outline = await zip.file('outline.png')!.async('nodebuffer');
    expect(pngHeader(outline)).toEqual({ width: 32, height: 32, colourType: 6 }); // RGBA
    const rgba = pixels(outline, 32);
    let opaque = 0;
    for (let i = 0; i < rgba.length; i += 4) {
      const [r, g, b, a] = [rgba[i]!, rgba[i + 1]!, rgba[i + 2]!, rgba[i + 3]!];
      if (a === 0) continue;
      opaque++;
      // White (resvg's pixels are premultiplied: white at alpha a is a, a, a); the rest transparent.
      expect([r, g, b]).toEqual([a, a, a]);
    }
    expect(rgba[3]).toBe(0); // the corner is transparent
    expect(opaque).toBeGreaterThan(50);
    expect(opaque).toBeLessThan(32 * 32 * 0.7);
  });

  it('refuses a manifest the schema rejects, naming the field, and writes nothing', async () => {
    const out = path.join(dir, 'bad.zip');
    const run = await teamsPackage(['--domain', 'bot.example.com', '--out', out], 'not-a-guid');
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/does not match the Teams manifest schema v1\.\d+/);
    expect(run.stderr).toMatch(/\/bots\/0\/botId: must match pattern/);
    expect(existsSync(out)).toBe(false);

    const missingId = await teamsPackage(['--domain', 'bot.example.com', '--out', out], '');
    expect(missingId.stderr).toMatch(/Set MICROSOFT_APP_ID/);
  });

  it('the schema check catches a broken manifest: a scope Teams does not know, a missing icon, an unknown field', async () => {
    const out = path.join(dir, 'good.zip');
    expect((await teamsPackage(['--domain', 'bot.example.com', '--out', out], APP_ID)).code).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(out));
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string')) as TeamsManifest;
    const broken = structuredClone(manifest);
    broken.bots[0]!.scopes = ['personal', 'everywhere'];
    delete broken.icons.outline;
    broken.colour = 'blue';
    const problems = validateManifest(broken);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\/bots\/0\/scopes\/1: must be equal to one of the allowed values/),
        expect.stringMatching(/^\/icons: must have required property 'outline'/),
        expect.stringMatching(/^\/: must NOT have additional properties/),
      ]),
    );
  });
});
