"""Draws docs/capacity-curve.png, the capacity curve (README "Capacity"): edit-to-render p50/p95/p99 and managed heap
per circuit against the number of live circuits asked for, from the summary lines of artifacts/capacity/runs.txt.
Usage: python3 capacity-curve.py LABEL=ASKED ...   e.g.  1000=1000 2500=2500  (each ASKED picks the newest run asked
for that many circuits; runs before the opening budget existed count by circuits opened)."""
import math, re, subprocess, sys

runs = {}
for line in open('artifacts/capacity/runs.txt', encoding='utf-8'):
    fields = dict(re.findall(r'(\w+)=([\d.]+|NaN)', line))
    if 'p95_ms' not in fields:
        continue
    asked = int(fields.get('asked', fields['circuits']))
    runs[asked] = fields  # the newest run of each size wins

points = []
for arg in sys.argv[1:]:
    label, asked = arg.split('=')
    f = runs[int(asked)]
    points.append((label, int(f['circuits']), float(f['p50_ms']), float(f['p95_ms']), float(f['p99_ms']), float(f['kb_per_circuit'])))

width, height = 860, 420
panel_w, top, bottom, left = 340, 60, 70, 70
svg = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="Noto Sans CJK SC, sans-serif" font-size="13">',
       f'<rect width="{width}" height="{height}" fill="white"/>',
       '<text x="20" y="26" font-size="15" font-weight="bold">Capacity curve on 2 cores, province data set (x: circuits asked; label: circuits live)</text>']


def panel(x0, title, series, target, unit, lo, hi):
    plot_h = height - top - bottom
    y_of = lambda v: top + plot_h * (1 - (math.log10(max(v, lo)) - math.log10(lo)) / (math.log10(hi) - math.log10(lo)))
    x_of = lambda i: x0 + 30 + i * (panel_w - 60) / max(1, len(points) - 1)
    svg.append(f'<text x="{x0}" y="{top - 14}" font-weight="bold">{title}</text>')
    svg.append(f'<rect x="{x0}" y="{top}" width="{panel_w}" height="{plot_h}" fill="none" stroke="#999"/>')
    decade = 10 ** math.ceil(math.log10(lo))
    while decade <= hi:
        y = y_of(decade)
        svg.append(f'<line x1="{x0}" y1="{y:.0f}" x2="{x0 + panel_w}" y2="{y:.0f}" stroke="#eee"/>')
        svg.append(f'<text x="{x0 - 6}" y="{y + 4:.0f}" text-anchor="end" fill="#777">{decade:,}</text>')
        decade *= 10
    y = y_of(target)
    svg.append(f'<line x1="{x0}" y1="{y:.0f}" x2="{x0 + panel_w}" y2="{y:.0f}" stroke="#2e7d32" stroke-dasharray="5 3"/>')
    svg.append(f'<text x="{x0 + panel_w - 4}" y="{y - 4:.0f}" text-anchor="end" fill="#2e7d32">target {target:,} {unit}</text>')
    for name, colour, values in series:
        coords = [(x_of(i), y_of(v)) for i, v in enumerate(values)]
        svg.append('<polyline fill="none" stroke="%s" stroke-width="2" points="%s"/>' % (colour, ' '.join(f'{x:.0f},{y:.0f}' for x, y in coords)))
        for (x, y), v in zip(coords, values):
            svg.append(f'<circle cx="{x:.0f}" cy="{y:.0f}" r="3.5" fill="{colour}"/>')
    for i, p in enumerate(points):
        svg.append(f'<text x="{x_of(i):.0f}" y="{height - bottom + 18}" text-anchor="middle">{p[0]}</text>')
        svg.append(f'<text x="{x_of(i):.0f}" y="{height - bottom + 34}" text-anchor="middle" fill="#777">({p[1]:,} live)</text>')
    legend_y = height - 14
    for j, (name, colour, _) in enumerate(series):
        svg.append(f'<rect x="{x0 + j * 90}" y="{legend_y - 10}" width="12" height="4" fill="{colour}"/>')
        svg.append(f'<text x="{x0 + j * 90 + 16}" y="{legend_y - 4}">{name}</text>')


panel(left, 'edit-to-render latency (ms, log)', [('p50', '#1565c0', [p[2] for p in points]), ('p95', '#ef6c00', [p[3] for p in points]), ('p99', '#c62828', [p[4] for p in points])], 200, 'ms (p95)', 10, 100000)
panel(left + panel_w + 90, 'managed heap per circuit (KB, log)', [('KB/circuit', '#6a1b9a', [p[5] for p in points])], 200, 'KB', 10, 100000)
svg.append('</svg>')
open('/tmp/capacity-curve.svg', 'w').write('\n'.join(svg))
subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--screenshot=docs/capacity-curve.png', f'--window-size={width},{height}', 'file:///tmp/capacity-curve.svg'], check=True, capture_output=True)
print('docs/capacity-curve.png:', points)
