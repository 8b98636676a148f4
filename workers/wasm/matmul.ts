// C = A·B over n×n float32 matrices stored row by row in this module's memory. The JavaScript
// side grows the memory and passes byte offsets of A, B and C; the reference loop is in
// workers/kernels/matmul.ts.

/** Rows of B (and columns of C) one tile covers: 64×64 floats of B are 16 KiB, L1-sized. */
const BLOCK: i32 = 64;

/** The textbook i-j-k loop: each C[i][j] walks a column of B, one cache line per float. */
export function matmulNaive(a: usize, b: usize, c: usize, n: i32): void {
  const rowBytes = (<usize>n) << 2;
  for (let i = 0; i < n; i++) {
    const rowA = a + <usize>i * rowBytes;
    for (let j = 0; j < n; j++) {
      let sum: f32 = 0;
      let columnB = b + ((<usize>j) << 2);
      for (let k = 0; k < n; k++) {
        sum += load<f32>(rowA + ((<usize>k) << 2)) * load<f32>(columnB);
        columnB += rowBytes;
      }
      store<f32>(c + <usize>i * rowBytes + ((<usize>j) << 2), sum);
    }
  }
}

/**
 * i-k-j order inside BLOCK×BLOCK tiles of B: C's row i gains A[i][k] times B's row k, four
 * columns per instruction (f32x4), and the tile of B stays in cache while every row of A
 * passes over it. Rows of B are read along memory, never down a column.
 */
export function matmulBlockedSimd(a: usize, b: usize, c: usize, n: i32): void {
  matmulBlockedSimdRows(a, b, c, n, 0, n);
}

/**
 * Rows [rowFrom, rowTo) of C only, by the same tiled loop: the slice one thread computes when
 * several share one memory. Each row of C depends on its row of A and all of B, so threads that
 * own different rows never write the same bytes.
 */
export function matmulBlockedSimdRows(
  a: usize,
  b: usize,
  c: usize,
  n: i32,
  rowFrom: i32,
  rowTo: i32,
): void {
  const rowBytes = (<usize>n) << 2;
  memory.fill(c + <usize>rowFrom * rowBytes, 0, <usize>(rowTo - rowFrom) * rowBytes);
  for (let kk = 0; kk < n; kk += BLOCK) {
    const kEnd = min(kk + BLOCK, n);
    for (let jj = 0; jj < n; jj += BLOCK) {
      const jEnd = min(jj + BLOCK, n);
      const vectorEnd = jj + ((jEnd - jj) & ~3);
      for (let i = rowFrom; i < rowTo; i++) {
        const rowA = a + <usize>i * rowBytes;
        const rowC = c + <usize>i * rowBytes;
        for (let k = kk; k < kEnd; k++) {
          const aik = load<f32>(rowA + ((<usize>k) << 2));
          const lanes = f32x4.splat(aik);
          const rowB = b + <usize>k * rowBytes;
          let j = jj;
          for (; j < vectorEnd; j += 4) {
            const offset = (<usize>j) << 2;
            const sum = f32x4.add(
              v128.load(rowC + offset),
              f32x4.mul(lanes, v128.load(rowB + offset)),
            );
            v128.store(rowC + offset, sum);
          }
          for (; j < jEnd; j++) {
            const offset = (<usize>j) << 2;
            store<f32>(rowC + offset, load<f32>(rowC + offset) + aik * load<f32>(rowB + offset));
          }
        }
      }
    }
  }
}
