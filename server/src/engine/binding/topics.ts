/**
 * The topics of a fact base: groups of facts joined by the people, places and bodies
 * they share. A newsroom's base holds facts about many stories; a sentence that names
 * someone of one story speaks of that story, and a story that shares nobody with it
 * neither supports, contradicts nor dilutes what the sentence says. Facts that name
 * only things ("the 1900 glider") and share them with no party belong to the story
 * their source tells of its parties.
 */
export class Topics {
  private readonly parent: number[];
  private readonly ofEntity = new Map<string, number>();
  private readonly ofFact: Array<number | undefined>;

  /** `parties[i]`: whether fact i names a person, a party or a place; `sources[i]`: its source. */
  constructor(factEntities: ReadonlyArray<ReadonlySet<string>>, parties: readonly boolean[], sources: readonly string[]) {
    this.parent = factEntities.map((_, i) => i);
    factEntities.forEach((entities, i) => {
      for (const e of entities) {
        const seen = this.ofEntity.get(e);
        if (seen === undefined) this.ofEntity.set(e, i);
        else this.union(seen, i);
      }
    });
    this.joinThingsToTheirSources(factEntities, parties, sources);
    this.ofFact = factEntities.map((entities, i) => (entities.size === 0 ? undefined : this.find(i)));
    for (const [e, i] of this.ofEntity) this.ofEntity.set(e, this.find(i));
  }

  private joinThingsToTheirSources(factEntities: ReadonlyArray<ReadonlySet<string>>, parties: readonly boolean[], sources: readonly string[]): void {
    const withParties = new Set<number>();
    const storyOf = new Map<string, number>();
    parties.forEach((named, i) => {
      if (!named) return;
      withParties.add(this.find(i));
      if (!storyOf.has(sources[i])) storyOf.set(sources[i], i);
    });
    factEntities.forEach((entities, i) => {
      const story = storyOf.get(sources[i]);
      if (entities.size > 0 && story !== undefined && !withParties.has(this.find(i))) this.union(story, i);
    });
  }

  /** The topic of a fact; undefined for a fact that involves no entity, which belongs to every topic. */
  fact(i: number): number | undefined {
    return this.ofFact[i];
  }

  entity(id: string): number | undefined {
    return this.ofEntity.get(id);
  }

  private find(i: number): number {
    while (this.parent[i] !== i) i = this.parent[i] = this.parent[this.parent[i]];
    return i;
  }

  private union(a: number, b: number): void {
    const [x, y] = [this.find(a), this.find(b)];
    if (x !== y) this.parent[Math.max(x, y)] = Math.min(x, y);
  }
}
