import type { BoardLanguage } from '../../../src/model/boards';
import { wordsOf } from './text';

/**
 * French or English, from the short words every sentence uses (a job ad is long enough for them to
 * show): a language needs 8 of them and twice as many as the other, or the text is left undecided
 * (a bilingual ad, a list of skills) and no rule fires on it.
 */
const STOP_WORDS: Record<BoardLanguage, ReadonlySet<string>> = {
  fr: new Set(
    'le la les des du un une et est pour dans avec sur vous nous votre vos notre nos qui que au aux ce cette ces sont etre avoir par en ou mais leur leurs tres plus entre chez'.split(
      ' ',
    ),
  ),
  en: new Set(
    'the and of to in for with you we our your is are will this that an from have has by be it its their who what which about into while would can'.split(
      ' ',
    ),
  ),
};

const MIN_HITS = 8;

/** The language of a folded text, or null when it cannot tell. */
export function guessLanguage(folded: string): BoardLanguage | null {
  let fr = 0;
  let en = 0;
  for (const word of wordsOf(folded)) {
    if (STOP_WORDS.fr.has(word)) fr += 1;
    else if (STOP_WORDS.en.has(word)) en += 1;
  }
  if (fr >= MIN_HITS && fr >= 2 * en) return 'fr';
  if (en >= MIN_HITS && en >= 2 * fr) return 'en';
  return null;
}
