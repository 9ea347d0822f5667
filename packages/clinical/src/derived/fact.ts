/** A derived fact, computed once, with the reasoning that produced it (issue 2 §2). */
export interface Fact<T> {
  value: T;
  reasoning: string;
}

export function fact<T>(value: T, reasoning: string): Fact<T> {
  return { value, reasoning };
}
