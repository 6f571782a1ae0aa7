// Claims that assert nothing: questions ("…가능할까?", "Is it regional?") and a sentence that is nothing
// but a link's text.
import { isSpaceCode } from '../text/whitespace';
import type { Span } from './sentences';

const QUESTION = /\?|(?:ㄹ까|을까|일까|인가|나요|는가|는지)\s*[.!]?\s*$/;

/** view[span) asks: it holds a "?" or ends in a Korean question ending. */
export function isQuestion(view: string, span: Span): boolean {
  // (the expression scans the slice faster than a loop over its code units)
  return QUESTION.test(view.slice(span.start, span.end));
}

/** The sentence is nothing but a link's text ("[AWS 문서]", maybe with "(…)" after it). */
export function linkOnly(text: string, scope: Span): boolean {
  // the test below needs a "[" first; most sentences fail here without building any string
  let i = scope.start;
  while (i < scope.end && isSpaceCode(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) !== 91 /* [ */ || i >= scope.end) return false;
  return /^\[[^\]]*\]\s*$/.test(text.slice(scope.start, scope.end).replace(/\([^)]*\)\s*$/, '').trim());
}
