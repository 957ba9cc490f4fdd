import { spellNumbers } from './number-words.js';

/**
 * Puts a chat message into one spelling before any rule reads it: people named by title dropped
 * ("Dr Patel" is a person, not disaster recovery), lower case, straight quotes,
 * "&" and "+" as "and" (but "N+2" kept), "per cent" as "%", thousands separators and sentence
 * punctuation dropped (decimal points kept), numbers in words as digits ("thirty pence" -> "30
 * pence"), "2008R2" as "2008 r2" and "RHEL6" as "rhel 6", "everything but" as "everything
 * except", single spaces.
 */
export function normaliseQuestion(text: string): string {
  const spaced = ` ${text} `
    .normalize('NFKC')
    // A person by title ("Dr Patel", "Mrs. O'Neill") is no "DR" and no service: dropped while the case still shows it.
    .replace(/\b(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Sister|Nurse)\.?\s+[A-Z][a-z]*(?:['-][A-Z]?[a-z]+)*/g, ' ')
    .toLowerCase()
    .replace(/[\u2018\u2019`\u00b4]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/&/g, ' and ')
    .replace(/\s\+\s?/g, ' and ')
    .replace(/([a-z]{2,})\+(?=[a-z])/g, '$1 and ')
    .replace(/\b(\d{4})r2\b/g, '$1 r2')
    .replace(/\b(rhel|sles|ws|win|windows)(\d)/g, '$1 $2')
    .replace(/(\d),(?=\d{3}\b)/g, '$1')
    .replace(/[?!;,()[\]{}"]/g, ' ')
    .replace(/\.(?=\s)/g, ' ')
    .replace(/:(?!\s*\d)/g, ' ')
    .replace(/\s+/g, ' ');
  return spellNumbers(spaced)
    .replace(/(\d)\s*(?:per ?cent|percent|pc)\b/g, '$1%')
    // "everything but the test boxes" leaves them out, as "everything except" does.
    .replace(/\b(everything|anything|the lot) but\b(?! (?:not|also|too|as well)\b)/g, '$1 except')
    .replace(/\s+/g, ' ')
    .trim();
}
