"""Draws docs/capacity.png from the figures of the capacity runs (README "Capacity"): KB of managed heap per
circuit by page type, log scale, against the 200 KB target. Usage: python3 capacity-chart.py Wall=0 Overview=30998 …"""
import math, subprocess, sys

bars = [(k, float(v)) for k, v in (a.split('=') for a in sys.argv[1:])]
width, height, left, top, bottom = 760, 360, 150, 40, 40
plot_w = width - left - 30
row = (height - top - bottom) / len(bars)
scale = lambda kb: plot_w * math.log10(max(kb, 1)) / 5  # 1 KB .. 100 MB
svg = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="Noto Sans CJK SC, sans-serif" font-size="13">',
       f'<rect width="{width}" height="{height}" fill="white"/>',
       f'<text x="{left}" y="22" font-size="15" font-weight="bold">Managed heap per live circuit (KB, log scale), province data set</text>']
for i, (name, kb) in enumerate(bars):
    y = top + i * row + 6
    w = scale(kb)
    colour = '#2e7d32' if kb < 200 else '#c62828'
    svg.append(f'<text x="{left - 8}" y="{y + row / 2}" text-anchor="end">{name}</text>')
    svg.append(f'<rect x="{left}" y="{y}" width="{w:.0f}" height="{row - 12:.0f}" fill="{colour}"/>')
    svg.append(f'<text x="{left + w + 6:.0f}" y="{y + row / 2}">{kb:,.0f} KB</text>')
target = left + scale(200)
svg.append(f'<line x1="{target:.0f}" y1="{top}" x2="{target:.0f}" y2="{height - bottom}" stroke="#555" stroke-dasharray="4 3"/>')
svg.append(f'<text x="{target + 4:.0f}" y="{height - bottom + 16}">target 200 KB</text>')
for decade in range(0, 6):
    x = left + plot_w * decade / 5
    svg.append(f'<text x="{x:.0f}" y="{height - 8}" fill="#777" text-anchor="middle">{10 ** decade:,} KB</text>')
svg.append('</svg>')
open('/tmp/capacity.svg', 'w').write('\n'.join(svg))
subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--screenshot=docs/capacity.png', f'--window-size={width},{height}', 'file:///tmp/capacity.svg'], check=True, capture_output=True)
