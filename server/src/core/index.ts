/**
 * The analysis core of unres: pure functions over the text of a resolution. No editor, no file
 * system, no Node built-ins: the LSP server, the command line and the tests are thin hosts of it.
 */
export * from './model';
export type { Finding, Fix, Severity, TextEdit } from './findings';
export { LineIndex, type Position } from './lineIndex';
export { parseResolution, isResolution, isUnitedNationsText } from './parse/parseResolution';
export { withoutFencedCode, standsAsDraft, isDraftText } from './parse/draftDetection';
export type { ParseOptions } from './parse/parseResolution';
export { LANGUAGES, LANGUAGE_NAMES, readLanguage, isLanguage, type Language } from './language/languages';
export { detectLanguage, type DocumentLanguage, type LanguageBasis } from './language/detectLanguage';
export { lint, lintInSteps, applyEdits, firstFixEdits, fixText, MAX_FIX_PASSES, PARSE_PROBLEM_RULE_ID } from './lint';
export { suppressionEdit, type SuppressionReach } from './suppression';
export {
  resolveRule,
  isRuleSetting,
  checkRuleSettings,
  readProjectConfig,
  checkLanguage,
  layerRuleConfigs,
  rulesNamedBy,
  checkVocabulary,
  mergeRuleConfigs,
  VOCABULARY_RULES,
  PROJECT_CONFIG_FILE_NAME,
  type RuleConfig,
  type RuleSetting,
  type ResolvedRule,
  type ConfigProblem,
  type CheckedRuleConfig,
  type CheckedProjectConfig,
} from './config';
export { EXTRA_PHRASES_OPTION, checkPhraseList, opensWithExtraPhrase, extraPhrasesOf } from './phrasing/extraPhrases';
export { readJson, jsonValueOffset, type JsonReadResult, type JsonPath } from './jsonText';
export { RULES, type Rule, type RuleOption, type RuleOptions, type RuleReport } from './rules';
export { renumberParagraphs, paragraphReferences, type ParagraphReference } from './edit/renumber';
export { outline, type OutlineItem } from './outline';
export * from './data/treaties';
export { ordinalWords, parseOrdinal, MAX_ORDINAL } from './symbols/ordinals';
export { gaSessionSpan, parseDate, type CalendarDate, type SessionSpan } from './symbols/sessions';
export { parseDateIn, datePattern } from './language/dates';
export { parseUnSymbol, resolutionSymbol, undocsUrl, type UnSymbol, type SymbolSession } from './symbols/unSymbols';
export { citedSymbols, symbolAt, assemblySession, type SymbolMention, type SessionMention, type CitedSymbols } from './symbols/symbolMentions';
export { describeSymbol, describeMention, descriptionMarkdown, descriptionFacts, describeCitations, symbolHover, symbolLinks, type SymbolDescription } from './symbols/describe';
export { treatyMentions, treatyAt, treatyMentionsInText, type TreatyMention } from './treaties/treatyMentions';
export { BUNDLED_TREATY_TABLE, createTreatyTable, childrenOf, factSources, type TreatyTable } from './treaties/treatyTable';
export { treatyHover, treatyMarkdown, treatyFactLines, sourcesOf, sourcesLine, titleNotKnown, formatDate, untcLink, untcPageLanguage, isProtocol, UNKNOWN, type TreatyHover, type TreatyFactLine } from './treaties/treatyHover';
export { DEFAULT_RULE_CONTEXT, type RuleContext } from './rules/rule';
export { treatyFootnotes, treatyNamedAtMark, treatyNameBefore, unitTextBefore, endsLongerTitle, resolvedTreatySeriesCitation, resolutionAnnexOf, type TreatyFootnote, type UnmatchedReason, type ResolutionAnnexCitation, type ResolvedTreatySeriesCitation } from './treaties/treatyFootnotes';
export { treatyCitationInsertion, citableTreaties, type CitableTreaty, type TreatyCitationInsertion } from './treaties/insertTreatyCitation';
export { WORKSPACE_TREATIES_FILE, readTreatyData, treatyDataMessage, treatyTableWith, withTreatyData, type TreatyDataProblem, type TreatyDataResult } from './treaties/workspaceTreaties';
export { lookup, citedVolumesAndNumber, type LookupResult, type TreatyLookupResult, type SymbolLookupResult, type TreatyMatch, type LookupData } from './lookup/lookup';
export { footnoteIndex, ibidOf, type FootnoteEntry, type FootnoteIndex, type IbidMark } from './footnotes/footnoteIndex';
export { renumberFootnotes, insertFootnote, footnoteMark, type FootnoteInsertion } from './footnotes/renumberFootnotes';
export { renameFootnote, footnoteAt, ibidSource, MAX_IBID_CHAIN, type FootnoteAtOffset } from './footnotes/renameFootnote';
export { completionsAt, documentSession, sessionOrdinal, sessionFromOrdinal, type CompletionItem, type CompletionKind, type DocumentSession } from './completion';
export { MEMBER_STATE_NAMES, OBSERVER_STATE_NAMES } from './data/memberStates';
export { semanticTokens, type SemanticToken, type SemanticTokenType } from './semanticTokens';
export { documentStatistics, countProblems, type DocumentStatistics } from './statistics';
export { foldingRegions, selectionSpans, type FoldingRegion } from './structureRanges';
export { compareVersions, type VersionComparison, type VersionDifference, type DifferenceSide, type DifferenceKind } from './compare/compareVersions';
