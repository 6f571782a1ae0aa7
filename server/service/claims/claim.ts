// What a claim is (see index.ts for the contract), and a claim that reads its costlier fields on first use.
// About half the claims of a note never meet a fact: the fact check and the workspace index only ask them
// whether they are a question and whether they hold numbers. So a claim is made with its scope, parts,
// context and question flag; clauses, mentions, quantities, negation cues and the rest are read from the
// note's view when something asks for them, and kept.
import type { Mention } from '../mentions/mentions';
import { addClaimMentions, mentionsOverlapping } from './claimMentions';
import type { ContextSubject } from './context';
import { negationCues, type Cue } from './polarity';
import { findQuantities, type Quantity } from './quantities';
import { splitClauses, type Span } from './sentences';

export interface ClaimPart extends Span {
  /** 'text' for a sentence; for a table row each data cell is a 'cell' and each header cell a 'header' */
  role: 'text' | 'cell' | 'header';
  column?: number;
  block: number;
}

export interface ClaimMention {
  conceptId: string;
  start: number;
  end: number;
  /** in a comparison or a modifier ("VPC 피어링의 상위 개념", "Lambda보다", "unlike SQS"): not the subject */
  aside: boolean;
  /** followed by a topic/subject particle (은/는/이/가) or starts the claim */
  topic: boolean;
  part: ClaimPart;
}

export interface Claim {
  id: number;
  kind: 'sentence' | 'tableRow';
  /** the claim's scope in the note (a sentence, or a whole table row) */
  start: number;
  end: number;
  /** the pieces of text the claim consists of (header cells of a table row are context, not claim) */
  parts: ClaimPart[];
  /** clauses of the claim's own text, for polarity and binding */
  clauses: Span[];
  /** concept mentions inside the parts */
  mentions: ClaimMention[];
  /** subjects inherited from the rest of the block, the list item, a topic line or the heading, nearest first */
  context: ContextSubject[];
  /** the previous sentence of the same block: its subject and attribute words still count ("… 각 키 모두 SHA256") */
  lookback?: Span;
  quantities: Quantity[];
  negations: Cue[];
  /** a question ("…가능할까?"), or nothing but a link's text: never reported */
  question: boolean;
  /** the sentence corrects a misconception ("…라고 하는 것은 잘못된 것이다", "a common myth is …") */
  corrective: boolean;
  /** the claim's text as the checker reads it (emphasis markers blanked), same offsets as the note */
  text: string;
}

/** What a claim's lazily read fields are read from: the note's prose view and its mentions (sorted by offset). */
export interface ClaimSource {
  view: string;
  mentions: Mention[];
}

const CORRECTIVE = /(잘못된\s*(것|생각|개념|이해|정보)|잘못이다|잘못임|틀린\s*(것|말|설명)|틀렸|오해|착각|흔한\s*실수|misconception|\bmyth\b|common\s+mistake|is\s+(?:wrong|incorrect|false)\b|not\s+true\b)/i;

/** A claim of a note, whose costlier fields are read from the note's view on first use and then kept. */
export class LazyClaim implements Claim {
  id: number;
  kind: Claim['kind'];
  start: number;
  end: number;
  parts: ClaimPart[];
  context: ContextSubject[];
  lookback: Span | undefined;
  question: boolean;
  private readonly source: ClaimSource;
  // the lazily read fields, undefined until first asked for
  private clauseList: Span[] | undefined;
  private mentionList: ClaimMention[] | undefined;
  private overlapping: Mention[] | undefined;
  private quantityList: Quantity[] | undefined;
  private cueList: Cue[] | undefined;
  private correctiveFlag: boolean | undefined;
  private textSlice: string | undefined;

  constructor(id: number, kind: Claim['kind'], scope: Span, parts: ClaimPart[], context: ContextSubject[], lookback: Span | undefined, question: boolean, source: ClaimSource) {
    this.id = id;
    this.kind = kind;
    this.start = scope.start;
    this.end = scope.end;
    this.parts = parts;
    this.context = context;
    this.lookback = lookback;
    this.question = question;
    this.source = source;
    this.clauseList = undefined;
    this.mentionList = undefined;
    this.overlapping = undefined;
    this.quantityList = undefined;
    this.cueList = undefined;
    this.correctiveFlag = undefined;
    this.textSlice = undefined;
  }

  get clauses(): Span[] {
    return (this.clauseList ??= this.ownSpans(splitClauses));
  }

  get mentions(): ClaimMention[] {
    if (!this.mentionList) {
      const out: ClaimMention[] = [];
      for (const part of this.parts) addClaimMentions(this.source.view, this.source.mentions, part, out);
      this.mentionList = out;
    }
    return this.mentionList;
  }

  /** The note's mentions overlapping the scope: a number inside one ("Route 53") is part of a name. */
  get excluded(): Span[] {
    return (this.overlapping ??= mentionsOverlapping(this.source.mentions, this));
  }

  get quantities(): Quantity[] {
    if (!this.quantityList) {
      this.quantityList = this.ownSpans((view, part) => findQuantities(view, part, this));
      if (this.quantityList.length) markCounted(this.source.view, this.quantityList, this);
    }
    return this.quantityList;
  }

  get negations(): Cue[] {
    return (this.cueList ??= this.ownSpans(negationCues));
  }

  get corrective(): boolean {
    return (this.correctiveFlag ??= this.parts.some((p) => p.role !== 'header' && CORRECTIVE.test(this.source.view.slice(p.start, p.end))));
  }

  get text(): string {
    return (this.textSlice ??= this.source.view.slice(this.start, this.end));
  }

  /** The claim with every field read, as a plain value (what JSON shows, and what a cache may keep). */
  toJSON(): Claim {
    return plainClaim(this);
  }

  /** What `read` finds in each of the claim's own parts (not the header cells), in order. */
  private ownSpans<T>(read: (view: string, part: ClaimPart) => T[]): T[] {
    const view = this.source.view;
    const parts = this.parts;
    // a sentence has one part: its list is the claim's, no copy
    if (parts.length === 1 && parts[0].role !== 'header') return read(view, parts[0]);
    const out: T[] = [];
    for (const p of parts) {
      if (p.role === 'header') continue;
      for (const x of read(view, p)) out.push(x);
    }
    return out;
  }
}

/** A claim as a plain object with every field read (it keeps no reference to the note's view or mentions). */
export function plainClaim(c: Claim): Claim {
  return {
    id: c.id,
    kind: c.kind,
    start: c.start,
    end: c.end,
    parts: c.parts,
    clauses: c.clauses,
    mentions: c.mentions,
    context: c.context,
    lookback: c.lookback,
    quantities: c.quantities,
    negations: c.negations,
    question: c.question,
    corrective: c.corrective,
    text: c.text,
  };
}

/** The claim with other mentions (a plain copy: a spread would miss the fields a LazyClaim reads on first use). */
export function withMentions(claim: Claim, mentions: ClaimMention[]): Claim {
  return { ...plainClaim(claim), mentions };
}

/** A count followed by a concept it counts ("3개의 AZ", "3 AZs"): the number is about that concept. */
function markCounted(view: string, quantities: Quantity[], claim: Claim): void {
  for (const q of quantities) {
    if (q.family !== 'count') continue;
    const m = claim.mentions.find((x) => x.start >= q.end && x.start <= q.end + 4 && /^\s*(의)?\s*$/.test(view.slice(q.end, x.start)));
    // "5개 오로라는 15개": a topic after the number starts the next statement, it is not counted
    if (m && !/^(은|는)(?![\uac00-\ud7a3])/.test(view.slice(m.end, m.end + 2))) q.counted = { conceptId: m.conceptId, start: m.start, end: m.end };
  }
}
