/**
 * The line that stands for the sponsor line of a draft no State sponsors: "Draft resolution
 * submitted by the Chair", "Draft decision submitted by the Vice-Chair of the Committee, Name
 * (Country), on the basis of informal consultations on draft resolution A/C.2/80/L.33"
 * (A/C.5/80/L.22, A/C.2/80/L.46, A/80/L.5). The office that submits it comes first; what it rests
 * on ("on the basis of informal consultations …", "on the recommendation of the Economic and
 * Social Council", "following informal consultations") after it.
 */
const SUBMITTED_DRAFT = /^((?:Revised )?[Dd]raft (?:resolution|decision)) submitted by (.+?)\**$/;
/** Where the basis begins: "…, on the basis of" (A/C.2/80/L.45), " on the recommendation of" (A/C.3/80/L.8), " following" (A/C.5/80/L.11). */
const BASIS_START = /,? (?=(?:on|following) )/;

/** The parts of a "submitted by" line, as offsets into its plain text. */
export interface SubmittedDraftLine {
  readonly kind: readonly [number, number];
  readonly submittedBy: readonly [number, number];
  readonly basis?: readonly [number, number];
}

/** Reads a masthead line (markup removed) as a "Draft resolution submitted by …" line. */
export function readSubmittedDraftLine(plain: string): SubmittedDraftLine | undefined {
  const m = SUBMITTED_DRAFT.exec(plain);
  if (!m) return undefined;
  const byStart = m[1].length + ' submitted by '.length;
  const byEnd = byStart + m[2].length;
  const who = m[2];
  const split = BASIS_START.exec(who);
  if (!split || split.index === 0) return { kind: [0, m[1].length], submittedBy: [byStart, byEnd] };
  const basisStart = byStart + split.index + split[0].length;
  return { kind: [0, m[1].length], submittedBy: [byStart, byStart + split.index], basis: [basisStart, byEnd] };
}
