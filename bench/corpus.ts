import * as fs from 'node:fs';
import * as path from 'node:path';
import { Rng } from './prng';
import { SentenceSource } from './sentences';

/**
 * Article-like drafts of a given size: front matter, headings, paragraphs, lists,
 * tables, blockquotes, code blocks and links around many dated and numeric claims.
 * Every sentence-like unit is counted, so that a report can say how much of a corpus
 * the engine's per-sentence memo could have served twice.
 */

export interface CorpusStats {
  files: number;
  bytes: number;
  sentences: number;
  distinct: number;
}

class Article {
  private readonly parts: string[] = [];
  private bytes = 0;
  private target = 0;

  constructor(
    private readonly s: SentenceSource,
    private readonly rng: Rng,
    private readonly seen: Set<string>,
    private readonly counter: { sentences: number },
  ) {}

  write(target: number): string {
    this.target = target;
    this.push(`---\ntitle: "${this.unit(this.s.heading())}"\ndesk: bench\n---\n\n# ${this.unit(this.s.heading())}\n`);
    while (!this.full()) this.section();
    return this.parts.join('\n');
  }

  /** Checked between blocks too, so that a draft overshoots its size by one block at most. */
  private full(): boolean {
    return this.bytes >= this.target;
  }

  private section(): void {
    this.push(`## ${this.unit(this.s.heading())}\n`);
    for (let p = this.rng.int(1, 3); p > 0 && !this.full(); p--) this.paragraph();
    if (this.full()) return;
    const extra = this.rng.next();
    if (extra < 0.3) this.list();
    else if (extra < 0.5) this.table();
    else if (extra < 0.6) this.push(`> ${this.unit(this.s.quote())}\n`);
    else if (extra < 0.7) this.push(`\`\`\`json\n${this.s.code()}\n\`\`\`\n`);
    if (this.rng.chance(0.2)) this.paragraph();
  }

  private paragraph(): void {
    const sentences: string[] = [];
    for (let n = this.rng.int(3, 6); n > 0; n--) {
      const r = this.rng.next();
      sentences.push(this.unit(r < 0.55 ? this.s.claim() : r < 0.85 ? this.s.prose() : this.s.unsourced()));
    }
    this.push(`${sentences.join(' ')}\n`);
  }

  private list(): void {
    const ordered = this.rng.chance(0.3);
    const items: string[] = [];
    for (let i = 1, n = this.rng.int(3, 5); i <= n; i++) items.push(`${ordered ? `${i}.` : '-'} ${this.unit(this.s.claim())}`);
    this.push(`${items.join('\n')}\n`);
  }

  private table(): void {
    const rows = ['| Event | As reported | Source |', '|---|---|---|'];
    for (let n = this.rng.int(3, 6); n > 0; n--) rows.push(`| ${this.unit(this.s.row().join(' | '))} |`);
    this.push(`${rows.join('\n')}\n`);
  }

  /** Counts a sentence-like unit (a sentence, heading or table row) as it is written. */
  private unit(text: string): string {
    this.counter.sentences++;
    this.seen.add(text);
    return text;
  }

  private push(block: string): void {
    this.parts.push(block);
    this.bytes += Buffer.byteLength(block) + 1;
  }
}

/** One draft of about `bytes` bytes, written to `file`. */
export function writeDraft(file: string, bytes: number, seed: number): CorpusStats {
  const rng = new Rng(seed);
  const seen = new Set<string>();
  const counter = { sentences: 0 };
  const text = new Article(new SentenceSource(rng), rng, seen, counter).write(bytes);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return { files: 1, bytes: Buffer.byteLength(text), sentences: counter.sentences, distinct: seen.size };
}

/** `count` drafts of about `bytes` each in `dir` (replacing it), each from its own seed. */
export function writeFolder(dir: string, count: number, bytes: number, seed: number): CorpusStats {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const rng = new Rng(seed);
  const sentences = new SentenceSource(rng);
  const seen = new Set<string>();
  const counter = { sentences: 0 };
  let total = 0;
  for (let i = 0; i < count; i++) {
    const text = new Article(sentences, rng, seen, counter).write(bytes);
    fs.writeFileSync(path.join(dir, `draft-${String(i).padStart(4, '0')}.md`), text);
    total += Buffer.byteLength(text);
  }
  return { files: count, bytes: total, sentences: counter.sentences, distinct: seen.size };
}
