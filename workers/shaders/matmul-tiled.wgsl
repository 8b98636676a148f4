// C = A × B for N×N row-major matrices. Each workgroup computes one 16×16 tile of C. It walks
// along A's rows and B's columns one 16×16 tile at a time, first copying both tiles into
// workgroup-shared memory (each invocation copies one number of each), so every number read
// from the storage buffers is used 16 times instead of once.
const TILE: u32 = 16u;

@group(0) @binding(0) var<storage, read> a: array<f32>;
@group(0) @binding(1) var<storage, read> b: array<f32>;
@group(0) @binding(2) var<storage, read_write> c: array<f32>;
@group(0) @binding(3) var<uniform> n: u32;

var<workgroup> tileA: array<array<f32, 16>, 16>;
var<workgroup> tileB: array<array<f32, 16>, 16>;

@compute @workgroup_size(16, 16)
fn main(
  @builtin(global_invocation_id) global: vec3<u32>,
  @builtin(local_invocation_id) local: vec3<u32>,
) {
  let row = global.y;
  let col = global.x;
  var sum = 0.0;
  for (var t = 0u; t < (n + TILE - 1u) / TILE; t++) {
    let aCol = t * TILE + local.x;
    let bRow = t * TILE + local.y;
    // Past the matrix's edge a tile is padded with zeros, which add nothing to the sum.
    tileA[local.y][local.x] = 0.0;
    tileB[local.y][local.x] = 0.0;
    if (row < n && aCol < n) {
      tileA[local.y][local.x] = a[row * n + aCol];
    }
    if (bRow < n && col < n) {
      tileB[local.y][local.x] = b[bRow * n + col];
    }
    workgroupBarrier();
    for (var k = 0u; k < TILE; k++) {
      sum += tileA[local.y][k] * tileB[k][local.x];
    }
    workgroupBarrier();
  }
  if (row < n && col < n) {
    c[row * n + col] = sum;
  }
}
