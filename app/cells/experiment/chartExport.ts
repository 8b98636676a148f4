import type * as Plot from "@observablehq/plot";

const SVG_NS = "http://www.w3.org/2000/svg";

/**
 * Styles that decide how a chart looks. Plot leaves many to CSS (currentColor, the page's font,
 * the theme's colours), which a file opened outside the page would lose, so each element's
 * computed values are written onto its copy.
 */
const STYLE_PROPERTIES = [
  "color",
  "fill",
  "fill-opacity",
  "stroke",
  "stroke-opacity",
  "stroke-width",
  "stroke-dasharray",
  "stroke-linecap",
  "stroke-linejoin",
  "opacity",
  "font-family",
  "font-size",
  "font-weight",
  "font-style",
  "font-variant-numeric",
  "text-anchor",
  "dominant-baseline",
  "paint-order",
  "visibility",
];

const LEGEND_ROW = 20;
const SWATCH = 12;

/**
 * A rendered Plot chart as a standalone SVG file: its computed styles inlined, the page's
 * background behind it, and its colour legend (HTML in the page) redrawn in SVG above it.
 */
export function chartSvg(figure: Element): { text: string; width: number; height: number } {
  const chart = figure instanceof SVGSVGElement ? figure : figure.querySelector(":scope > svg");
  if (!(chart instanceof SVGSVGElement)) throw new Error("The chart has not been drawn yet.");
  const width = chart.width.baseVal.value;
  const chartHeight = chart.height.baseVal.value;
  const page = getComputedStyle(figure);

  const copy = chart.cloneNode(true) as SVGSVGElement;
  inlineStyles(chart, copy);
  copy.setAttribute("x", "0");
  const legend = figure === chart ? null : legendEntries(figure);
  const legendGroup = legend ? drawLegend(legend, width, page) : null;
  const legendHeight = legendGroup ? legendGroup.rows * LEGEND_ROW + 8 : 0;
  copy.setAttribute("y", String(legendHeight));
  const height = chartHeight + legendHeight;

  const file = document.createElementNS(SVG_NS, "svg");
  file.setAttribute("xmlns", SVG_NS);
  file.setAttribute("width", String(width));
  file.setAttribute("height", String(height));
  file.setAttribute("viewBox", `0 0 ${width} ${height}`);
  const label = chart.getAttribute("aria-label");
  if (label) {
    const title = document.createElementNS(SVG_NS, "title");
    title.textContent = label;
    file.append(title);
  }
  const background = document.createElementNS(SVG_NS, "rect");
  background.setAttribute("width", "100%");
  background.setAttribute("height", "100%");
  background.setAttribute("fill", pageBackground());
  file.append(background);
  if (legendGroup) file.append(legendGroup.group);
  file.append(copy);
  return { text: new XMLSerializer().serializeToString(file), width, height };
}

/** The SVG drawn at twice its size on a canvas, for sharp slides and documents. */
export async function chartPng(figure: Element, scale = 2): Promise<Blob> {
  const { text, width, height } = chartSvg(figure);
  const url = URL.createObjectURL(new Blob([text], { type: "image/svg+xml" }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext("2d");
    if (!context) throw new Error("This browser cannot draw on a canvas.");
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("No PNG"))), "image/png"),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

function inlineStyles(source: Element, target: Element): void {
  const computed = getComputedStyle(source);
  const style = STYLE_PROPERTIES.map((name) => `${name}:${computed.getPropertyValue(name)}`);
  target.setAttribute("style", `${style.join(";")};${target.getAttribute("style") ?? ""}`);
  for (let i = 0; i < source.children.length; i++) {
    const [from, to] = [source.children[i], target.children[i]];
    if (from && to) inlineStyles(from, to);
  }
}

/** The colour legend's entries, when the chart has one for named series. */
function legendEntries(figure: Element & Partial<Plot.Plot>): [string, string][] | null {
  const color = figure.scale?.("color");
  if (!color || !Array.isArray(color.domain)) return null;
  return color.domain.map((value) => [String(value), String(color.apply(value))]);
}

function drawLegend(entries: [string, string][], width: number, page: CSSStyleDeclaration) {
  const group = document.createElementNS(SVG_NS, "g");
  group.setAttribute("font-family", page.fontFamily);
  group.setAttribute("font-size", "12");
  group.setAttribute("fill", page.color);
  const measure = document.createElement("canvas").getContext("2d");
  if (measure) measure.font = `12px ${page.fontFamily}`;
  let [x, row] = [8, 0];
  for (const [name, colour] of entries) {
    const itemWidth = SWATCH + 6 + (measure?.measureText(name).width ?? name.length * 7) + 16;
    if (x > 8 && x + itemWidth > width) [x, row] = [8, row + 1];
    const y = 4 + row * LEGEND_ROW;
    const swatch = document.createElementNS(SVG_NS, "rect");
    for (const [key, value] of Object.entries({
      x,
      y,
      width: SWATCH,
      height: SWATCH,
      fill: colour,
    })) {
      swatch.setAttribute(key, String(value));
    }
    const text = document.createElementNS(SVG_NS, "text");
    text.setAttribute("x", String(x + SWATCH + 6));
    text.setAttribute("y", String(y + SWATCH - 2));
    text.textContent = name;
    group.append(swatch, text);
    x += itemWidth;
  }
  return { group, rows: row + 1 };
}

/** The page's background colour: the theme's, so a dark chart stays readable on its own. */
function pageBackground(): string {
  const colour = getComputedStyle(document.documentElement).backgroundColor;
  return colour && colour !== "rgba(0, 0, 0, 0)" ? colour : "white";
}
