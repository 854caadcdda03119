/* sphinx-briefing: search ranks the reader's pages (articles, then entity pages, topics and
 * notes) above the editors' pages that quote the same names. Sphinx's own weights otherwise. */
var Scorer = {
  score: (result) => {
    const [docname, , , , score] = result;
    const boost = BRIEFING_READER_BOOSTS.find(([prefix]) => docname.startsWith(prefix));
    return score + (boost ? boost[1] : 0);
  },
  objNameMatch: 11,
  objPartialMatch: 6,
  objPrio: { 0: 15, 1: 5, 2: -5 },
  objPrioDefault: 0,
  title: 15,
  partialTitle: 7,
  term: 5,
  partialTerm: 2,
};
