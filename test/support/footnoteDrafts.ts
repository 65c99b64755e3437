import { parseResolution } from '../../server/src/core';
import { blocks, OPENING } from './ruleFindings';

/** The footnote definitions of a text as "number text" lines, in printed order. */
export function definitions(text: string): string[] {
  const doc = parseResolution(text);
  return doc.footnoteDefinitions.map((d) => `${d.label} ${text.slice(d.content.start, d.content.end)}`);
}

/** A draft whose footnotes are right: marks after punctuation, numbered in reading order. */
export const CLEAN = blocks(
  OPENING,
  '*Recalling* the United Nations Convention against Transnational Organized Crime,¹ and the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children,²',
  '*Reaffirming* the 2030 Agenda for Sustainable Development,³',
  '¹ United Nations, *Treaty Series*, vol. 2225, No. 39574.\n² *Ibid.*, vol. 2237, No. 39574.\n³ Resolution 70/1.',
  '1. *Requests* the Secretary-General to submit a report on the implementation of the present resolution.',
);
