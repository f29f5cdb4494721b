import { z } from 'zod';

/**
 * What an entity's kind is to a verdict. The engine decides by role, never by the kind's
 * name, so a base on any topic declares its own kinds ("crater", "spacecraft", "team").
 */
export const Role = z.enum(['person', 'party', 'place', 'area', 'thing']).describe(
  [
    'person: titles and ages are theirs, and another person named nearer a claim makes it theirs.',
    'party: a body, a company, a team: another one named nearer a claim makes the claim theirs.',
    'place: a point where events happen (a city, a crater, a venue): a party, judged as a place claim, and an unknown name after "in" or "at" means the event was elsewhere.',
    'area: a place that holds places (a country, a state): a party, judged as a place claim, and an unknown place in the sentence may lie inside it.',
    'thing: neither a place nor a party (a product, a vehicle, a document, an event): only another one of its kind named near a claim makes the claim another one\'s.',
  ].join(' '),
);

/** A lowercase word or words joined by hyphens: "crater", "space-probe". */
export const KindName = z.string().regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'a kind is a lowercase word, or words joined by hyphens');

export const KindDeclaration = z.object({
  role: Role,
  spelled: z.boolean().optional().describe('Whether a near miss of one of its names ("Japorov" for Japarov) is flagged; by default, names of people and places are.'),
});

export type Role = z.infer<typeof Role>;
export type KindDeclaration = z.infer<typeof KindDeclaration>;
export type KindDeclarations = Readonly<Record<string, KindDeclaration>>;

/**
 * The kinds every base may use without declaring them, as the engine has always read
 * them. A region is a thing whose names are spelled: it places no event and blocks no claim.
 */
export const BUNDLED_KINDS: KindDeclarations = {
  person: { role: 'person' },
  country: { role: 'area' },
  city: { role: 'place' },
  region: { role: 'thing', spelled: true },
  organization: { role: 'party' },
  agreement: { role: 'thing' },
  document: { role: 'thing' },
  event: { role: 'thing' },
  publication: { role: 'thing', spelled: true },
  ...usual('place', 'town village venue stadium arena airport port harbor harbour base site crater lake river mountain volcano island ridge valley building observatory facility mine park campus station'),
  ...usual('area', 'state province county district territory continent nation'),
  ...usual('party', 'company agency team club party government ministry department university airline union court parliament committee council bank firm manufacturer institution'),
};

/** The kinds a new base names in plain English without declaring them ("lake", "company"), by the role a reader gives them. */
function usual(role: Role, kinds: string): KindDeclarations {
  return Object.fromEntries(kinds.split(' ').map((k) => [k, { role }]));
}

const UNDECLARED: KindDeclaration = { role: 'thing' };

/** A base's own declarations over the bundled ones; a kind declared nowhere is a thing. */
export class KindTable {
  private readonly declared: KindDeclarations;

  constructor(declarations: KindDeclarations = {}) {
    this.declared = { ...BUNDLED_KINDS, ...declarations };
  }

  isDeclared(kind: string): boolean {
    return Object.hasOwn(this.declared, kind);
  }

  roleOf(kind: string): Role {
    return this.declarationOf(kind).role;
  }

  isSpelled(kind: string): boolean {
    const d = this.declarationOf(kind);
    return d.spelled ?? (d.role === 'person' || isPlace(d.role));
  }

  private declarationOf(kind: string): KindDeclaration {
    return Object.hasOwn(this.declared, kind) ? this.declared[kind] : UNDECLARED;
  }
}

/** Where an event can happen: a point or an area that holds points. */
export function isPlace(role: Role | undefined): boolean {
  return role === 'place' || role === 'area';
}

/** Whether any of these roles is a place's: an event with one happened somewhere a draft can name otherwise. */
export function anyPlace(roles: ReadonlySet<Role>): boolean {
  return roles.has('place') || roles.has('area');
}

/** Whose presence near a claim matters: another one named nearer makes the claim theirs. */
export function isParty(role: Role | undefined): boolean {
  return role !== undefined && role !== 'thing';
}
