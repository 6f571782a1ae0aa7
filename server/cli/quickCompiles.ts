// A CLI run lasts seconds. V8's optimising compiler, left to its defaults, inlines deeply: on the corpus it
// spent ~7 s of compile time in background threads during a ~4.5 s check, on the same two cores as the
// main thread and garbage collection, while the main thread ran slower code waiting for it. Without inlining each function still gets optimised,
// sooner and for a fraction of the cost; the long-running language server keeps V8's defaults.
import { setFlagsFromString } from 'node:v8';

export function preferQuickCompiles(): void {
  setFlagsFromString('--no-turbo-inlining');
}
