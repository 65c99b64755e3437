import type { Severity } from './findings';
import type { Rule, RuleOptions } from './rules/rule';

/** How one rule, alias or tag is configured: off, a severity, or a severity with options. */
export type RuleSetting = 'off' | Severity | { readonly severity?: 'off' | Severity; readonly options?: RuleOptions };

/**
 * Rule configuration, as `.unres.json` and the editor settings give it: keys are rule ids
 * ("UNR001"), aliases ("operative-numbering") or tags ("numbering").
 */
export type RuleConfig = Readonly<Record<string, RuleSetting>>;

/** A rule as it runs: its severity (or off) and its options. */
export interface ResolvedRule {
  readonly rule: Rule;
  readonly severity: 'off' | Severity;
  readonly options: RuleOptions;
}

const SEVERITIES: ReadonlySet<string> = new Set(['off', 'error', 'warning', 'information', 'hint']);

/** Whether a value is a rule setting the configuration accepts. */
export function isRuleSetting(value: unknown): value is RuleSetting {
  if (typeof value === 'string') return SEVERITIES.has(value);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { severity, options } = value as { severity?: unknown; options?: unknown };
  return (severity === undefined || (typeof severity === 'string' && SEVERITIES.has(severity))) && (options === undefined || (typeof options === 'object' && options !== null && !Array.isArray(options)));
}

/**
 * The severity and options a rule runs with. A tag applies first, then the alias, then the id, so
 * the most specific key wins; options start from the defaults the rule declares.
 */
export function resolveRule(rule: Rule, config: RuleConfig): ResolvedRule {
  let severity: 'off' | Severity = rule.defaultSeverity;
  const options: Record<string, unknown> = {};
  for (const option of rule.options) options[option.name] = option.default;
  const keys = [...rule.tags, rule.alias, rule.id];
  for (const key of keys) {
    const setting = config[key];
    if (setting === undefined || !isRuleSetting(setting)) continue;
    if (typeof setting === 'string') {
      severity = setting;
    } else {
      if (setting.severity) severity = setting.severity;
      Object.assign(options, setting.options);
    }
  }
  return { rule, severity, options };
}
