/**
 * @fileoverview Small DOM helpers for the report page (no framework: the page must open
 * from disk with nothing but this bundle).
 */

export function $(id: string): HTMLElement {
  const e = document.getElementById(id);
  if (!e) throw new Error(`report page: missing #${id}`);
  return e;
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  for (const c of children) e.append(c);
  return e;
}

/** A canvas sized for the device pixel ratio; returns its 2D context in CSS pixels. */
export function fitCanvas(c: HTMLCanvasElement, w: number, h: number): CanvasRenderingContext2D {
  const dpr = window.devicePixelRatio || 1;
  const W = Math.max(1, Math.round(w * dpr));
  const H = Math.max(1, Math.round(h * dpr));
  if (c.width !== W || c.height !== H) {
    c.width = W;
    c.height = H;
    c.style.width = `${w}px`;
    c.style.height = `${h}px`;
  }
  const ctx = c.getContext("2d");
  if (!ctx) throw new Error("report page: no 2D canvas");
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  return ctx;
}

/** A diagonal hatch as a canvas pattern. */
export function hatch(ctx: CanvasRenderingContext2D, bg: string, line: string): CanvasPattern | string {
  const p = document.createElement("canvas");
  p.width = 8;
  p.height = 8;
  const g = p.getContext("2d");
  if (!g) return bg;
  g.fillStyle = bg;
  g.fillRect(0, 0, 8, 8);
  g.strokeStyle = line;
  g.lineWidth = 1.5;
  g.beginPath();
  g.moveTo(-2, 10);
  g.lineTo(10, -2);
  g.moveTo(6, 10);
  g.lineTo(10, 6);
  g.moveTo(-2, 2);
  g.lineTo(2, -2);
  g.stroke();
  return ctx.createPattern(p, "repeat") ?? bg;
}
