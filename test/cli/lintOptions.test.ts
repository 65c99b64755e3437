import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Ajv from 'ajv';
import { applyPatch } from 'diff';
import { parseCommandLine, UsageError } from '../../server/src/cli/args';
import { runLint, type Output } from '../../server/src/cli/lintCommand';
import { RULES } from '../../server/src/core';
import { REPO_ROOT, UNRES_BIN } from '../support/paths';
import { runUnres } from './runUnres';

const SHARED = path.resolve(REPO_ROOT, '..', 'shared');
const ADOPTED_80_6 = path.join(SHARED, 'corpus', '01-a-res-80-6.md');

/**
 * A committee draft on coastal wetlands with the slips a facilitator's text often has: paragraph
 * 3 is missing (UNR001, an error), "Calls upon" is not in italics (UNR004, a warning), and
 * "Encourages" opens two paragraphs in a row (UNR007, a hint whose "Also encourages" rewords).
 */
const WETLANDS_DRAFT = [
  'The General Assembly,',
  '',
  '*Recalling* the Convention on Wetlands of International Importance especially as Waterfowl Habitat,',
  '',
  '*Concerned* that coastal wetlands are disappearing faster than inland forests,',
  '',
  '1. *Encourages* Member States to map their coastal wetlands by 2030;',
  '',
  '2. *Encourages* regional organizations to share the maps they hold;',
  '',
  '4. Calls upon Member States to restore degraded mangroves and salt marshes;',
  '',
  '5. *Decides* to remain seized of the matter.',
  '',
].join('\n');

function runWithInput(args: readonly string[], cwd: string, input: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [UNRES_BIN, ...args], { cwd, input, encoding: 'utf8', timeout: 15000 });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('unres lint: choosing fixes, dry run, standard input, detection, .unresignore, SARIF', () => {
  let dir: string;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unres-options-'));
  });

  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  function write(name: string, content: string): string {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
    return name;
  }

  describe('--fix', () => {
    it('applies the fixes of errors and warnings by default, lists each, and leaves the rewording hint', () => {
      const file = write('wetlands.unres', WETLANDS_DRAFT);
      const run = runUnres(['lint', '--fix', file], dir);
      const fixed = fs.readFileSync(path.join(dir, file), 'utf8');
      assert.equal(fixed, WETLANDS_DRAFT.replace('4. Calls upon', '3. *Calls upon*').replace('5. *Decides*', '4. *Decides*'));
      assert.equal(run.stderr, 'wetlands.unres:11 UNR001 Renumber paragraphs\nwetlands.unres:11 UNR004 Italicize "Calls upon" alone\nwetlands.unres: 2 fixes\nunres: 2 fixes applied to 1 of 1 file\n');
      // What is left is reported: the hint, which no default --fix applies.
      assert.match(run.stdout, /^wetlands\.unres:9:5 hint UNR007 "Encourages" opens paragraph 2/m);
      assert.equal(run.status, 0);
    });

    it('--fix-severity error applies only the fixes of errors; --fix-rule only those of the rules named', () => {
      const file = write('wetlands.unres', WETLANDS_DRAFT);
      const errorsOnly = runUnres(['lint', '--fix', '--fix-severity', 'error', file], dir);
      assert.equal(fs.readFileSync(path.join(dir, file), 'utf8'), WETLANDS_DRAFT.replace('4. Calls upon', '3. Calls upon').replace('5. *Decides*', '4. *Decides*'));
      assert.match(errorsOnly.stderr, /^unres: 1 fix applied to 1 of 1 file$/m);

      fs.writeFileSync(path.join(dir, file), WETLANDS_DRAFT);
      const italicsAndRepetition = runUnres(['lint', '--fix', '--fix-rule', 'operative-italics', '--fix-rule=UNR007', file], dir);
      assert.equal(fs.readFileSync(path.join(dir, file), 'utf8'), WETLANDS_DRAFT.replace('4. Calls upon', '4. *Calls upon*').replace('2. *Encourages*', '2. *Also encourages*'));
      assert.equal(italicsAndRepetition.status, 1, 'the missing paragraph 3 is left');
      assert.match(italicsAndRepetition.stderr, /^wetlands\.unres:9 UNR007 Change to "Also encourages"$/m);
    });

    it('--fix-severity hint applies the rewording suggestions too', () => {
      const file = write('wetlands.unres', WETLANDS_DRAFT);
      runUnres(['lint', '--fix', '--fix-severity=hint', file], dir);
      assert.equal(
        fs.readFileSync(path.join(dir, file), 'utf8'),
        WETLANDS_DRAFT.replace('2. *Encourages*', '2. *Also encourages*').replace('4. Calls upon', '3. *Calls upon*').replace('5. *Decides*', '4. *Decides*'),
      );
    });

    it('leaves the wording of the adopted A/RES/80/6 as published; --fix-rule UNR007 changes the two verbs it lists and nothing else', function () {
      if (!fs.existsSync(ADOPTED_80_6)) this.skip();
      const original = fs.readFileSync(ADOPTED_80_6, 'utf8');
      const file = write('a-res-80-6.md', original);
      const byDefault = runUnres(['lint', '--fix', file], dir);
      assert.equal(byDefault.status, 0);
      assert.equal(fs.readFileSync(path.join(dir, file), 'utf8'), original);
      assert.equal(byDefault.stderr, 'unres: 0 fixes applied to 0 of 1 file\n');

      const asked = runUnres(['lint', '--fix', '--fix-rule', 'UNR007', file], dir);
      assert.equal(asked.stderr, 'a-res-80-6.md:98 UNR007 Change to "Also recalls"\na-res-80-6.md:106 UNR007 Change to "Further recalls"\na-res-80-6.md: 2 fixes\nunres: 2 fixes applied to 1 of 1 file\n');
      assert.equal(fs.readFileSync(path.join(dir, file), 'utf8'), original.replace('14. *Recalls*', '14. *Also recalls*').replace('15. *Recalls*', '15. *Further recalls*'));
    });

    it('--fix-dry-run prints the diff --fix would make, changes nothing, and exits as for the fixed text', () => {
      const file = write('wetlands.unres', WETLANDS_DRAFT);
      const dry = runUnres(['lint', '--fix-dry-run', file], dir);
      assert.equal(fs.readFileSync(path.join(dir, file), 'utf8'), WETLANDS_DRAFT);
      assert.equal(dry.status, 0);
      assert.match(dry.stdout, /^--- wetlands\.unres\n\+\+\+ wetlands\.unres\n@@ /);
      assert.match(dry.stderr, /^unres: 2 fixes would be applied to 1 of 1 file$/m);
      runUnres(['lint', '--fix', file], dir);
      assert.equal(applyPatch(WETLANDS_DRAFT, dry.stdout), fs.readFileSync(path.join(dir, file), 'utf8'));
    });

    it('refuses fix options that cannot apply', () => {
      const refused = (args: string[]): string => {
        try {
          parseCommandLine(args);
        } catch (error) {
          if (error instanceof UsageError) return error.message;
          throw error;
        }
        return assert.fail(`accepted ${args.join(' ')}`);
      };
      assert.match(refused(['lint', '--fix-severity', 'hint', 'a.unres']), /give one of them/);
      assert.match(refused(['lint', '--fix', '--fix-severity', 'fatal', 'a.unres']), /error, warning, information, hint/);
      assert.match(refused(['lint', '--fix', '--fix-rule', 'UNR999', 'a.unres']), /unknown rule 'UNR999'/);
      assert.match(refused(['lint', '--fix-dry-run', '--format', 'json', 'a.unres']), /takes no '--format'/);
      assert.match(refused(['lint', '-', 'a.unres']), /linted alone/);
      assert.match(refused(['lint', '--stdin-filename', 'x.unres', 'a.unres']), /lint '-' with it/);
    });
  });

  describe('standard input', () => {
    it('lints a draft read from -, named <stdin> or --stdin-filename, and --fix writes the fixed text to stdout', () => {
      const run = runWithInput(['lint', '-'], dir, WETLANDS_DRAFT);
      assert.equal(run.status, 1);
      assert.match(run.stdout, /^<stdin>:11:1 error UNR001 /m);
      const named = runWithInput(['lint', '--stdin-filename', 'drafts/wetlands.unres', '-'], dir, WETLANDS_DRAFT);
      assert.match(named.stdout, /^drafts\/wetlands\.unres:11:1 error UNR001 /m);
      const fixed = runWithInput(['lint', '--fix', '-'], dir, WETLANDS_DRAFT);
      assert.equal(fixed.stdout, WETLANDS_DRAFT.replace('4. Calls upon', '3. *Calls upon*').replace('5. *Decides*', '4. *Decides*'));
      assert.match(fixed.stderr, /^<stdin>:9:5 hint UNR007 /m);
      assert.equal(fixed.status, 0);
    });

    it('refuses what is no resolution, and more than 64 MiB', async () => {
      const notes = runWithInput(['lint', '-'], dir, 'Notes of the informal consultations\n\nThe facilitator will circulate a revised text on Friday.\n');
      assert.equal(notes.status, 2);
      assert.match(notes.stderr, /^unres: <stdin>: not a resolution/);
      const megabyte = Buffer.alloc(1024 * 1024, 0x61);
      async function* huge(): AsyncGenerator<Uint8Array> {
        for (let i = 0; i <= 64; i++) yield megabyte;
      }
      let err = '';
      const output: Output = { stdout: () => undefined, stderr: (text) => (err += text) };
      const status = await runLint({ paths: ['-'], format: 'text', fix: false, toolVersion: '0.0.0', stdin: huge() }, output);
      assert.equal(status, 2);
      assert.equal(err, 'unres: <stdin>: larger than 64 MiB\n');
    });
  });

  describe('folders', () => {
    it('takes no rule page, README or notes for a resolution: unres lint docs finds none, says so, exits 0', () => {
      const run = runUnres(['lint', 'docs'], REPO_ROOT);
      assert.equal(run.status, 0);
      assert.equal(run.stdout, '');
      assert.match(run.stderr, /^unres: no resolution found in docs: /);
    });

    it('takes a .md with an opening line or masthead, not one that shows a draft in a code block or lists operative verbs', () => {
      write('drafts/wetlands.md', WETLANDS_DRAFT);
      write('drafts/guide.md', `# How we write\n\nA draft looks like this:\n\n\`\`\`\n${WETLANDS_DRAFT}\`\`\`\n`);
      write('drafts/notes.txt', 'Points agreed on Tuesday\n\n1. Decides: the facilitator keeps the pen;\n\n2. Requests delegations to send comments by Friday.\n');
      const run = runUnres(['lint', '--format', 'json', 'drafts'], dir);
      assert.deepEqual((JSON.parse(run.stdout) as Array<{ file: string }>).map((report) => report.file), [path.join('drafts', 'wetlands.md')]);
      // Named, the notes are checked as before: their numbered paragraphs make them a text unres reads.
      assert.equal(runUnres(['lint', path.join('drafts', 'notes.txt')], dir).status, 0);
    });

    it('.unresignore in the folder or above excludes files of a walk, a deeper "!" takes one back; named files and --no-ignore still lint', () => {
      fs.mkdirSync(path.join(dir, '.git'));
      write('.unresignore', 'archive/\n*.old.unres\n');
      write('drafts/.unresignore', '!kept.old.unres\n');
      write('drafts/wetlands.unres', WETLANDS_DRAFT);
      write('drafts/wetlands.old.unres', WETLANDS_DRAFT);
      write('drafts/kept.old.unres', WETLANDS_DRAFT);
      write('drafts/archive/2024.unres', WETLANDS_DRAFT);
      const files = (args: string[]): string[] => (JSON.parse(runUnres(['lint', '--format', 'json', ...args], dir).stdout) as Array<{ file: string }>).map((report) => report.file);
      assert.deepEqual(files(['drafts']), [path.join('drafts', 'kept.old.unres'), path.join('drafts', 'wetlands.unres')]);
      assert.deepEqual(files(['drafts', path.join('drafts', 'wetlands.old.unres')]), [path.join('drafts', 'kept.old.unres'), path.join('drafts', 'wetlands.unres'), path.join('drafts', 'wetlands.old.unres')]);
      assert.equal(files(['--no-ignore', 'drafts']).length, 4);
    });
  });

  describe('SARIF', () => {
    it('is valid against the SARIF 2.1.0 schema, with rule metadata, help from the rule pages, and fixes as replacements', () => {
      const file = write('wetlands.unres', WETLANDS_DRAFT);
      const log = JSON.parse(runUnres(['lint', '--format', 'sarif', file], dir).stdout);
      // The schema as published for SARIF 2.1.0, shipped by a package of the SARIF maintainers (draft-04: "id" is "$id" for ajv).
      const schema = JSON.parse(fs.readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
      delete schema.$schema;
      schema.$id = schema.id;
      delete schema.id;
      const validate = new Ajv({ strict: false, validateFormats: false, allErrors: true, unicodeRegExp: false }).compile(schema);
      assert.equal(validate(log), true, JSON.stringify(validate.errors, null, 2));

      const driver = log.runs[0].tool.driver;
      assert.equal(driver.rules.length, RULES.length);
      const italics = driver.rules.find((rule: { id: string }) => rule.id === 'UNR004');
      assert.equal(italics.name, 'operative-italics');
      assert.equal(italics.defaultConfiguration.level, 'warning');
      assert.equal(italics.help.markdown, fs.readFileSync(path.join(REPO_ROOT, 'docs', 'rules', 'UNR004.md'), 'utf8'));
      assert.match(italics.fullDescription.text, /^Checks that the operative verb/);
      const unitalicized = log.runs[0].results.find((result: { ruleId: string }) => result.ruleId === 'UNR004');
      assert.deepEqual(unitalicized.fixes[0].artifactChanges[0].replacements, [
        { deletedRegion: { startLine: 11, startColumn: 4, endLine: 11, endColumn: 4 }, insertedContent: { text: '*' } },
        { deletedRegion: { startLine: 11, startColumn: 14, endLine: 11, endColumn: 14 }, insertedContent: { text: '*' } },
      ]);
    });
  });
});
