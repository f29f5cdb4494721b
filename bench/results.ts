import type { CorpusStats } from './corpus';
import type { Flatness, Keystrokes, LoadCost, Throughput } from './engine';
import type { Machine } from './machine';
import type { MisquoteFigures } from './misquotes';
import type { PeerResult } from './peers';
import type { ServerFigures } from './server';

/** Every figure of a run: what `--json FILE` writes and what the table and targets read. */
export interface Results {
  quick: boolean;
  machine: Machine;
  corpora: Array<{ name: string } & CorpusStats>;
  throughput: Throughput[];
  keystrokes: Keystrokes;
  misquote: MisquoteFigures;
  flatness: Flatness[];
  loads: LoadCost[];
  server: ServerFigures;
  peers: PeerResult[];
}
