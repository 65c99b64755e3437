import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runUnres } from './runUnres';

/*
 * French and Spanish drafts that open their paragraphs with phrases read in official texts of
 * those languages (data/languages/french.ts and spanish.ts): `unres lint` must not call any of
 * them an unknown preambular phrase (UNR005) or operative phrase (UNR002). Each draft is then
 * given one paragraph whose verb no official text uses, and that one must be reported, so the
 * first assertion cannot pass because the vocabulary rules stayed silent.
 */

/** A Security Council draft on a mission's mandate, in French; masculine agreement for the Council. */
const FRENCH_COUNCIL_DRAFT = [
  'Le Conseil de sécurité,',
  '',
  '*Rappelant* ses résolutions antérieures sur la situation dans la région des Grands Lacs,',
  '',
  "*Réaffirmant* son ferme attachement à la souveraineté et à l'intégrité territoriale des États de la région,",
  '',
  '*Vivement préoccupé par* les déplacements de population qui ont suivi les crues de la saison dernière,',
  '',
  "*Se félicitant de* l'accord conclu entre les autorités locales et les organismes humanitaires,",
  '',
  '1. *Condamne* les attaques commises contre les convois qui acheminent des vivres aux personnes déplacées ;',
  '',
  "2. *Décide* de proroger jusqu'au 31 mars 2027 le mandat de la mission d'observation ;",
  '',
  '3. *Décide également* que la mission accordera une attention particulière à la protection des enfants ;',
  '',
  '4. *Encourage* les États voisins à faciliter le retour volontaire des personnes déplacées ;',
  '',
  '5. *Prie* le Secrétaire général de lui faire rapport tous les trois mois sur la situation ;',
  '',
  '6. *Décide en outre* de rester saisi de la question.',
  '',
].join('\n');

/** A General Assembly draft on schooling for girls, in French; feminine agreement for the Assembly. */
const FRENCH_ASSEMBLY_DRAFT = [
  "L'Assemblée générale,",
  '',
  "*Rappelant* ses résolutions sur la fille et sur le droit à l'éducation,",
  '',
  "*Prenant note avec intérêt* du rapport du Secrétaire général sur l'accès des filles à l'enseignement secondaire,",
  '',
  "*Profondément préoccupée par* le nombre de filles qui quittent l'école avant la fin du cycle primaire,",
  '',
  "*Considérant* que l'éducation des filles contribue au développement durable,",
  '',
  '1. *Prend note* des progrès accomplis depuis sa précédente résolution ;',
  '',
  '2. *Demande* aux États de supprimer les frais de scolarité dans le primaire ;',
  '',
  '3. *Demande également* aux États de recueillir des données ventilées par sexe et par âge ;',
  '',
  "4. *Prie* le Secrétaire général de lui présenter un rapport à sa quatre-vingt-deuxième session.",
  '',
].join('\n');

/** A General Assembly draft on coastal wetlands, in Spanish; feminine agreement for the Assembly. */
const SPANISH_ASSEMBLY_DRAFT = [
  'La Asamblea General,',
  '',
  '*Recordando* sus resoluciones anteriores sobre la protección de los humedales costeros,',
  '',
  '*Reafirmando* la importancia de los humedales para las comunidades pesqueras,',
  '',
  '*Profundamente preocupada por* la pérdida de manglares en muchas regiones,',
  '',
  '*Tomando nota con aprecio* del informe del Secretario General sobre los ecosistemas costeros,',
  '',
  '*Reconociendo* la labor de las comunidades locales en la restauración de los manglares,',
  '',
  '*Teniendo presente* que los manglares protegen las costas de las tormentas,',
  '',
  '1. *Aprueba* el plan de trabajo que figura en el anexo de la presente resolución;',
  '',
  '2. *Hace suya* la recomendación del informe de crear una red regional de zonas costeras protegidas;',
  '',
  '3. *Toma nota* de los planes nacionales de restauración presentados por los Estados ribereños.',
  '',
].join('\n');

/** The codes of a lint run's findings, one per line of output, as "file:line code". */
function findings(stdout: string): string[] {
  return stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      const [place, , code] = line.split(' ');
      return `${place.replace(/:\d+$/, '')} ${code}`;
    });
}

const VOCABULARY_CODES = ['UNR002', 'UNR005'];

describe('unres lint on French and Spanish drafts written with the sourced vocabularies', () => {
  let dir: string;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unres-languages-'));
  });

  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const drafts: readonly (readonly [string, string, string, string, string])[] = [
    // name, draft, a paragraph whose opening verb no official text read so far uses, a paragraph with a slip in a listed verb, the verb it means
    ['mission.unres', FRENCH_COUNCIL_DRAFT, '7. *Ordonne* aux parties de cesser les hostilités ;', '7. *Décidee* de rester saisi de la question ;', 'Décide'],
    ['filles.unres', FRENCH_ASSEMBLY_DRAFT, "5. *Ordonne* aux États d'ouvrir des écoles ;", "5. *Condamnee* les attaques contre les écoles ;", 'Condamne'],
    ['humedales.unres', SPANISH_ASSEMBLY_DRAFT, '4. *Ordena* a los Estados que protejan los humedales.', '4. *Apruebaa* el plan de acción para los humedales.', 'Aprueba'],
  ];

  /** The draft with one more operative paragraph at its end; the old last one then ends with ";". */
  function withParagraph(draft: string, paragraph: string): { text: string; line: number } {
    const lines = draft.trimEnd().split('\n');
    lines[lines.length - 1] = lines[lines.length - 1].replace(/\.$/, ';');
    return { text: [...lines, '', paragraph, ''].join('\n'), line: lines.length + 2 };
  }

  for (const [name, draft, unknownParagraph, slipParagraph, meant] of drafts) {
    it(`finds no unknown opening phrase in ${name}`, () => {
      fs.writeFileSync(path.join(dir, name), draft);
      const run = runUnres(['lint', name], dir);
      assert.equal(run.stderr, '');
      assert.deepEqual(
        findings(run.stdout).filter((f) => VOCABULARY_CODES.some((code) => f.endsWith(code))),
        [],
        run.stdout,
      );
    });

    it(`leaves a verb the lists do not hold yet alone in ${name}, and reports a slip of one letter in a listed verb`, () => {
      // The French and Spanish lists hold only the phrases read in official texts so far: a verb outside them may be right.
      const unknown = withParagraph(draft, unknownParagraph);
      fs.writeFileSync(path.join(dir, name), unknown.text);
      const quiet = runUnres(['lint', name], dir);
      assert.ok(!quiet.stdout.split('\n').some((line) => line.startsWith(`${name}:${unknown.line}:`) && line.includes(' UNR002 ')), quiet.stdout);
      const slip = withParagraph(draft, slipParagraph);
      fs.writeFileSync(path.join(dir, name), slip.text);
      const run = runUnres(['lint', name], dir);
      assert.ok(
        run.stdout.split('\n').some((line) => line.startsWith(`${name}:${slip.line}:`) && line.includes(' UNR002 ') && line.includes(`did you mean "${meant}"`)),
        run.stdout,
      );
    });
  }
});
