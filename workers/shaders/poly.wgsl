// f(x) = x + x·x + x·x·x on every float: one invocation per element.
override WORKGROUP_SIZE: u32 = 64;

@group(0) @binding(0) var<storage, read> input: array<f32>;
@group(0) @binding(1) var<storage, read_write> output: array<f32>;

@compute @workgroup_size(WORKGROUP_SIZE)
fn main(
  @builtin(global_invocation_id) id: vec3<u32>,
  @builtin(num_workgroups) groups: vec3<u32>,
) {
  // A dispatch has at most 65,535 workgroups per dimension, so large arrays are laid out in
  // rows of that many workgroups and the invocations past the end do nothing.
  let i = id.x + id.y * groups.x * WORKGROUP_SIZE;
  if (i >= arrayLength(&input)) {
    return;
  }
  let x = input[i];
  output[i] = x + x * x + x * x * x;
}
