#!/usr/bin/env node
// Measures unres on the official General Assembly texts in ../shared/official (or the folder given):
// texts refused (as `unres lint` refuses a file named on its command line), exceptions, and warnings and errors per adopted resolution and per draft, by rule.
// Needs `npm run build` first (it reads the core from out/).
//
//   node scripts/official-findings.mjs                 figures by rule
//   node scripts/official-findings.mjs --list UNR004   also every finding of UNR004 (or "all")
//   node scripts/official-findings.mjs --file a-res-80-243.md   every finding of one text
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const core = require(path.join(root, 'out/server/src/core/index.js'));

const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  return at >= 0 ? args.splice(at, 2)[1] : undefined;
};
const listRule = option('--list');
const onlyFile = option('--file');
const folder = path.resolve(args[0] ?? path.join(root, '..', 'shared', 'official'));

const files = fs.readdirSync(folder).filter((f) => f.endsWith('.md') && f !== 'README.md' && (!onlyFile || f === onlyFile)).sort();
const totals = { adopted: { texts: 0, findings: 0 }, draft: { texts: 0, findings: 0 } };
const byRule = new Map();
const refused = [];
const crashed = [];
const listed = [];

for (const file of files) {
  const text = fs.readFileSync(path.join(folder, file), 'utf8');
  const kind = /^a-res-/.test(file) ? 'adopted' : 'draft';
  totals[kind].texts++;
  let model;
  let findings;
  try {
    model = core.parseResolution(text);
    findings = core.lint(model);
  } catch (error) {
    crashed.push(`${file}: ${error.stack ?? error}`);
    continue;
  }
  if (!core.isUnitedNationsText(model)) refused.push(file);
  for (const f of findings) {
    const line = text.slice(0, f.span.start).split('\n').length;
    if (listRule === 'all' || listRule === f.ruleId || onlyFile) listed.push(`${file}:${line} ${f.severity} ${f.ruleId} ${f.message}`);
    if (f.severity !== 'warning' && f.severity !== 'error') continue;
    totals[kind].findings++;
    const counts = byRule.get(f.ruleId) ?? { adopted: 0, draft: 0 };
    counts[kind]++;
    byRule.set(f.ruleId, counts);
  }
}

for (const line of listed) console.log(line);
if (listed.length) console.log('');
const per = (k) => (totals[k].texts ? (totals[k].findings / totals[k].texts).toFixed(3) : '-');
console.log(`${files.length} texts in ${folder}`);
console.log(`refused (not a resolution): ${refused.length}${refused.length ? ` (${refused.join(', ')})` : ''}`);
console.log(`exceptions: ${crashed.length}`);
for (const c of crashed) console.log(`  ${c}`);
console.log(`adopted: ${totals.adopted.texts} texts, ${totals.adopted.findings} warnings and errors, ${per('adopted')} a text (target 0.1)`);
console.log(`draft:   ${totals.draft.texts} texts, ${totals.draft.findings} warnings and errors, ${per('draft')} a text (target 0.5)`);
for (const [rule, c] of [...byRule].sort()) console.log(`  ${rule}  adopted ${String(c.adopted).padStart(4)}  draft ${String(c.draft).padStart(4)}`);
