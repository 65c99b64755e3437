export { completionsAt } from './completions';
export type { CompletionItem, CompletionKind } from './completionItem';
export { documentSession, sessionOrdinal, sessionFromOrdinal, type DocumentSession } from './sessions';
