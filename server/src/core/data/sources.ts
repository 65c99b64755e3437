/**
 * The sources that the entries of unres's data files cite, by tag. An entry's `sources` lists
 * the tags of every source it was found in; the weaker the sources, the gentler the rules that
 * rely on the entry (a phrase seen only in Model UN guides is never reason for an error).
 */
export interface Source {
  readonly tag: SourceTag;
  readonly title: string;
  readonly reference: string;
  /** A: a UN authority states it; O: observed in official UN text; S: secondary source. */
  readonly confidence: 'A' | 'O' | 'S';
}

export type SourceTag = 'EM' | 'AKN4UN' | 'SAMPLES' | 'CORPUS' | 'OFFICIAL' | 'OFFICIAL_LANGUAGES' | 'UNF' | 'HF' | 'MUN' | 'MUNIFY' | 'UNMEMBERS';

export const SOURCES: Readonly<Record<SourceTag, Source>> = {
  EM: {
    tag: 'EM',
    title: 'United Nations Editorial Manual, "Resolutions and decisions: drafting and editing"',
    reference: 'https://www.un.org/dgacm/en/content/editorial-manual/res-dec-draft-edit',
    confidence: 'A',
  },
  AKN4UN: {
    tag: 'AKN4UN',
    title: 'AKN4UN guidelines (Akoma Ntoso for the United Nations system), General Assembly resolutions',
    reference: 'https://unsceb-hlcm.github.io/part3_ga/index-1.html',
    confidence: 'A',
  },
  SAMPLES: {
    tag: 'SAMPLES',
    title: 'General Assembly resolution 78/228 and the revised Third Committee draft "Trafficking in women and girls" (seventy-ninth session)',
    reference: 'A/RES/78/228; Third Committee revised draft of 13 November 2024 (agenda item 27)',
    confidence: 'O',
  },
  CORPUS: {
    tag: 'CORPUS',
    title: 'Twenty-five official General Assembly resolutions and L. drafts of the 78th to 80th sessions',
    reference: 'A/RES/80/6, A/RES/79/15, A/RES/79/118, A/RES/79/122, A/RES/79/165, A/RES/79/86, A/RES/79/203, A/RES/79/246, A/RES/79/10, A/RES/78/171, A/RES/78/192, A/RES/78/197, A/RES/78/220, A/C.3/80/L.20, A/C.3/80/L.27, A/C.3/80/L.42, A/C.3/80/L.21, A/C.1/80/L.40, A/C.1/80/L.29, A/C.2/80/L.16, A/C.4/80/L.9, A/C.6/80/L.14, A/C.6/80/L.11, A/80/L.11, A/80/L.10',
    confidence: 'O',
  },
  OFFICIAL: {
    tag: 'OFFICIAL',
    title: 'General Assembly resolutions and draft resolutions of the seventy-eighth to eightieth sessions (579 texts converted from the official PDFs)',
    reference: 'the symbol given with each entry (an official text that uses it); the text is at https://docs.un.org/en/ followed by the symbol',
    confidence: 'O',
  },
  OFFICIAL_LANGUAGES: {
    tag: 'OFFICIAL_LANGUAGES',
    title: 'Official United Nations texts in French and Spanish',
    reference: 'the symbol and address given with each entry of data/languages/ (an official text in that language that uses it)',
    confidence: 'O',
  },
  UNF: {
    tag: 'UNF',
    title: 'Verb lexicon mined from the UN Digital Library full texts (categories, force, modifiers)',
    reference: 'github.com/un-fck/digitallibrary.unfck.org, python/fulltext_verbs.py (commit ff237b8)',
    confidence: 'O',
  },
  HF: {
    tag: 'HF',
    title: 'United Nations General Assembly text in public parallel corpora (UN GA, MultiUN)',
    reference: 'Helsinki-NLP/un_ga and Helsinki-NLP/multiun data sets',
    confidence: 'O',
  },
  MUN: {
    tag: 'MUN',
    title: 'Model United Nations clause lists (Valdosta State, Columbus State, ILMUNC resolution kit)',
    reference: 'ww2.valdosta.edu/vsu/stuorg/modelun/Clauses.htm; politicalscience.columbusstate.edu/mun/preambulatoryclauses.php',
    confidence: 'S',
  },
  MUNIFY: {
    tag: 'MUNIFY',
    title: 'munify resolution editor phrase lists (Deutsche Model United Nations)',
    reference: 'github.com/DeutscheModelUnitedNations/munify-resolution-editor, src/lib/phrases/en-operative.ts, en-preamble.ts',
    confidence: 'S',
  },
  UNMEMBERS: {
    tag: 'UNMEMBERS',
    title: 'United Nations, Member States (short names as UNTERM gives them)',
    reference: 'https://www.un.org/en/about-us/member-states',
    confidence: 'A',
  },
};
