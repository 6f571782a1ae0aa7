// The checkers the service runs on every note. The fact checker registers here.
import type { NoteChecker } from '../languageService';
import { factChecker } from './factChecker';

export const allCheckers: NoteChecker[] = [factChecker];
