/**
 * The warnings and errors unres raises on the official texts of ../shared/official, every one
 * written down: a real defect of the text (what an editor would change) or a known limit of unres
 * (why it is not read right yet). The test fails on any other finding and on any that is gone.
 */
export interface ExpectedOfficialFinding {
  /** The file in ../shared/official. */
  readonly file: string;
  readonly rule: string;
  /** 1-based line of the finding's start. */
  readonly line: number;
  /** Words on that line, as printed, that the finding is about. */
  readonly quote: string;
  readonly kind: 'defect' | 'limit';
  readonly why: string;
}

export const OFFICIAL_FINDINGS: readonly ExpectedOfficialFinding[] = [
  { file: 'a-80-l-22.md', line: 1286, rule: 'UNR040', quote: 'resolution 78/69 of 5 December 2024', kind: 'defect', why: '78/69 was adopted on 5 December 2023 (A/RES/78/69 in this folder bears that date); a date in December 2024 falls in the seventy-ninth session, not the seventy-eighth.' },
  { file: 'a-c-2-80-l-15.md', line: 53, rule: 'UNR002', quote: '*Reiterates its appreciation*', kind: 'defect', why: 'A preambular paragraph (it ends with a comma, before operative paragraph 1) opens with the operative form "Reiterates"; the preamble\'s form is "Reiterating".' },
  { file: 'a-c-2-80-l-45.md', line: 153, rule: 'UNR008', quote: 'climate-resilient societies,', kind: 'defect', why: 'Operative paragraph 16 ends with a comma before paragraph 17; operative paragraphs end with a semicolon (the adopted A/RES/80/141 keeps the slip, see below).' },
  { file: 'a-c-2-80-l-5.md', line: 347, rule: 'UNR008', quote: 'Least Developed Countries.”', kind: 'defect', why: 'The last operative paragraph ends with a quotation: the full stop of the paragraph goes outside the closing quotation mark.' },
  { file: 'a-c-2-80-l-50.md', line: 109, rule: 'UNR008', quote: 'was highlighted,', kind: 'defect', why: 'Operative paragraph 3 ends with a comma before paragraph 4; operative paragraphs end with a semicolon.' },
  { file: 'a-c-2-80-l-50.md', line: 147, rule: 'UNR004', quote: '18. Commends the secretariat', kind: 'defect', why: 'The verb of paragraph 18 is in roman while every other operative verb of the draft is in italics.' },
  { file: 'a-c-3-80-l-29.md', line: 189, rule: 'UNR008', quote: 'second²⁴, third', kind: 'defect', why: 'The footnote mark stands before the comma; the text\'s other marks in the same list ("first,²³") come after it.' },
  { file: 'a-res-78-13.md', line: 41, rule: 'UNR024', quote: '² A/57/759-S/2003/332, annex I', kind: 'defect', why: 'The footnote has no full stop, unlike the other footnotes of the resolution.' },
  { file: 'a-res-78-196.md', line: 30, rule: 'UNR008', quote: '2021⁷, 51/11', kind: 'defect', why: 'The footnote mark stands before the comma; in the same list the other marks follow it ("2023,⁹").' },
  { file: 'a-res-78-225.md', line: 26, rule: 'UNR003', quote: '*Reaffirming* its resolution 70/1', kind: 'defect', why: 'The text goes from its title to the first preambular paragraph without "The General Assembly,"; every adopted resolution has it (either the text or its conversion from the PDF lost it).' },
  { file: 'a-res-78-248.md', line: 28, rule: 'UNR040', quote: '72/256 of 24 December 2107', kind: 'defect', why: 'A typing slip for 24 December 2017 (the seventy-second session); 2107 cannot be the date of any resolution.' },
  { file: 'a-res-78-270.md', line: 66, rule: 'UNR040', quote: '55/56 of 1 December 2001', kind: 'defect', why: '1 December 2001 falls in the fifty-sixth session; resolution 55/56 belongs to the fifty-fifth (September 2000 to September 2001), so the date cited is wrong.' },
  { file: 'a-res-78-276.md', line: 28, rule: 'UNR040', quote: '73/287 of 15 April 2018', kind: 'defect', why: 'The seventy-third session opened in September 2018, so no resolution 73/… can be of 15 April 2018 (the year is a slip).' },
  { file: 'a-res-78-314.md', line: 79, rule: 'UNR024', quote: 'vol. 1771, No. 30822', kind: 'defect', why: 'The *Treaty Series* footnote has no full stop, unlike the other footnotes of the resolution.' },
  { file: 'a-res-78-319.md', line: 76, rule: 'UNR008', quote: 'should be as follows;', kind: 'defect', why: 'The paragraph introduces sub-paragraphs (a), (b) …: its opening words end with a colon, not a semicolon.' },
  { file: 'a-res-78-39.md', line: 88, rule: 'UNR025', quote: '⁷ Ibid., vol. 1833, No. 31363.', kind: 'defect', why: 'Footnote 6 before it is "NPT/CONF.2020/16 and NPT/CONF.2015/23.", so "Ibid." repeats the wrong source; the editor writes "United Nations, *Treaty Series*, vol. 1833, No. 31363."' },
  { file: 'a-res-78-5.md', line: 69, rule: 'UNR024', quote: '⁷ Resolution 73/2', kind: 'defect', why: 'The footnote has no full stop, unlike the other footnotes of the resolution.' },
  { file: 'a-res-78-8.md', line: 28, rule: 'UNR008', quote: 'Agency for 2022¹', kind: 'defect', why: 'The preambular paragraph has no closing comma before its footnote mark.' },
  { file: 'a-res-79-160.md', line: 164, rule: 'UNR001', quote: '26 *Condemns without reservation*', kind: 'defect', why: 'The paragraph number 26 has no full stop, so it is not read as a number ("26.").' },
  { file: 'a-res-79-160.md', line: 166, rule: 'UNR001', quote: '27 *Affirms its deep commitment*', kind: 'defect', why: 'The paragraph number 27 has no full stop, as 26 before it.' },
  { file: 'a-res-79-160.md', line: 168, rule: 'UNR001', quote: '28. *Recalls*', kind: 'defect', why: 'The same slip seen from paragraph 28: with 26 and 27 unread as numbers, 28 follows 25. It goes once the two full stops are added.' },
  { file: 'a-res-79-161.md', line: 43, rule: 'UNR008', quote: 'their recurrence prevented;', kind: 'defect', why: 'A preambular paragraph ends with a semicolon; preambular paragraphs end with a comma.' },
  { file: 'a-res-79-183.md', line: 110, rule: 'UNR004', quote: '18. *Urge*s', kind: 'defect', why: 'The italics stop inside the word "Urges": the editor italicises the whole verb.' },
  { file: 'a-res-79-196.md', line: 155, rule: 'UNR004', quote: '10. *Remains* concerned', kind: 'defect', why: '"Remains concerned" is one phrase; the other openers with it in the official texts italicise it whole ("*Remains concerned*", "*Remains deeply concerned*").' },
  { file: 'a-res-79-222.md', line: 61, rule: 'UNR024', quote: 'decision 1/CP.21', kind: 'defect', why: 'The footnote has no full stop, unlike the other footnotes of the resolution.' },
  { file: 'a-res-79-222.md', line: 103, rule: 'UNR024', quote: '¹⁴ IDB.48/16/Rev.1', kind: 'defect', why: 'The footnote has no full stop, unlike the other footnotes of the resolution.' },
  { file: 'a-res-79-236.md', line: 135, rule: 'UNR002', quote: '14. *Looking forward*', kind: 'defect', why: 'A numbered operative paragraph opens with the preambular participle; the operative form is "Looks forward".' },
  { file: 'a-res-80-138.md', line: 105, rule: 'UNR008', quote: 'third replenishment of the Fund;', kind: 'defect', why: 'A preambular paragraph ends with a semicolon; preambular paragraphs end with a comma.' },
  { file: 'a-res-80-141.md', line: 153, rule: 'UNR008', quote: 'climate-resilient societies,', kind: 'defect', why: 'Operative paragraph 16 ends with a comma before paragraph 17; operative paragraphs end with a semicolon (the slip of the draft A/C.2/80/L.45, kept).' },
  { file: 'a-res-80-243.md', line: 606, rule: 'UNR008', quote: 'its resolution 79/258 A;', kind: 'defect', why: 'A preambular paragraph of a section ends with a semicolon; preambular paragraphs end with a comma.' },
];

/** The parse problems (UNR000, information) unres reports on the official texts, each with its reason. */
export const OFFICIAL_PARSE_PROBLEMS: readonly ExpectedOfficialFinding[] = [
  { file: 'a-c-3-80-l-1.md', line: 20, rule: 'UNR000', quote: 'Organization of the work of the Third Committee', kind: 'limit', why: 'A note by the Secretariat on the organization of work (its title line) is no resolution: unres says so once and checks only its footnotes and citations.' },
  { file: 'a-c-4-80-l-1.md', line: 22, rule: 'UNR000', quote: 'Organization of work', kind: 'limit', why: 'A note by the Chair of the Committee is no resolution: unres says so once and checks only its footnotes and citations.' },
  { file: 'a-c-5-80-l-1.md', line: 21, rule: 'UNR000', quote: 'Status of preparedness of documentation', kind: 'limit', why: 'A note by the Secretariat under the masthead is no resolution: unres says so once and checks only its footnotes and citations.' },
  { file: 'a-res-80-74.md', line: 16, rule: 'UNR000', quote: '3', kind: 'defect', why: 'A stray "3" between the date and the session in the masthead, left by the conversion of the PDF: no masthead line reads so.' },
];
