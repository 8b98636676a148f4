// f(x) = x + x·x + x·x·x over float32 arrays in this module's memory, the Python notebook's
// kernel. The JavaScript side grows the memory, writes the input at `input` and reads the result
// at `output`; both are byte offsets, `length` counts floats.

/** One float at a time: no interpreter and no bounds checks, but one lane. */
export function polyScalar(input: usize, output: usize, length: i32): void {
  for (let i = 0; i < length; i++) {
    const offset = (<usize>i) << 2;
    const x = load<f32>(input + offset);
    store<f32>(output + offset, x + x * x + x * x * x);
  }
}

/** Four floats per instruction (128-bit SIMD lanes), then the leftover floats one at a time. */
export function polySimd(input: usize, output: usize, length: i32): void {
  const vectorEnd = length & ~3;
  for (let i = 0; i < vectorEnd; i += 4) {
    const offset = (<usize>i) << 2;
    const x = v128.load(input + offset);
    const square = f32x4.mul(x, x);
    const cube = f32x4.mul(square, x);
    v128.store(output + offset, f32x4.add(f32x4.add(x, square), cube));
  }
  polyScalar(
    input + ((<usize>vectorEnd) << 2),
    output + ((<usize>vectorEnd) << 2),
    length - vectorEnd,
  );
}
