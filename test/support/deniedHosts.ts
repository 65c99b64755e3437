// Where a fact or a word list may not come from, for the tests that check the sources of the data
// files (treaty facts, language vocabularies).

/** Encyclopedias, their copies and forks, and document mills: never a source. */
export const DENIED_HOSTS: readonly string[] = [
  'wikipedia.org',
  'wikimedia.org',
  'wikisource.org',
  'wikiwand.com',
  'wikimili.com',
  'infogalactic.com',
  'enwikipedia.net',
  '123dok.com',
  '123dok.net',
  'everything.explained.today',
  'sagapedia.com',
  'pinocchiopedia.com',
  'eudic.net',
  'study.space',
  'richxsearch.com',
  'clateway.com',
  'worddisk.com',
  'kiwix.lema.org',
  'wiki.gravy.cc',
  'theinfolist.com',
  'fastly.net',
  'doczz.net',
  'studylib.net',
  'studylib.es',
  'studylibfr.com',
  'docplayer.es',
  'docplayer.fr',
  'docslib.org',
  'scribd.com',
  'pdfslide.net',
  'pdfslide.us',
  'vdocuments.us',
  'vdocuments.fr',
  'fdocuments.in',
  'fdocuments.es',
  'mydokument.com',
  'issuu.com',
  'stringtranslate.com',
];

/** The denied host a host name is, or is a subdomain of, if any. */
export function deniedHost(hostname: string): string | undefined {
  const host = hostname.toLowerCase();
  return DENIED_HOSTS.find((denied) => host === denied || host.endsWith(`.${denied}`));
}
