import { lintInSteps, parseResolution, type Finding, type ResolutionDocument, type RuleConfig, type RuleContext } from '../../server/src/core';
import type { Analyzer } from '../../server/src/lsp/documentAnalyses';

/** The core's parse and lint, counting every parse and every lint the server starts: what a test can only see from inside. */
export class CountingAnalyzer implements Analyzer {
  parses = 0;
  lints = 0;

  parse(text: string): ResolutionDocument {
    this.parses++;
    return parseResolution(text);
  }

  lintInSteps(model: ResolutionDocument, config: RuleConfig, context: RuleContext): Generator<void, Finding[]> {
    this.lints++;
    return lintInSteps(model, config, context);
  }
}
