/** The k-th Fibonacci number by its definition, fib(k − 1) + fib(k − 2): no result is reused. */
export function fibonacci(k: number): number {
  return k < 2 ? k : fibonacci(k - 1) + fibonacci(k - 2);
}

/** fib(0) … fib(n − 1) in one pass, each from the two before it. */
export function fibonacciSequence(n: number): number[] {
  const numbers: number[] = [];
  for (let k = 0; k < n; k++)
    numbers.push(k < 2 ? k : (numbers[k - 1] as number) + (numbers[k - 2] as number));
  return numbers;
}
