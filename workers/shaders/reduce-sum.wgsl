// The sum of all the floats. Each invocation first adds 64 floats in a loop; then the
// workgroup adds its 256 sums as a tree in workgroup-shared memory and writes one partial sum.
// A workgroup thus sums 16,384 floats; the host runs this shader again over the partial sums
// until one is left. The loop comes first because a barrier costs far more than an addition.
const WORKGROUP_SIZE: u32 = 256u;
const FLOATS_PER_INVOCATION: u32 = 64u;

@group(0) @binding(0) var<storage, read> input: array<f32>;
@group(0) @binding(1) var<storage, read_write> partials: array<f32>;

// Fast memory that the workgroup's invocations share: one sum each.
var<workgroup> sums: array<f32, 256>;

@compute @workgroup_size(256)
fn main(
  @builtin(local_invocation_index) local: u32,
  @builtin(workgroup_id) group: vec3<u32>,
  @builtin(num_workgroups) groups: vec3<u32>,
) {
  // Workgroups are laid out in rows of at most 65,535 (the per-dimension limit).
  let index = group.x + group.y * groups.x;
  let first = index * WORKGROUP_SIZE * FLOATS_PER_INVOCATION + local;
  let n = arrayLength(&input);
  var x = 0.0;
  for (var k = 0u; k < FLOATS_PER_INVOCATION; k++) {
    // Neighbouring invocations read neighbouring floats, so each step reads one block.
    let i = first + k * WORKGROUP_SIZE;
    if (i < n) {
      x += input[i];
    }
  }
  sums[local] = x;
  workgroupBarrier();
  // Halve the live sums each step: 128 additions, then 64, … then 1. Every invocation reaches
  // every barrier, as WGSL requires.
  for (var stride = WORKGROUP_SIZE / 2u; stride > 0u; stride /= 2u) {
    if (local < stride) {
      sums[local] += sums[local + stride];
    }
    workgroupBarrier();
  }
  if (local == 0u && index < arrayLength(&partials)) {
    partials[index] = sums[0];
  }
}
