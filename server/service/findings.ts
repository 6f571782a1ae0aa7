// Findings are plain values with offsets into the note; the adapters turn them into LSP diagnostics or
// CLI output in one place each.

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** offered by "fix all" (source.fixAll) */
  preferred?: boolean;
}

export interface Finding {
  /** the fact id (diagnostic code) */
  code: string;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  /** the AWS page the truth comes from */
  source?: { url: string; asOf?: string };
  /** true when the note states a value that was right once */
  outdated?: boolean;
  related?: { uri?: string; start?: number; end?: number; range?: import('./text/positions').Range; message: string }[];
  fixes: Fix[];
}
