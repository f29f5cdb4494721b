/** A word in the writer's case: capitalised where the word it replaces was ("Fifteen", "Yesterday"). */
export function keepCase(written: string, word: string): string {
  return /^\p{Lu}/u.test(written) ? word[0].toUpperCase() + word.slice(1) : word;
}
