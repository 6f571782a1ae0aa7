// The workspace index: a compact summary of every note (see summary.ts), from the disk or, while a note is
// open, from the editor — an open document's text wins over the disk until it is closed. Pure: the server
// and the CLI feed it summaries and ask it questions; it never reads a file.
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { Finding } from '../findings';
import type { Range } from '../text/positions';
import type { ServiceSettings } from '../settings';
import { applySeveritySettings } from '../severity';
import { firstMentionOf, forEachHeading, headingList, headingTextsOf, linesOf, mentionCounts, mentionsOf, withUri, type NoteSummary } from './summary';
import { contradictionsOf } from './contradictions';
import type { ClaimSummary } from './claimKeys';
import { fileName } from './uris';

export interface NoteLocation {
  uri: string;
  range: Range;
}

export interface NoteMentionCount {
  uri: string;
  /** how often the note mentions the concept */
  count: number;
  /** its first mention */
  range: Range;
}

export interface IndexSymbol {
  kind: 'concept' | 'heading';
  name: string;
  /** a note URI; for concepts the caller decides where a concept lives (its card) */
  uri?: string;
  range?: Range;
  /** concept id, or for headings the enclosing heading */
  conceptId?: string;
  container?: string;
  depth?: number;
}

export interface OutlineHeading {
  text: string;
  depth: number;
  range: Range;
  /** from the heading to the end of its section */
  sectionRange: Range;
  children: OutlineHeading[];
}

export interface ConceptLens {
  conceptId: string;
  /** the heading's range */
  range: Range;
  /** the mention as written in the heading */
  text: string;
  notes: number;
  findings: number;
}

export class WorkspaceIndex {
  private readonly disk = new Map<string, NoteSummary>();
  private readonly open = new Map<string, NoteSummary>();
  /** concept id → note URI → mentions (over the effective summaries) */
  private readonly byConcept = new Map<string, Map<string, number>>();
  /** claim key → note URI → that note's claims with the key */
  private readonly byClaim = new Map<string, Map<string, ClaimSummary[]>>();
  private readonly rankMemo = new Map<string, NoteMentionCount[]>();

  private settings: ServiceSettings | undefined;

  constructor(private knowledge: KnowledgeBase) {}

  setKnowledge(knowledge: KnowledgeBase): void {
    this.knowledge = knowledge;
  }

  /** the severity settings contradictions follow (`notes-disagree` per id, like the facts') */
  setSettings(settings: ServiceSettings): void {
    this.settings = settings;
  }

  get size(): number {
    return this.uris().length;
  }

  /** Every indexed note (disk or open). */
  uris(): string[] {
    const out = [...this.disk.keys()];
    for (const uri of this.open.keys()) if (!this.disk.has(uri)) out.push(uri);
    return out;
  }

  diskUris(): string[] {
    return [...this.disk.keys()];
  }

  has(uri: string): boolean {
    return this.open.has(uri) || this.disk.has(uri);
  }

  isOpen(uri: string): boolean {
    return this.open.has(uri);
  }

  /** The summary that counts for a note: the open document's, else the disk's. */
  get(uri: string): NoteSummary | undefined {
    return this.open.get(uri) ?? this.disk.get(uri);
  }

  diskSummary(uri: string): NoteSummary | undefined {
    return this.disk.get(uri);
  }

  /**
   * The note as read from disk (or the cache). Returns the notes whose cross-note findings may have
   * changed, the note itself included; an open note's disk version changes nothing anyone sees.
   */
  setDisk(summary: NoteSummary): string[] {
    const before = this.get(summary.uri);
    this.disk.set(summary.uri, summary);
    return this.open.has(summary.uri) ? [] : this.replaced(summary.uri, before, summary);
  }

  /** An open document's current text, summarised: it wins over the disk until `closeOpen`. */
  setOpen(summary: NoteSummary): string[] {
    const before = this.get(summary.uri);
    this.open.set(summary.uri, summary);
    return this.replaced(summary.uri, before, summary);
  }

  /** The editor closed the note: its disk version counts again (or nothing, for an unsaved new note). */
  closeOpen(uri: string): string[] {
    const before = this.open.get(uri);
    if (!before) return [];
    this.open.delete(uri);
    return this.replaced(uri, before, this.disk.get(uri));
  }

  /** The file is gone (an open document keeps counting until it is closed). */
  removeDisk(uri: string): string[] {
    const before = this.disk.get(uri);
    if (!before) return [];
    this.disk.delete(uri);
    return this.open.has(uri) ? [] : this.replaced(uri, before, undefined);
  }

  /** Every note under a folder URI is gone (a deleted or excluded folder). */
  removeUnder(folderUri: string): string[] {
    const prefix = folderUri.endsWith('/') ? folderUri : folderUri + '/';
    const affected = new Set<string>();
    for (const uri of [...this.disk.keys()]) if (uri.startsWith(prefix)) for (const a of this.removeDisk(uri)) affected.add(a);
    return [...affected];
  }

  /** A note moved: same content, new URI. */
  renameDisk(oldUri: string, newUri: string): string[] {
    const summary = this.disk.get(oldUri);
    if (!summary) return [];
    const affected = new Set(this.removeDisk(oldUri));
    for (const a of this.setDisk(withUri(summary, newUri))) affected.add(a);
    return [...affected];
  }

  // ---- queries ----

  /** Every mention of a concept in every note, by URI then position. */
  references(conceptId: string): NoteLocation[] {
    const notes = this.byConcept.get(conceptId);
    if (!notes) return [];
    const out: NoteLocation[] = [];
    for (const uri of [...notes.keys()].sort()) {
      const summary = this.get(uri)!;
      const lines = linesOf(summary);
      for (const [start, end] of mentionsOf(summary, conceptId)) out.push({ uri, range: lines.rangeOf(start, end) });
    }
    return out;
  }

  /** How many notes mention a concept. */
  noteCount(conceptId: string): number {
    return this.byConcept.get(conceptId)?.size ?? 0;
  }

  /** The notes that mention a concept, most mentions first. */
  notesMentioning(conceptId: string): NoteMentionCount[] {
    const memo = this.rankMemo.get(conceptId);
    if (memo) return memo;
    const notes = this.byConcept.get(conceptId);
    const out: NoteMentionCount[] = [];
    for (const [uri, count] of notes ?? []) {
      const summary = this.get(uri)!;
      const first = firstMentionOf(summary, conceptId)!;
      out.push({ uri, count, range: linesOf(summary).rangeOf(first[0], first[1]) });
    }
    out.sort((a, b) => b.count - a.count || (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
    this.rankMemo.set(conceptId, out);
    return out;
  }

  /** The `k` notes (other than `except`) that mention a concept most: cheap enough for every hover. */
  topNotes(conceptId: string, k: number, except?: string): NoteMentionCount[] {
    const top: [string, number][] = [];
    for (const entry of this.byConcept.get(conceptId) ?? []) {
      if (entry[0] === except) continue;
      // keep `top` sorted (most mentions, then URI) and at most k long
      let i = top.length;
      while (i > 0 && (top[i - 1][1] < entry[1] || (top[i - 1][1] === entry[1] && top[i - 1][0] > entry[0]))) i--;
      if (i < k) {
        top.splice(i, 0, entry);
        if (top.length > k) top.pop();
      }
    }
    return top.map(([uri, count]) => {
      const summary = this.get(uri)!;
      const first = firstMentionOf(summary, conceptId)!;
      return { uri, count, range: linesOf(summary).rangeOf(first[0], first[1]) };
    });
  }

  /** Findings across the workspace about facts whose subject is the concept. */
  findingCount(conceptId: string): number {
    let n = 0;
    for (const uri of this.byConcept.get(conceptId)?.keys() ?? []) {
      for (const f of this.get(uri)!.findings) {
        const fact = this.knowledge.fact(f.code);
        if (fact && (fact.subject === conceptId || fact.alsoSubjects?.includes(conceptId))) n++;
      }
    }
    return n;
  }

  /** The headings of a note as an outline. */
  outline(uri: string): OutlineHeading[] {
    const summary = this.get(uri);
    return summary ? outlineOf(summary) : [];
  }

  /** Concepts (by name) and note headings (by text) that match a query, concepts first. */
  symbols(query: string, limit = 500): IndexSymbol[] {
    const match = queryMatcher(query);
    const out: IndexSymbol[] = [];
    for (const concept of this.knowledge.concepts) {
      const name = concept.names.en[0] ?? concept.id;
      const names = [...concept.names.en, ...concept.names.ko, ...(concept.names.abbr ?? []), concept.id];
      if (query ? names.some(match) : this.noteCount(concept.id) > 0) {
        const ko = concept.names.ko[0];
        out.push({ kind: 'concept', name: ko && ko !== name ? `${name} (${ko})` : name, conceptId: concept.id, container: concept.category });
        if (out.length >= limit) return out;
      }
    }
    for (const uri of this.uris().sort()) {
      const summary = this.get(uri)!;
      const lines = linesOf(summary);
      const texts = headingTextsOf(summary);
      let full = false;
      forEachHeading(summary, (depth, start, end, i) => {
        if (full || !match(texts[i])) return;
        out.push({ kind: 'heading', name: texts[i], uri, range: lines.rangeOf(start, end), depth, container: fileName(uri) });
        full = out.length >= limit;
      });
      if (full) return out;
    }
    return out;
  }

  /** One lens per concept a heading of the note names: how many notes mention it and how many findings it has. */
  lenses(uri: string): ConceptLens[] {
    const summary = this.get(uri);
    if (!summary) return [];
    const lines = linesOf(summary);
    const out: ConceptLens[] = [];
    for (const h of headingList(summary)) {
      h.concepts.forEach((conceptId, i) => {
        out.push({
          conceptId,
          range: lines.rangeOf(h.start, h.end),
          text: h.names[i] ?? conceptId,
          notes: this.noteCount(conceptId),
          findings: this.findingCount(conceptId),
        });
      });
    }
    return out;
  }

  /** Claims of this note that other notes contradict, as findings with the other notes as related information. */
  contradictions(uri: string): Finding[] {
    const summary = this.get(uri);
    if (!summary || summary.claims.length === 0) return [];
    const found = contradictionsOf(summary, (key) => this.othersWith(key, uri), this.knowledge);
    return this.settings && found.length ? applySeveritySettings(found, this.settings, this.knowledge) : found;
  }

  /** A note's findings: its own and the contradictions with other notes. */
  findings(uri: string): Finding[] {
    const summary = this.get(uri);
    if (!summary) return [];
    const extra = this.contradictions(uri);
    return extra.length ? [...summary.findings, ...extra].sort((a, b) => a.start - b.start || a.end - b.end) : summary.findings;
  }

  private othersWith(key: string, uri: string): { summary: NoteSummary; claims: ClaimSummary[] }[] {
    const out: { summary: NoteSummary; claims: ClaimSummary[] }[] = [];
    for (const [other, claims] of this.byClaim.get(key) ?? []) if (other !== uri) out.push({ summary: this.get(other)!, claims });
    return out;
  }

  // ---- bookkeeping ----

  private replaced(uri: string, before: NoteSummary | undefined, after: NoteSummary | undefined): string[] {
    if (before === after) return [];
    this.rankMemo.clear();
    if (before) this.unlink(uri, before);
    if (after) this.link(uri, after);
    // notes sharing a claim key with the old or new claims may gain or lose a contradiction
    const affected = new Set<string>([uri]);
    if (!sameClaims(before?.claims, after?.claims)) {
      for (const c of [...(before?.claims ?? []), ...(after?.claims ?? [])]) for (const other of this.byClaim.get(c.key)?.keys() ?? []) affected.add(other);
    }
    return [...affected];
  }

  private link(uri: string, summary: NoteSummary): void {
    for (const [id, count] of mentionCounts(summary)) {
      let notes = this.byConcept.get(id);
      if (!notes) this.byConcept.set(id, (notes = new Map()));
      notes.set(uri, count);
    }
    for (const claim of summary.claims) {
      let notes = this.byClaim.get(claim.key);
      if (!notes) this.byClaim.set(claim.key, (notes = new Map()));
      const list = notes.get(uri);
      if (list) list.push(claim);
      else notes.set(uri, [claim]);
    }
  }

  private unlink(uri: string, summary: NoteSummary): void {
    for (const id of summary.conceptIds) {
      const notes = this.byConcept.get(id);
      notes?.delete(uri);
      if (notes?.size === 0) this.byConcept.delete(id);
    }
    for (const claim of summary.claims) {
      const notes = this.byClaim.get(claim.key);
      notes?.delete(uri);
      if (notes?.size === 0) this.byClaim.delete(claim.key);
    }
  }
}

function sameClaims(a: ClaimSummary[] | undefined, b: ClaimSummary[] | undefined): boolean {
  const ka = (a ?? []).map((c) => `${c.key}\u0000${c.value}`).sort();
  const kb = (b ?? []).map((c) => `${c.key}\u0000${c.value}`).sort();
  return ka.length === kb.length && ka.every((k, i) => k === kb[i]);
}

/** The headings of a note as a tree, each with the range of its section. */
export function outlineOf(summary: NoteSummary): OutlineHeading[] {
  const lines = linesOf(summary);
  const roots: OutlineHeading[] = [];
  const stack: OutlineHeading[] = [];
  const headings = headingList(summary);
  headings.forEach((h, i) => {
    // a section runs to the next heading of the same or a smaller depth
    let end = summary.length;
    for (let j = i + 1; j < headings.length; j++) {
      if (headings[j].depth <= h.depth) {
        end = headings[j].start;
        break;
      }
    }
    const node: OutlineHeading = { text: h.text, depth: h.depth, range: lines.rangeOf(h.start, h.end), sectionRange: lines.rangeOf(h.start, trimEnd(summary, end)), children: [] };
    while (stack.length && stack[stack.length - 1].depth >= h.depth) stack.pop();
    (stack.length ? stack[stack.length - 1].children : roots).push(node);
    stack.push(node);
  });
  return roots;
}

/** A section ends before the line break that precedes the next heading. */
function trimEnd(summary: NoteSummary, end: number): number {
  if (end >= summary.length) return summary.length;
  const lines = linesOf(summary);
  const { line } = lines.positionAt(end);
  return line > 0 ? Math.max(0, summary.lineStarts[line] - 1) : end;
}

/** Case-insensitive subsequence match (what editors' symbol pickers filter with anyway). */
function queryMatcher(query: string): (text: string) => boolean {
  const q = query.toLowerCase().replace(/\s+/g, '');
  if (!q) return () => true;
  return (text) => {
    const t = text.toLowerCase();
    let i = 0;
    for (let j = 0; j < t.length && i < q.length; j++) if (t[j] === q[i]) i++;
    return i === q.length;
  };
}
