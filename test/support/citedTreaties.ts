import { blocks, OPENING } from './ruleFindings';

/** A preamble citing the Convention and its Trafficking Protocol, with the footnotes UN texts give them. */
export const CITED = blocks(
  OPENING,
  '*Recalling* the United Nations Convention against Transnational Organized Crime¹ and the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing the United Nations Convention against Transnational\nOrganized Crime,²',
  '*Bearing in mind* the Worst Forms of Child Labour Convention, 1999 (No. 182), and the CEDAW Committee,',
  '¹ United Nations, *Treaty Series*, vol. 2225, No. 39574.\n² *Ibid.*, vol. 2237, No. 39574.',
  '1. *Decides* to remain seized of the matter.',
);
