// The scans claim extraction runs over each part of a claim (a sentence or a table cell): clauses, numbers,
// negation cues, question and correction markers. For a note read whole, the scanner first looks where
// each pattern can match at all (patternSpots.ts) and skips the parts no match touches, with the very
// result the scan would give; a note being edited rebuilds only a block's claims, so it scans directly.
import { PatternSpots } from './patternSpots';
import { NEGATION_CUE_PATTERNS, negationCues, type Cue } from './polarity';
import { QUANTITY_PATTERNS, findQuantities, type Quantity } from './quantities';
import { CLAUSE_BREAK_PATTERNS, splitClauses, wholeClause, type Span } from './sentences';
import { isSpaceCode } from '../text/whitespace';

const QUESTION = /\?|(?:ㄹ까|을까|일까|인가|나요|는가|는지)\s*[.!]?\s*$/;
const QUESTION_MARK = /\?/;
const CORRECTIVE = /(잘못된\s*(것|생각|개념|이해|정보)|잘못이다|잘못임|틀린\s*(것|말|설명)|틀렸|오해|착각|흔한\s*실수|misconception|\bmyth\b|common\s+mistake|is\s+(?:wrong|incorrect|false)\b|not\s+true\b)/i;

export class PartScans {
  private readonly clauseBreaks?: PatternSpots;
  private readonly numbers?: PatternSpots;
  private readonly cues?: PatternSpots;
  private readonly questionMarks?: PatternSpots;
  private readonly corrections?: PatternSpots;

  /** `wholeView`: the note's view when all its claims are built now (then the spots pay off), else undefined */
  constructor(wholeView: string | undefined) {
    if (wholeView === undefined) return;
    const on = (k: string) => (process.env.SPOTS ?? 'cnvqr').includes(k);
    if (on('c')) this.clauseBreaks = new PatternSpots(wholeView, CLAUSE_BREAK_PATTERNS);
    if (on('n')) this.numbers = new PatternSpots(wholeView, QUANTITY_PATTERNS);
    if (on('v')) this.cues = new PatternSpots(wholeView, NEGATION_CUE_PATTERNS);
    if (on('q')) this.questionMarks = new PatternSpots(wholeView, [QUESTION_MARK]);
    if (on('r')) this.corrections = new PatternSpots(wholeView, [CORRECTIVE]);
  }

  clauses(view: string, part: Span): Span[] {
    return mayMatch(this.clauseBreaks, view, part) ? splitClauses(view, part) : wholeClause(view, part);
  }

  quantities(view: string, part: Span, exclude: Span[], clauses: Span[]): Quantity[] {
    return mayMatch(this.numbers, view, part) ? findQuantities(view, part, exclude, clauses) : [];
  }

  negations(view: string, part: Span): Cue[] {
    return mayMatch(this.cues, view, part) ? negationCues(view, part) : [];
  }

  /** A question ("…가능할까?", "…인가"). */
  question(view: string, part: Span): boolean {
    return mayMatch(this.questionMarks, view, part) ? QUESTION.test(view.slice(part.start, part.end)) : endsAsQuestion(view, part);
  }

  /** The part corrects a misconception ("…라고 하는 것은 잘못된 것이다", "a common myth is …"). */
  corrective(view: string, part: Span): boolean {
    return mayMatch(this.corrections, view, part) && CORRECTIVE.test(view.slice(part.start, part.end));
  }
}

function mayMatch(spots: PatternSpots | undefined, view: string, part: Span): boolean {
  return spots === undefined || spots.mayMatchIn(view, part);
}

/** QUESTION's second branch without a regular expression: a question ending, then maybe spaces, one "." or "!", spaces. */
function endsAsQuestion(view: string, part: Span): boolean {
  let k = part.end;
  while (k > part.start && isSpaceCode(view.charCodeAt(k - 1))) k--;
  const mark = view.charCodeAt(k - 1);
  if (k > part.start && (mark === 46 /* . */ || mark === 33) /* ! */) {
    k--;
    while (k > part.start && isSpaceCode(view.charCodeAt(k - 1))) k--;
  }
  return k - 2 >= part.start && QUESTION_ENDINGS.has(view.slice(k - 2, k));
}

const QUESTION_ENDINGS = new Set(['ㄹ까', '을까', '일까', '인가', '나요', '는가', '는지']);
