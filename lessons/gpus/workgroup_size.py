"""Block size against time for f(x) = x + x*x + x*x*x, a CuPy raw kernel (CUDA's workgroups).

Runs where an NVIDIA GPU and CuPy are installed (pip install cupy-cuda12x).
"""
import cupy as cp

POLY = r"""
extern "C" __global__ void poly(const float* x, float* y, int n) {
    int i = blockIdx.x * blockDim.x + threadIdx.x;
    if (i < n) y[i] = x[i] + x[i] * x[i] + x[i] * x[i] * x[i];
}"""

if __name__ == "__main__":
    poly = cp.RawKernel(POLY, "poly")
    n = 1_000_000
    x = cp.random.default_rng(20_260_601).random(n, dtype=cp.float32)
    y = cp.empty_like(x)
    for block in (1, 2, 4, 8, 16, 32, 64, 128, 256):
        grid = (n + block - 1) // block
        poly((grid,), (block,), (x, y, cp.int32(n)))  # warm up
        start, end = cp.cuda.Event(), cp.cuda.Event()  # GPU timestamps, like timestamp-query
        start.record()
        poly((grid,), (block,), (x, y, cp.int32(n)))
        end.record()
        end.synchronize()
        print(f"block {block:>3}: {cp.cuda.get_elapsed_time(start, end):.3f} ms")
