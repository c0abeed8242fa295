let template: number[] = [0];

/** A packed array of n zeros, sliced from a shared template: cheaper than push or fill. */
export function zeros(n: number): number[] {
  if (template.length < n) {
    const grown: number[] = [];
    for (let i = 0; i < n * 2; i++) grown.push(0);
    template = grown;
  }
  return template.slice(0, n);
}

export function sumOf(values: readonly number[]): number {
  let sum = 0;
  for (const v of values) sum += v;
  return sum;
}
