/**
 * Attribute types of an article graph.
 *
 * Every field beyond a node's or edge's key is optional: any graphology graph is a valid input,
 * and the article fields (relation, evidence, attribution, certainty, a source text) turn
 * features on where they are present.
 */
import type Graph from 'graphology';
import type { SerializedGraph } from 'graphology-types';

/** How sure the article is of a claim, from plain statement to open doubt. */
export type Certainty = 'stated' | 'reported' | 'possible' | 'uncertain';

export const CERTAINTIES: readonly Certainty[] = ['stated', 'reported', 'possible', 'uncertain'];

/** A verbatim passage of the source text and the sentence it comes from. */
export interface Evidence {
  /** Id of the sentence in `source.paragraphs[].sentences[]`. */
  sentence: string;
  /** The exact words of the article; a substring of that sentence. */
  quote: string;
  /**
   * The sentence is chiefly about this claim (its main clause), not only mentions it: the claim is
   * listed first wherever the sentence's relationships are listed.
   */
  primary?: boolean;
}

/**
 * A doubt the article raises about one part of a claim rather than the claim as a whole: the entrusting
 * of a delivery is reported, but "whether the system has already been delivered or is still pending" is
 * uncertain.
 */
export interface Qualification {
  /** The article's words for the part in doubt, verbatim from `sentence`. */
  part: string;
  /** How sure the article is of that part. */
  certainty: Certainty;
  /** The article's hedging words, verbatim from `sentence` ("It remains uncertain"). */
  hedge: string;
  /** Id of the sentence that raises the doubt. */
  sentence: string;
}

export interface NodeAttributes {
  label?: string;
  /** Key into `vocabulary.entityTypes`; unknown or missing types get default styling. */
  type?: string;
  /** Other names the article uses for the entity, verbatim. */
  aliases?: string[];
  description?: string;
  /** Ids of the sentences the description is drawn from. */
  descriptionSentences?: string[];
  x?: number;
  y?: number;
  [extra: string]: unknown;
}

export interface EdgeAttributes {
  /** Key into `vocabulary.relations`. */
  relation?: string;
  /** Overrides the relation's label for this edge only. */
  label?: string;
  evidence?: Evidence[];
  /** Key into `vocabulary.attributions`: who states or assesses the claim. */
  attribution?: string;
  /**
   * Key into `vocabulary.attributions`: whom the claim reaches the article through, when the claimant
   * does not speak to it directly ("US intelligence, via two individuals familiar with the intelligence").
   */
  via?: string;
  /** How sure the article is of the claim as a whole. */
  certainty?: Certainty;
  /**
   * The article's own words that make the claim less than a plain statement, verbatim: a hedge
   * ("suggesting", "believes", "remains uncertain") or the attribution it rests on ("According to the sources").
   */
  hedge?: string;
  /** Doubts about one part of the claim, each with the sentence that raises it. */
  qualifications?: Qualification[];
  /** When, as the article gives it ("in August", "in late September"). */
  time?: string;
  /** Key of the node that is supplied, delivered or targeted, where the claim names one. */
  item?: string;
  [extra: string]: unknown;
}

export interface RelationDefinition {
  label: string;
  definition: string;
  directed: boolean;
  /** Key into `vocabulary.families`: relations of one family share a colour and a legend group. */
  family?: string;
  /** `#rrggbb`; else the family's colour, else one from the palette. */
  color?: string;
  /** One of the relations the graph is about: drawn heavier. */
  emphasis?: boolean;
  /** The headline claim: its edges carry their label in the default picture. */
  headline?: boolean;
}

export interface FamilyDefinition {
  label: string;
  definition?: string;
  /** `#rrggbb`, shared by the family's relations that have no colour of their own. */
  color?: string;
}

export interface EntityTypeDefinition {
  label: string;
  definition: string;
  /** `#rrggbb`; else one from the palette. */
  color?: string;
  /** A node shape (ellipse, round-rectangle, diamond, hexagon, round-triangle, rectangle, round-tag, barrel, octagon, star, round-pentagon, vee); else one not taken. */
  shape?: string;
}

export interface AttributionDefinition {
  label: string;
  /** The article's words for this claimant, verbatim. */
  phrase?: string;
  /** Key of the node that stands for the claimant, when it is in the graph. */
  node?: string;
}

export interface Vocabulary {
  relations: Record<string, RelationDefinition>;
  entityTypes: Record<string, EntityTypeDefinition>;
  attributions: Record<string, AttributionDefinition>;
  families: Record<string, FamilyDefinition>;
}

export interface Sentence {
  /** Stable id: `p<paragraph>s<sentence>`, both counted from 1. */
  id: string;
  text: string;
}

export interface Paragraph {
  /** Stable id: `p<paragraph>`, counted from 1. */
  id: string;
  sentences: Sentence[];
}

export interface SourceText {
  title: string;
  outlet?: string;
  section?: string;
  /** ISO 8601 local date and time as printed by the outlet, e.g. `2023-11-02T23:18`. */
  published?: string;
  url?: string;
  image?: string;
  paragraphs: Paragraph[];
}

export interface GraphAttributes {
  title?: string;
  description?: string;
  source?: SourceText;
  /** Keys of the edges that make the claim the article is about: drawn first and heaviest, their entities labelled first. */
  headline?: string[];
  vocabulary?: Partial<Vocabulary>;
  [extra: string]: unknown;
}

export type ArticleGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;
export type SerializedArticleGraph = SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** Graphology's serialization format as a caller may write it: every part optional. */
export interface GraphData {
  attributes?: GraphAttributes;
  options?: { type?: 'mixed' | 'directed' | 'undirected'; multi?: boolean; allowSelfLoops?: boolean };
  nodes?: Array<{ key: string | number; attributes?: NodeAttributes }>;
  edges?: Array<{
    key?: string | number;
    source: string | number;
    target: string | number;
    attributes?: EdgeAttributes;
    undirected?: boolean;
  }>;
}
