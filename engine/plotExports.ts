/**
 * The parts of Observable Plot the notebook draws with: `plot`, the marks a scratch cell may call
 * (`MARK_NAMES`), and the pointer tip. Loading this module rather than all of Plot lets the
 * bundler leave out what no chart uses (maps, contours, Delaunay meshes…).
 */
export {
  area,
  areaX,
  areaY,
  arrow,
  barX,
  barY,
  cell,
  dot,
  dotX,
  dotY,
  frame,
  gridX,
  gridY,
  line,
  lineX,
  lineY,
  link,
  plot,
  pointer,
  rect,
  rectX,
  rectY,
  ruleX,
  ruleY,
  text,
  textX,
  textY,
  tickX,
  tickY,
  tip,
} from "@observablehq/plot";
