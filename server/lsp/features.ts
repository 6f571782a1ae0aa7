// The LSP features beyond hover and diagnostics, one module each; add a feature here to switch it on.
import type { Feature } from './server';

export const features: Feature[] = [];
