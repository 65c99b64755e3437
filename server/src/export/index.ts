/**
 * Writing drafts as Word documents (.docx). Pure, like the Word reader: the command line, the
 * language server and a browser can all call it.
 */
export { writeResolutionDocx } from './docxWriter';
export { STYLES as WORD_STYLES, FONT as WORD_FONT } from './wordStyles';
