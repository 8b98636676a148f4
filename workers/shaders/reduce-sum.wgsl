// The sum of all the floats, as a tree. Each workgroup of 256 invocations adds 512 floats and
// writes one partial sum; the host runs this shader again over the partials until one is left.
const WORKGROUP_SIZE: u32 = 256u;

@group(0) @binding(0) var<storage, read> input: array<f32>;
@group(0) @binding(1) var<storage, read_write> partials: array<f32>;

// Fast memory that the workgroup's invocations share: one running sum each.
var<workgroup> sums: array<f32, 256>;

@compute @workgroup_size(256)
fn main(
  @builtin(local_invocation_index) local: u32,
  @builtin(workgroup_id) group: vec3<u32>,
  @builtin(num_workgroups) groups: vec3<u32>,
) {
  // Workgroups are laid out in rows of at most 65,535 (the per-dimension limit).
  let index = group.x + group.y * groups.x;
  let first = index * 2u * WORKGROUP_SIZE + local;
  let n = arrayLength(&input);
  var x = 0.0;
  if (first < n) {
    x = input[first];
  }
  if (first + WORKGROUP_SIZE < n) {
    x += input[first + WORKGROUP_SIZE];
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
