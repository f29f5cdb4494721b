import { stems } from '../text/tokens';

/**
 * Event words that writers use for one another. A fact lists the words its source
 * uses and some paraphrases; these groups add the rest, so that "took shape" finds
 * a fact about what was "founded" without every fact base spelling it out.
 */
const GROUPS: string[][] = [
  ['founded', 'established', 'created', 'formed', 'launched', 'set up', 'took shape', 'came into being', 'came into existence', 'emerged', 'inaugurated', 'introduced', 'unveiled', 'born'],
  ['signed', 'concluded', 'inked', 'adopted', 'agreed', 'endorsed', 'ratified'],
  ['visit', 'visited', 'trip', 'travelled', 'traveled', 'went to', 'journey', 'tour', 'flew'],
  ['met', 'meeting', 'talks', 'held talks', 'received', 'hosted', 'sat down', 'summit'],
  ['resigned', 'stepped down', 'quit', 'left office', 'resignation', 'stood down'],
  ['sworn', 'oath', 'inauguration', 'took office', 'assumed office', 'inaugurated'],
  ['renamed', 'rebranded', 'became', 'turned into', 'transformed'],
  ['joined', 'acceded', 'accession', 'entered', 'became a member'],
  ['war', 'invasion', 'invaded', 'conflict', 'hostilities', 'attack'],
  ['began', 'started', 'start', 'outbreak', 'broke out', 'commencement', 'opened'],
  ['withdrew', 'withdrawal', 'pulled out', 'retreat', 'exit', 'left'],
  ['collapsed', 'collapse', 'dissolution', 'dissolved', 'fell', 'fall', 'breakup', 'break-up', 'broke up', 'disintegration', 'disintegrated'],
  ['election', 'elected', 're-elected', 'reelection', 're-election'],
  ['border', 'frontier', 'boundary'],
  ['trade', 'turnover', 'commerce', 'traded', 'exchange'],
  ['anniversary', 'jubilee'],
  ['published', 'appeared', 'ran', 'printed', 'publication'],
  ['agreement', 'deal', 'accord', 'treaty', 'pact'],
  ['exercise', 'drill', 'manoeuvre', 'maneuver', 'war game'],
  ['minister', 'cabinet member'],
];

const BY_STEM = new Map<string, string[][]>();
for (const group of GROUPS) {
  const phrases = group.map(stems);
  for (const p of phrases) if (p.length === 1) BY_STEM.set(p[0], [...(BY_STEM.get(p[0]) ?? []), ...phrases]);
}

/** The phrases writers use for a one-word phrase, as stems; none for a longer one. */
export function synonymsOf(phrase: readonly string[]): readonly string[][] {
  return phrase.length === 1 ? BY_STEM.get(phrase[0]) ?? [] : [];
}
