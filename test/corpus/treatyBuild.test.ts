import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseResolution, resolvedTreatySeriesCitation } from '../../server/src/core';
import { REPO_ROOT } from '../support/paths';

const SHARED = path.resolve(REPO_ROOT, '..', 'shared');
const SCRIPT = path.join(REPO_ROOT, 'scripts', 'build-treaties.mjs');
const DATA_FILE = path.join(REPO_ROOT, 'server', 'src', 'core', 'data', 'treaties.json');
const REPORT_FILE = path.join(REPO_ROOT, 'data', 'treaties', 'build-report.md');
const LISTING_SOURCE = 'untc-mtdsg-2026-09-08';

interface Fact<T> {
  readonly value: T;
  readonly sources: readonly string[];
}

interface BuiltTreaty {
  readonly id: string;
  readonly titles: { readonly en: Fact<string>; readonly fr?: Fact<string>; readonly es?: Fact<string> };
  readonly collection?: Fact<{ ref: string; chapter: number; url: string }>;
  readonly collectionPlaceDate?: Fact<{ text: string; place?: string; date?: string }>;
  readonly unts?: Fact<{ volumes: number[]; registrationNumber: number }>;
  readonly resolutionAnnex?: Fact<{ resolution: string; annex: string }>;
  readonly decision?: Fact<{ document: string; decision: string }>;
  readonly parent?: Fact<string>;
}

interface BuiltData {
  readonly sources: Record<string, { title: string; url?: string; official: boolean; kind: string }>;
  readonly treaties: readonly BuiltTreaty[];
}

/** The texts the build reads, by the id it cites them by (the symbol of the leading comment). */
function sharedTexts(): Map<string, string[]> {
  const bySource = new Map<string, string[]>();
  for (const folder of ['samples', 'corpus', 'official']) {
    for (const file of fs.readdirSync(path.join(SHARED, folder)).sort()) {
      if (!/\.(md|txt)$/.test(file) || file === 'README.md') continue;
      const text = fs.readFileSync(path.join(SHARED, folder, file), 'utf8');
      const symbol = /^\s*<!--[\s\S]*?^symbol:\s*(\S+)/m.exec(text)?.[1] ?? file;
      bySource.set(symbol, [...(bySource.get(symbol) ?? []), text]);
    }
  }
  return bySource;
}

/** A count the report gives on the line that starts with `lead`. */
function reported(report: string, pattern: RegExp): number[] {
  const m = pattern.exec(report);
  assert.ok(m, `the report has no line like ${pattern}`);
  return m.slice(1).map(Number);
}

describe('treaty table build (scripts/build-treaties.mjs)', function () {
  this.timeout(300000);
  if (!fs.existsSync(path.join(SHARED, 'untc'))) {
    it('needs ../shared (the listing and the texts)', function () {
      this.skip();
    });
    return;
  }

  let data: BuiltData;
  let report: string;
  before(() => {
    data = JSON.parse(fs.readFileSync(DATA_FILE, 'utf8')) as BuiltData;
    report = fs.readFileSync(REPORT_FILE, 'utf8');
  });

  it('reproduces the committed data file and report from their inputs', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'unres-treaties-'));
    try {
      const run = spawnSync(process.execPath, [SCRIPT, '--out', out], { encoding: 'utf8' });
      assert.equal(run.status, 0, run.stderr);
      assert.ok(fs.readFileSync(path.join(out, 'treaties.json')).equals(fs.readFileSync(DATA_FILE)), 'treaties.json differs from a fresh build: run npm run build:treaties');
      assert.ok(fs.readFileSync(path.join(out, 'build-report.md')).equals(fs.readFileSync(REPORT_FILE)), 'build-report.md differs from a fresh build: run npm run build:treaties');
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });

  it('accounts for every treaty footnote of the texts: matched, or listed with its reason', () => {
    // Counted here without the build: every footnote that is, or repeats, a Treaty Series citation.
    let treatySeries = 0;
    for (const texts of sharedTexts().values()) {
      for (const text of texts) {
        const doc = parseResolution(text);
        for (const def of doc.footnoteDefinitions) if (def.form !== 'asterisk' && resolvedTreatySeriesCitation(doc, def)) treatySeries++;
      }
    }
    const [all, seriesAll, other] = reported(report, /^(\d+) treaty footnotes: (\d+) \*Treaty Series\* citations .* and (\d+) citations of a resolution/m);
    const [matched, matchedSeries, matchedOther] = reported(report, /^- (\d+) matched to an entry of the table \((\d+) \*Treaty Series\*, (\d+) resolution or decision\)/m);
    const [unmatched, unmatchedSeries, unmatchedOther] = reported(report, /^- (\d+) not matched \((\d+) \*Treaty Series\*, (\d+) resolution or decision\)/m);
    assert.equal(seriesAll, treatySeries, 'the build found another number of Treaty Series footnotes');
    assert.ok(treatySeries > 900, `only ${treatySeries} Treaty Series footnotes`);
    assert.equal(matched + unmatched, all);
    assert.equal(matchedSeries + unmatchedSeries, seriesAll);
    assert.equal(matchedOther + unmatchedOther, other);
    const rows = report.slice(report.indexOf('## Unmatched treaty footnotes')).split('\n').filter((line) => /^\| (?!text |---)/.test(line));
    assert.equal(rows.length, unmatched, 'one row per unmatched footnote');
    for (const row of rows) {
      const reason = row.split(' | ')[3];
      assert.match(reason, /^(no mark|plural|name not in the table|no treaty name at the mark|the name ".*" is shared by .*|the mark ends the name of an instrument of the .*|the (?:resolution|decision) \S+(?: [A-Z])?(?: \([IVXLC]+\))? is of \d{4}, the .* of \d{4}: not the act that adopted it)$/, row);
    }
    assert.ok(matched > unmatched, `${matched} matched, ${unmatched} not`);
  });

  it('takes every Collection fact from the listing as it gives it', () => {
    const listing = JSON.parse(fs.readFileSync(path.join(SHARED, 'untc', 'mtdsg-listing-2026-09-08.json'), 'utf8')) as { treaties: Array<{ ref: string; chapter_int: number; title: string; place_date: string }> };
    const byRef = new Map(data.treaties.filter((t) => t.collection).map((t) => [t.collection!.value.ref, t]));
    assert.equal(byRef.size, listing.treaties.length);
    for (const entry of listing.treaties) {
      const treaty = byRef.get(entry.ref);
      assert.ok(treaty, entry.ref);
      assert.equal(treaty.titles.en.value, entry.title);
      assert.deepEqual(treaty.titles.en.sources[0], LISTING_SOURCE);
      assert.equal(treaty.collection!.value.chapter, entry.chapter_int);
      assert.equal(treaty.collectionPlaceDate!.value.text, entry.place_date);
      const { date, place } = treaty.collectionPlaceDate!.value;
      if (date !== undefined) {
        const [year, month, day] = date.split('-').map(Number);
        const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
        assert.equal(`${place !== undefined ? `${place}, ` : ''}${day} ${months[month - 1]} ${year}`, entry.place_date, entry.ref);
      }
      assert.equal(treaty.collection!.value.url, `https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=${entry.ref}&chapter=${entry.chapter_int}&clang=_en`);
    }
  });

  it('takes Treaty Series citations and resolutions only from texts that print them', () => {
    const texts = sharedTexts();
    let checked = 0;
    for (const treaty of data.treaties) {
      for (const [fact, printed] of [
        [treaty.unts, (v: { volumes: number[]; registrationNumber: number }) => new RegExp(`vols?\\.[^.]*\\b${v.volumes[0]}\\b[^.]*No\\. ${v.registrationNumber}\\b`)],
        [treaty.resolutionAnnex, (v: { resolution: string; annex: string }) => new RegExp(`resolution ${v.resolution.replace(/[()]/g, '\\$&')}, ${v.annex}`, 'i')],
      ] as const) {
        if (!fact) continue;
        const pattern = (printed as (v: unknown) => RegExp)(fact.value);
        for (const source of fact.sources) {
          const kind = data.sources[source]?.kind;
          assert.ok(kind, `${treaty.id}: unknown source ${source}`);
          if (kind !== 'text') continue;
          const printedBy = texts.get(source) ?? [];
          // The revised draft among the samples has no symbol: the build names it by what it is.
          if (printedBy.length === 0) continue;
          assert.ok(printedBy.some((text) => pattern.test(text)), `${treaty.id}: ${source} does not print ${pattern}`);
          checked++;
        }
      }
    }
    assert.ok(checked > 500, `only ${checked} citations checked`);
  });

  it('gives a treaty only the resolution or decision of its own year, the act that adopted it', () => {
    const checked: string[] = [];
    for (const treaty of data.treaties) {
      const year = Number(treaty.collectionPlaceDate?.value.date?.slice(0, 4));
      if (!year) continue;
      const session = treaty.resolutionAnnex ? /^(\d+)\/|\(([IVXLC]+)\)$/.exec(treaty.resolutionAnnex.value.resolution) : undefined;
      const roman = (text: string): number => [...text].reduce((n, c, i) => {
        const value = { I: 1, V: 5, X: 10, L: 50, C: 100 }[c]!;
        return n + (value < ({ I: 1, V: 5, X: 10, L: 50, C: 100 }[text[i + 1]] ?? 0) ? -value : value);
      }, 0);
      const resolutionYear = session ? 1945 + (session[1] ? Number(session[1]) : roman(session[2])) : undefined;
      const decisionYear = treaty.decision ? Number(/\/((?:19|20)\d\d)\//.exec(treaty.decision.value.document)?.[1]) : undefined;
      for (const act of [resolutionYear, decisionYear]) {
        if (act === undefined) continue;
        assert.ok(year - act >= 0 && year - act <= 1, `${treaty.id} (${year}) is given the ${treaty.resolutionAnnex ? `resolution ${treaty.resolutionAnnex.value.resolution}` : `decision ${treaty.decision!.value.decision}`} of ${act}`);
        checked.push(treaty.id);
      }
    }
    assert.ok(checked.includes('iccpr') && checked.includes('paris-agreement'), checked.join(', '));
    // The Friendly Relations Declaration's title ends with the Charter's name: its footnote is the Declaration's.
    assert.equal(data.treaties.find((t) => t.id === 'un-charter')?.resolutionAnnex, undefined);
  });

  it('cites the texts by symbol, with their address, never by a local path', () => {
    for (const [id, source] of Object.entries(data.sources)) {
      assert.doesNotMatch(`${id} ${source.title} ${source.url ?? ''}`, /\.\.\/shared|\.md\b|\.txt\b/, id);
      if (source.kind === 'text' && source.url !== undefined) assert.equal(source.url, `https://undocs.org/${id}`);
      assert.equal(source.official, true, `${id}: the build uses official sources only`);
    }
  });

  it('keeps the ids entries had before, and gives each new Collection entry one from its reference', () => {
    const ids = new Set(data.treaties.map((t) => t.id));
    assert.equal(ids.size, data.treaties.length);
    for (const id of ['iccpr', 'icescr', 'crc', 'cedaw', 'cedaw-op', 'crpd', 'untoc', 'trafficking-protocol', 'uncac', 'unclos', 'paris-agreement', 'rome-statute']) assert.ok(ids.has(id), id);
    const byId = new Map(data.treaties.map((t) => [t.id, t]));
    assert.equal(byId.get('untc-xxvii-7-c')?.collection?.value.ref, 'XXVII-7-c');
    assert.equal(byId.get('trafficking-protocol')?.parent?.value, 'untoc');
  });

  it('carries the French and Spanish titles of the hand-kept facts into the table, each with the United Nations page or text it was read in', () => {
    const byRef = new Map(data.treaties.filter((t) => t.collection).map((t) => [t.collection!.value.ref, t]));
    const read: ReadonlyArray<readonly [string, number, string]> = [
      ['IV-1', 1, 'Convention pour la prévention et la répression du crime de génocide'],
      ['IV-2', 2, "Convention internationale sur l'élimination de toutes les formes de discrimination raciale"],
      ['IV-8', 7, "Convention sur l'élimination de toutes les formes de discrimination à l'égard des femmes"],
      ['IV-8-b', 8, "Protocole facultatif se rapportant à la Convention sur l'élimination de toutes les formes de discrimination à l'égard des femmes"],
      ['IV-9', 9, 'Convention contre la torture et autres peines ou traitements cruels, inhumains ou dégradants'],
      ['IV-11-b', 11, "Protocole facultatif à la Convention relative aux droits de l'enfant, concernant l'implication d'enfants dans les conflits armés"],
    ];
    for (const [ref, page, title] of read) {
      const treaty = byRef.get(ref);
      const french = treaty?.titles.fr;
      assert.ok(treaty && french, `${ref}: no French title`);
      assert.equal(french.value, title, ref);
      assert.ok(french.sources.includes(`un-millennium-law-${page} (fr)`), ref);
      const source = data.sources[`un-millennium-law-${page} (fr)`];
      assert.equal(source.url, `https://www.un.org/french/millenaire/law/${page}.htm`);
      assert.match(source.title, /French text: /);
      assert.equal(source.kind, 'page');
      // The English title stays the Collection's.
      assert.deepEqual(treaty.titles.en.sources[0], LISTING_SOURCE);
    }
    // Read in the French and Spanish texts of General Assembly resolutions, cited by their symbols.
    assert.deepEqual(byRef.get('IV-9')?.titles.fr?.sources, ['A/RES/59/182 (fr)', 'A/RES/65/205 (fr)', 'un-millennium-law-9 (fr)']);
    assert.deepEqual(byRef.get('IV-9')?.titles.es, { value: 'Convención contra la Tortura y Otros Tratos o Penas Crueles, Inhumanos o Degradantes', sources: ['A/RES/61/153 (es)'] });
    assert.deepEqual(byRef.get('XVIII-10')?.titles.fr, { value: 'Statut de Rome de la Cour pénale internationale', sources: ['A/RES/70/146 (fr)'] });
    assert.deepEqual(byRef.get('XVIII-10')?.titles.es, { value: 'Estatuto de Roma de la Corte Penal Internacional', sources: ['A/RES/70/146 (es)'] });
    assert.equal(byRef.get('IV-16')?.titles.fr?.value, 'Convention internationale pour la protection de toutes les personnes contre les disparitions forcées');
    assert.equal(byRef.get('IV-16')?.titles.es?.value, 'Convención Internacional para la Protección de Todas las Personas contra las Desapariciones Forzadas');
    for (const id of ['A/RES/61/153 (es)', 'A/RES/70/146 (es)', 'A/RES/70/146 (fr)']) {
      const [symbol, language] = id.slice(0, -1).split(' (');
      assert.equal(data.sources[id].url, `https://undocs.org/${language}/${symbol}`, id);
      assert.match(data.sources[id].title, language === 'fr' ? /, French text$/ : /, Spanish text$/, id);
    }
    // No source read gives the Spanish title of the Convention on discrimination against women: none is kept.
    assert.equal(byRef.get('IV-8')?.titles.es, undefined);
    // Read in the French text of a resolution, cited by its symbol beside the Spanish title the table had.
    assert.deepEqual(byRef.get('IV-15')?.titles.fr, { value: 'Convention relative aux droits des personnes handicapées', sources: ['A/RES/76/154 (fr)'] });
    assert.equal(data.sources['A/RES/76/154 (fr)'].url, 'https://undocs.org/fr/A/RES/76/154');
    assert.ok(byRef.get('IV-15')?.titles.es);
  });

  it('adds the treaties only the texts name at a Treaty Series mark, titled and cited as they print them', () => {
    const texts = sharedTexts();
    const citedOnly = data.treaties.filter((t) => !t.collection && t.titles.en.sources.every((s) => data.sources[s]?.kind === 'text'));
    assert.ok(citedOnly.length >= 20, `only ${citedOnly.length} treaties named by the texts alone`);
    for (const treaty of citedOnly) {
      // Each title is printed, as it stands, by every text given as its source.
      for (const source of treaty.titles.en.sources) {
        const printed = texts.get(source) ?? [];
        if (printed.length === 0) continue;
        assert.ok(printed.some((text) => text.replace(/\s+/g, ' ').includes(treaty.titles.en.value)), `${treaty.id}: ${source} does not print "${treaty.titles.en.value}"`);
      }
    }
    // Volume 993 holds the Covenant and CITES: the texts' citation goes to the treaty at the mark.
    const cites = data.treaties.find((t) => t.titles.en.value === 'Convention on International Trade in Endangered Species of Wild Fauna and Flora');
    assert.deepEqual(cites?.unts?.value, { volumes: [993], registrationNumber: 14537 });
    assert.equal(cites?.collection, undefined);
    assert.deepEqual(data.treaties.find((t) => t.titles.en.value === 'Antarctic Treaty')?.unts?.value, { volumes: [402], registrationNumber: 5778 });
    // A title that may be a Collection treaty written another way is reported, not added.
    assert.ok(!data.treaties.some((t) => t.titles.en.value === 'Agreement on the Privileges and Immunities of the Tribunal'));
    assert.match(report, /"Agreement on the Privileges and Immunities of the Tribunal" \([^)]*\): most of its words are in the title of XXI-8/);
    // The Collection's "WHO Framework Convention …" written out is another name of it.
    const fctc = data.treaties.find((t) => t.collection?.value.ref === 'IX-4') as (BuiltTreaty & { shortNames?: Array<Fact<string>> }) | undefined;
    assert.ok(fctc?.shortNames?.some((n) => n.value === 'World Health Organization Framework Convention on Tobacco Control'));
  });
});
