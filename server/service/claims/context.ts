// What a block is about when its own sentence names no subject: the list item it hangs under, the "topic"
// line that introduces it ("1. AWS Route 53" above "  - 라우팅 정책: 6가지"), or the heading above it
// ("### Lambda" … "- 함수 실행 시간: 최대 15분").
import type { Mention } from '../mentions/mentions';
import type { ParsedNote, ProseBlock } from '../parse/model';

export interface ContextSubject {
  conceptId: string;
  /** where it came from, nearest first */
  from: 'item' | 'parentItem' | 'topic' | 'heading';
  /** the block it came from */
  block: number;
}

const LEAD = /^[\s>*_#~|]*(?:\(?\d{1,2}[.)]\s*|\(\d{1,2}\)\s*|[①-⑳]\s*|[A-Za-z][.)]\s+)?[\s*_~]*/;

/** Mentions that a block is "about": at its very start, or the first one when a topic particle or ':' follows. */
export function topicMentions(block: ProseBlock, mentions: Mention[], view: string): Mention[] {
  if (!mentions.length) return [];
  const lead = LEAD.exec(view.slice(block.start, block.end))?.[0].length ?? 0;
  // a heading or a short title line is about everything it names ("VPC 방화벽 (Security Group / NACL)")
  if (block.kind === 'heading' || view.slice(block.start, block.end).trim().length <= 40) {
    const out: Mention[] = [];
    for (const m of mentions) if (!out.some((o) => o.conceptId === m.conceptId)) out.push(m);
    return out;
  }
  const first = mentions[0];
  const after = view.slice(first.end, first.end + 6);
  if (/^(은|는|이|가|란|이란)(?![\uac00-\ud7a3])|^\s*[:(]/.test(after)) return [first];
  // at the very start, unless it opens an enumeration ("AWS 리전, 엣지 로케이션, …")
  if (first.start - block.start <= lead + 1 && !/^\s*([,/·&]|와|과|및|and\b|or\b)/.test(after)) return [first];
  return [];
}

/** Index of mentions by block, and the source column of each block (for "shallower than" comparisons). */
export interface BlockInfo {
  mentions: Mention[][];
  topics: Mention[][];
  column: number[];
  firstBlockOfItem: Map<number, number>;
}

export function blockInfo(parsed: ParsedNote, mentions: Mention[], view: string): BlockInfo {
  const byBlock: Mention[][] = parsed.blocks.map(() => []);
  for (const m of mentions) byBlock[m.block]?.push(m);
  const column = parsed.blocks.map((b) => {
    const lineStart = parsed.text.lastIndexOf('\n', b.start - 1) + 1;
    return b.start - lineStart;
  });
  const firstBlockOfItem = new Map<number, number>();
  parsed.blocks.forEach((b, i) => {
    if (b.listItem !== undefined && !firstBlockOfItem.has(b.listItem)) firstBlockOfItem.set(b.listItem, i);
  });
  const topics = parsed.blocks.map((b, i) => topicMentions(b, byBlock[i], view));
  return { mentions: byBlock, topics, column, firstBlockOfItem };
}

/** The subjects a block inherits, nearest first. */
export function contextOf(parsed: ParsedNote, info: BlockInfo, index: number): ContextSubject[] {
  const out: ContextSubject[] = [];
  const add = (ms: Mention[], from: ContextSubject['from'], block: number) => {
    for (const m of ms) if (!out.some((o) => o.conceptId === m.conceptId)) out.push({ conceptId: m.conceptId, from, block });
  };
  const blocks = parsed.blocks;
  const block = blocks[index];
  if (block.kind === 'heading') {
    const parent = block.parentHeading;
    if (parent !== undefined) add(info.topics[parent], 'heading', parent);
    return out;
  }
  // the list item this block belongs to (when it is not the item's first paragraph), then the parent items
  if (block.listItem !== undefined) {
    const first = info.firstBlockOfItem.get(block.listItem);
    if (first !== undefined && first !== index) add(info.topics[first], 'item', first);
    let parentItem = block.parentListItem;
    for (let depth = 0; parentItem !== undefined && depth < 2; depth++) {
      const p = info.firstBlockOfItem.get(parentItem);
      if (p === undefined) break;
      add(info.topics[p], 'parentItem', p);
      if (out.length) break;
      parentItem = blocks[p].parentListItem;
    }
  }
  // the nearest shallower block above, within the same section
  if (!out.length) {
    let threshold = info.column[index];
    const inList = block.listItem !== undefined || block.table !== undefined;
    for (let i = index - 1, seen = 0; i >= 0 && seen < 40; i--, seen++) {
      const b = blocks[i];
      if (b.kind === 'heading') break;
      if (b.table && block.table && b.table.id === block.table.id) continue;
      const shallower = (inList && b.listItem === undefined && !b.table) || info.column[i] < threshold;
      if (!shallower) continue;
      if (info.topics[i].length) {
        add(info.topics[i], 'topic', i);
        break;
      }
      threshold = info.column[i];
      if (b.listItem === undefined) break;
    }
  }
  if (!out.length && block.heading !== undefined) {
    const h = block.heading;
    add(info.topics[h], 'heading', h);
    const parent = blocks[h].parentHeading;
    if (!info.topics[h].length && parent !== undefined) add(info.topics[parent], 'heading', parent);
  }
  return out;
}
