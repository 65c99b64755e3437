/**
 * A Third Committee draft on birth registration, written for the folding and selection tests:
 * a masthead, a preamble with a footnote block after it, an operative paragraph with
 * sub-paragraphs first, and a footnote block at the end. Line numbers in the comments.
 */
export const BIRTH_REGISTRATION_LINES: readonly string[] = [
  'A/C.3/81/L.7', // 0
  'General Assembly', // 1
  'Distr.: Limited', // 2
  '2 November 2026', // 3
  'Original: English', // 4
  'Eighty-first session', // 5
  'Third Committee', // 6
  'Agenda item 70', // 7
  'Rights of the child', // 8
  'Chile and Norway: draft resolution', // 9
  'Birth registration', // 10
  '', // 11
  'The General Assembly,', // 12
  '', // 13
  '*Recalling* its resolution 79/158 of 17 December 2024,', // 14
  '', // 15
  '*Guided by* the Convention on the Rights of the Child,¹', // 16
  '', // 17
  '¹ United Nations, *Treaty Series*, vol. 1577, No. 27531.', // 18
  '', // 19
  '1. *Urges* States:', // 20
  '', // 21
  '(a) To register every child immediately after birth;', // 22
  '', // 23
  '(b) To make registration and the first birth certificate free of charge;²', // 24
  '', // 25
  '2. *Decides* to continue its consideration of the question at its eighty-third session.', // 26
  '', // 27
  '² See A/HRC/39/30.', // 28
  '³ Resolution 79/158, para. 3.', // 29
  '',
];
