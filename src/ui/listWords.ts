/** Words joined as a sentence lists them: "a", "a or b", "a, b or c" (`last` joins the final pair). */
export function listWords(words: readonly string[], last: 'and' | 'or' = 'and'): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} ${last} ${words[words.length - 1]}`;
}
