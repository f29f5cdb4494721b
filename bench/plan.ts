/**
 * What one run measures. The full plan is what the README's figures come from (about
 * ten minutes); the quick one is a smoke run of every part in under two.
 */
export interface Plan {
  quick: boolean;
  /** Single drafts: name, size in KiB, engine runs (fewer for the big ones, whose runs vary less). */
  drafts: Array<{ name: string; kib: number; runs: number }>;
  folder: { count: number; kib: number };
  factBases: number[];
  flatnessRuns: number;
  loadRuns: number;
  keystrokes: number;
  server: { edits: number; hovers: number };
  /** Peer corpora and their runs: the 10 MB draft costs the slow peers minutes, so once. */
  peers: Array<{ corpus: string; runs: number }>;
}

export const FULL: Plan = {
  quick: false,
  drafts: [
    { name: '10 KB', kib: 10, runs: 30 },
    { name: '100 KB', kib: 100, runs: 15 },
    { name: '1 MB', kib: 1024, runs: 5 },
    { name: '10 MB', kib: 10 * 1024, runs: 3 },
  ],
  folder: { count: 1000, kib: 5 },
  factBases: [1_000, 10_000, 100_000],
  flatnessRuns: 10,
  loadRuns: 3,
  keystrokes: 500,
  server: { edits: 10_000, hovers: 2_000 },
  peers: [
    { corpus: '1 draft', runs: 5 },
    { corpus: '1,000 drafts', runs: 5 },
    { corpus: '1 MB', runs: 3 },
    { corpus: '10 MB', runs: 1 },
  ],
};

export const QUICK: Plan = {
  quick: true,
  drafts: [
    { name: '10 KB', kib: 10, runs: 10 },
    { name: '100 KB', kib: 100, runs: 5 },
    { name: '1 MB', kib: 1024, runs: 2 },
  ],
  folder: { count: 1000, kib: 5 },
  factBases: [1_000, 10_000],
  flatnessRuns: 5,
  loadRuns: 1,
  keystrokes: 100,
  server: { edits: 1_000, hovers: 300 },
  peers: [{ corpus: '1,000 drafts', runs: 1 }],
};
