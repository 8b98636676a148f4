import { seededRandom } from "../../common/random";

/** `length` floats in [0, 1) from the seeded generator: the same inputs on every side. */
export function seededFloats<Floats extends Float32Array<ArrayBufferLike>>(
  length: number,
  seed: number,
  into: Floats,
): Floats {
  const random = seededRandom(seed);
  for (let i = 0; i < length; i++) into[i] = random();
  return into;
}
